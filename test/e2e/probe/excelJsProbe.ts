// Entry of a throw-away page built by shell.e2e.test.ts with the project's webpack config: it proves ExcelJS
// comes as a chunk of its own, fetched only when asked for, and works in the browser once it arrives.
import { loadExcelJs } from "../../../src/taskpane/lazy/loadExcelJs";

async function writeWorkbook(): Promise<void> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Tổng hợp").getCell("A1").value = "Đơn vị";
  const bytes = await workbook.xlsx.writeBuffer();
  document.body.dataset.xlsxBytes = String(bytes.byteLength);
}

document.getElementById("load")?.addEventListener("click", () => {
  writeWorkbook().catch((e: unknown) => {
    document.body.dataset.error = String(e);
  });
});
document.body.dataset.ready = "yes";
