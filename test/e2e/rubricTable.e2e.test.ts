// The bloc's own table in the pane, end to end in a real browser (Debian's Chromium) on the production build, in
// file mode: "Soạn bảng tiêu chí" makes a workbook of the two authoring sheets (the example's rows), "Đọc bảng
// tiêu chí" reads it back and shows the tree, the table feeds generation; the workbook made from it, filled with
// the example's scores outside the pane, opens in the pane and ranks as the example's expected results say.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Download, Page } from "playwright-core";
import { openXlsx } from "../../src/hosts/xlsx/xlsxHost";
import { fillWorkbook } from "../../src/services/fillWorkbook";
import { readContents } from "../../src/services/openWorkbook";
import { paneConfig, runWebpack } from "../support/buildPane";
import { launchChromium } from "../support/chromium";
import { fixtureFile } from "../support/fixture";
import { serveStatic, type StaticServer } from "../support/staticServer";

let browser: Browser;
let server: StaticServer;
let context: BrowserContext;
let page: Page;
const requests: string[] = [];
const errors: string[] = [];
const SHOTS = mkdtempSync(join(tmpdir(), "thidua-table-screens-"));

beforeAll(async () => {
  browser = await launchChromium();
  const outDir = mkdtempSync(join(tmpdir(), "thidua-table-e2e-"));
  await runWebpack(await paneConfig("production", outDir));
  server = await serveStatic(outDir, 47618);
  context = await browser.newContext({ viewport: { width: 380, height: 720 }, reducedMotion: "reduce", acceptDownloads: true });
  page = await context.newPage();
  page.on("request", (r) => requests.push(r.url()));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${server.origin}/taskpane.html`, { waitUntil: "load" });
  await page.getByRole("tab", { name: "Tạo mẫu" }).waitFor({ timeout: 15_000 });
}, 300_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

async function downloaded(click: () => Promise<void>): Promise<{ name: string; bytes: Uint8Array }> {
  const [download] = await Promise.all([page.waitForEvent("download") as Promise<Download>, click()]);
  return { name: download.suggestedFilename(), bytes: new Uint8Array(readFileSync(await download.path())) };
}

const table = () => page.getByRole("region", { name: "Bảng tiêu chí của khối" });

describe("the bloc's own table in the pane (file mode)", () => {
  it("writes the two authoring sheets as a workbook to download", async () => {
    // the example fills the bloc's name and units; the table then replaces its rubric
    await page.getByRole("button", { name: "Dùng mẫu có sẵn" }).click();
    await page.getByRole("list", { name: "Các trang của sổ" }).waitFor();
    await table().getByRole("button", { name: "Soạn bảng tiêu chí" }).click();
    await table().getByText(/Đã tạo tệp bang-tieu-chi\.xlsx có hai trang/).waitFor({ timeout: 30_000 });
    await page.getByText(/^Tệp đang mở: bang-tieu-chi\.xlsx/).waitFor();
    const file = await downloaded(() => page.getByRole("region", { name: "Tệp đang làm việc" }).getByRole("button", { name: "Tải sổ xuống" }).click());
    const sheets = (await (await openXlsx(file.bytes)).snapshot()).sheets.map((s) => s.name);
    expect(sheets).toEqual(["Bảng tiêu chí", "Quy định chấm"]);
    await page.screenshot({ path: join(SHOTS, "table-authored-vi.png"), fullPage: true });
  });

  it("reads the table back and shows the tree: indented, maxima, and the rubric of step 1", async () => {
    await table().getByRole("button", { name: "Đọc bảng tiêu chí" }).click();
    const tree = table().getByRole("list", { name: "Cây tiêu chí đọc từ bảng" });
    await tree.waitFor({ timeout: 30_000 });
    const items = await tree.getByRole("listitem").allInnerTexts();
    expect(items).toHaveLength(25);
    expect(items[0]).toMatch(/^I\s*Thực hiện các chỉ tiêu phát triển kinh tế - xã hội — 40 điểm$/);
    expect(items[1]).toMatch(/^C01\s*Tổng giá trị sản xuất\/tăng trưởng kinh tế trên địa bàn đạt, vượt kế hoạch — 8 điểm$/);
    await table().getByText("Cây tiêu chí đã hiểu (5 phần, 20 tiêu chí)").waitFor();
    await page.getByText(/Đang dùng: .+ \(bảng tiêu chí\)\./).waitFor();
    await page.screenshot({ path: join(SHOTS, "table-read-vi.png"), fullPage: true });
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("region", { name: "The bloc's own criteria table" }).getByText("Criteria tree understood (5 parts, 20 criteria)").waitFor();
    await page.getByRole("button", { name: "Tiếng Việt" }).click();
  });

  it("generates the bloc's workbook from the table, which fills and ranks as the example's expected results", async () => {
    await page.getByRole("button", { name: "Tạo sổ chấm điểm" }).click();
    // the authoring file is the open one: the bloc's sheets are added beside the table's, nothing to confirm
    await page.getByText("Đã tạo sổ chấm điểm.").waitFor({ timeout: 60_000 });
    const file = await downloaded(() => page.getByRole("region", { name: "Tệp đang làm việc" }).getByRole("button", { name: "Tải sổ xuống" }).click());
    const host = await openXlsx(file.bytes);
    const filled = await fillWorkbook(host, file.name, { text: fixtureFile("scores.csv"), file: "scores.csv" });
    expect(filled.exit).toBe(0);
    const filledPath = join(mkdtempSync(join(tmpdir(), "thidua-table-filled-")), "khoi-tu-bang.xlsx");
    writeFileSync(filledPath, await host.save());
    const read = await readContents(await openXlsx(readFileSync(filledPath)), "khoi-tu-bang.xlsx");
    const example = JSON.parse(fixtureFile("rubric.json")) as { sections: { id: string; criteria: { id: string }[] }[] };
    expect(read.ok && read.value.rubric.sections.map((s) => [s.id, s.criteria.map((c) => c.id)])).toEqual(example.sections.map((s) => [s.id, s.criteria.map((c) => c.id)]));

    await page.getByLabel("Chọn tệp sổ chấm điểm (.xlsx) trong máy để mở").setInputFiles(filledPath);
    await page.getByText("Tệp đang mở: khoi-tu-bang.xlsx", { exact: true }).waitFor();
    await page.getByRole("tab", { name: "Xếp hạng" }).click();
    const ranked = page.getByRole("table", { name: "Xếp hạng: kết quả cuối cùng" });
    await ranked.waitFor({ timeout: 30_000 });
    const expected = JSON.parse(fixtureFile("expected-final.json")) as { units: { name: string; total: number; rank: number | null }[] };
    const rows = await ranked.evaluate((t) => [...t.querySelectorAll("tbody tr")].map((r) => [...r.querySelectorAll("td")].slice(0, 3).map((c, i) => (i === 1 ? c.firstElementChild?.textContent ?? "" : c.textContent ?? "").trim())));
    expect(rows).toEqual(expected.units.map((u) => [u.rank === null ? "—" : String(u.rank), u.name, u.total.toFixed(2).replace(".", ",")]));
  });

  it("sent nothing off the page's origin and logged no error", () => {
    expect(requests.filter((u) => !u.startsWith("data:") && !u.startsWith("blob:") && new URL(u).origin !== server.origin)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
