// Entry of a throw-away page built by shell.e2e.test.ts with the project's webpack config: it proves the xlsx
// host comes as a chunk of its own, fetched only when asked for, and writes and reads a workbook in the browser.
import { loadXlsxHost } from "../../../src/taskpane/lazy/loadXlsxHost";
import { BASE_FONT, HIGHLIGHTS, STYLES } from "../../../src/workbook/formats";

async function writeWorkbook(): Promise<void> {
  const { createXlsx, openXlsx } = await loadXlsxHost();
  const host = createXlsx();
  const sheet = { name: "Tổng hợp", visibility: "visible" as const, values: [["Đơn vị"]], formulas: [[null]], columns: [], rowHeights: [], formats: [], merges: [], validations: [], conditionalFormats: [], protect: false };
  await host.applyPlan({ sheets: [sheet], names: [], styles: STYLES, highlights: HIGHLIGHTS, font: BASE_FONT });
  const bytes = await host.save();
  const back = await (await openXlsx(bytes)).snapshot();
  document.body.dataset.xlsxBytes = String(bytes.byteLength);
  document.body.dataset.readBack = String(back.sheets[0]?.values[0]?.[0]);
}

document.getElementById("load")?.addEventListener("click", () => {
  writeWorkbook().catch((e: unknown) => {
    document.body.dataset.error = String(e);
  });
});
document.body.dataset.ready = "yes";
