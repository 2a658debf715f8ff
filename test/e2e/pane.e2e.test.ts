// The three jobs end to end in a real browser (Debian's Chromium) on the production build, in file mode: the
// example bloc's workbook generated and downloaded; a filled copy (made here with the services, with a number
// typed as text and two units tied) opened, checked and fixed; ranked, a vote recorded; the result downloaded
// and ranked again outside the pane. Nothing may leave the page's origin and nothing may log an error.
// Screenshots of each view, Vietnamese and English, go to the system's temp folder; THIDUA_SCREENSHOTS=docs
// also writes them to docs/screenshots (done once, by hand, when the pane's look changes).
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Download, Page } from "playwright-core";
import { openXlsx } from "../../src/hosts/xlsx/xlsxHost";
import { readContents } from "../../src/services/openWorkbook";
import { rankWorkbook } from "../../src/services/rankWorkbook";
import { paneConfig, runWebpack } from "../support/buildPane";
import { launchChromium } from "../support/chromium";
import { serveStatic, type StaticServer } from "../support/staticServer";
import { fixtureWorkbook, tiedScores } from "../taskpane/fixtureWorkbooks";

const ROOT = join(__dirname, "..", "..");
const SHOTS = mkdtempSync(join(tmpdir(), "thidua-screens-"));
const DOCS_SHOTS = process.env.THIDUA_SCREENSHOTS === "docs" ? join(ROOT, "docs", "screenshots") : null;

let browser: Browser;
let server: StaticServer;
let context: BrowserContext;
let page: Page;
let filledPath: string;
const requests: string[] = [];
const errors: string[] = [];

beforeAll(async () => {
  browser = await launchChromium(); // first: a missing Chromium fails at once with its install line
  const outDir = mkdtempSync(join(tmpdir(), "thidua-pane-e2e-"));
  await runWebpack(await paneConfig("production", outDir));
  server = await serveStatic(outDir, 47614);
  const filled = await fixtureWorkbook({ scores: tiedScores(), typed: [{ unit: "U05", item: "C01", stage: "bloc", value: "7,75" }] });
  filledPath = join(mkdtempSync(join(tmpdir(), "thidua-filled-")), "Khoi huyen 2023 - da cham.xlsx");
  writeFileSync(filledPath, await filled.save());
  if (DOCS_SHOTS) mkdirSync(DOCS_SHOTS, { recursive: true });

  context = await browser.newContext({ viewport: { width: 380, height: 720 }, reducedMotion: "reduce", acceptDownloads: true });
  page = await context.newPage();
  page.on("request", (r) => requests.push(r.url()));
  page.on("websocket", (ws) => requests.push(ws.url()));
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

/** blob: and data: URLs never leave the machine; everything else must be the page's own origin. */
function offOrigin(): string[] {
  return requests.filter((u) => !u.startsWith("data:") && new URL(u).origin !== server.origin);
}

async function shot(name: string): Promise<void> {
  await page.waitForTimeout(300);
  const png = await page.screenshot({ fullPage: true });
  writeFileSync(join(SHOTS, `${name}.png`), png);
  if (DOCS_SHOTS) writeFileSync(join(DOCS_SHOTS, `${name}.png`), png);
}

async function english(on: boolean): Promise<void> {
  await page.getByRole("button", { name: on ? "English" : "Tiếng Việt" }).click();
}

async function downloaded(click: () => Promise<void>): Promise<{ name: string; bytes: Uint8Array }> {
  const [download] = await Promise.all([page.waitForEvent("download") as Promise<Download>, click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)) };
}

/** The visible ranking table as [rank, unit, total, place, award] rows (place and award stacked under the unit). */
async function tableRows(): Promise<string[][]> {
  return page
    .getByRole("tabpanel")
    .getByRole("table")
    .evaluate((table) =>
      [...table.querySelectorAll("tbody tr")].map((r) => {
        const [rank, unit, total] = [...r.querySelectorAll("td")];
        const facts = new Map([...unit.querySelector("dl")!.children].map((f) => [f.querySelector("dt")!.textContent, f.querySelector("dd")!.textContent ?? ""]));
        const text = (e: Element | null) => (e?.textContent ?? "").trim();
        return [text(rank), text(unit.firstElementChild), text(total), facts.get("Giải") ?? "—", facts.get("Đề nghị khen thưởng") ?? ""];
      }),
    );
}

describe("the pane in file mode, end to end", () => {
  it("generates the example bloc's workbook and downloads it", async () => {
    await page.getByRole("button", { name: "Dùng mẫu có sẵn" }).click();
    await page.getByRole("list", { name: "Các trang của sổ" }).waitFor();
    expect(await page.getByRole("list", { name: "Các trang của sổ" }).getByRole("listitem").count()).toBe(11);
    await shot("generate-vi");
    await page.getByRole("button", { name: "Tạo sổ chấm điểm" }).click();
    await page.getByText("Đã tạo sổ chấm điểm.").waitFor({ timeout: 30_000 });
    const file = await downloaded(() => page.getByRole("region", { name: "Tệp đang làm việc" }).getByRole("button", { name: "Tải sổ xuống" }).click());
    expect(file.name).toBe("Khối thi đua các huyện, thị xã và thành phố Huế 2023.xlsx");
    const read = await readContents(await openXlsx(file.bytes), file.name);
    expect(read.ok && read.value.bloc.units.map((u) => u.name)).toEqual(JSON.parse(readFileSync(join(ROOT, "test/fixtures/khoi-huyen-2023/bloc.json"), "utf8")).units.map((u: { name: string }) => u.name));
    await english(true);
    await shot("generate-en");
    await english(false);
  });

  it("opens a filled workbook, shows the seeded error at its cell, and fixes it in one click", async () => {
    await page.getByLabel("Chọn tệp sổ chấm điểm (.xlsx) trong máy để mở").setInputFiles(filledPath);
    await page.getByText("Tệp đang mở: Khoi huyen 2023 - da cham.xlsx", { exact: true }).waitFor();
    await page.getByRole("tab", { name: "Kiểm tra" }).click();
    await page.getByText("Chưa sẵn sàng nộp").waitFor({ timeout: 30_000 });
    const errorsOfU05 = page.getByRole("list", { name: "Lỗi của UBND huyện Quảng Điền" });
    expect(await errorsOfU05.getByRole("listitem").allInnerTexts()).toEqual([expect.stringMatching(/^Lỗi\s+Tiêu chí "[^"]+", khối chấm — trang UBND huyện Quảng Điền, ô F\d+\s+"7,75" là số ghi dạng văn bản[\s\S]*ERR_TEXT_NUMBER$/)]);
    await shot("validate-vi");
    await english(true);
    await shot("validate-en");
    await page.getByRole("button", { name: "Change to 7.75" }).click();
    await page.getByText("Ready to submit").waitFor({ timeout: 30_000 });
    await shot("validate-ready-en");
    await english(false);
    expect(await page.getByText("Sẵn sàng nộp").count()).toBe(1);
  });

  it("ranks it with Nhất, Nhì, Ba, explains the tie, and records the bloc's vote", async () => {
    await page.getByRole("tab", { name: "Xếp hạng" }).click();
    await page.getByRole("table", { name: "Xếp hạng: kết quả cuối cùng" }).waitFor({ timeout: 30_000 });
    expect((await tableRows()).slice(0, 3).map(([rank, unit, , place]) => [rank, unit, place])).toEqual([
      ["1", "UBND thành phố Huế", "Nhất"],
      ["2", "UBND huyện Quảng Điền", "Nhì"],
      ["2", "UBND huyện Phú Lộc", "Nhì"],
    ]);
    await page.getByRole("tabpanel").getByText(/bằng điểm \(92,5\) và cùng hạng 2 sau mọi tiêu chí phân định/).waitFor();
    await shot("rank-tie-vi");
    const tie = page.getByRole("group", { name: "Đồng hạng 2 với 92,50 điểm" });
    await tie.getByRole("button", { name: "Đưa UBND huyện Phú Lộc lên trên" }).click();
    await tie.getByRole("button", { name: "Ghi kết quả biểu quyết" }).click();
    await page.getByRole("group", { name: /Đồng hạng/ }).waitFor({ state: "detached", timeout: 30_000 });
    expect((await tableRows()).slice(0, 4)).toEqual([
      ["1", "UBND thành phố Huế", "95,25", "Nhất", "Cờ thi đua của Ủy ban nhân dân tỉnh"],
      ["2", "UBND huyện Phú Lộc", "92,50", "Nhì", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"],
      ["3", "UBND huyện Quảng Điền", "92,50", "Ba", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"],
      ["4", "UBND thị xã Hương Thủy", "91,75", "—", "—"],
    ]);
    await shot("rank-vi");
    await english(true);
    await shot("rank-en");
    await english(false);
  });

  it("downloads the workbook, which ranks the same outside the pane", async () => {
    const shown = await tableRows();
    const file = await downloaded(() => page.getByRole("button", { name: "Tải sổ xuống" }).first().click());
    expect(file.name).toBe("Khoi huyen 2023 - da cham.xlsx");
    const host = await openXlsx(file.bytes);
    const out = await rankWorkbook(host, file.name, "final");
    expect(out.exit).toBe(0);
    const label = (id: string | null) => (id ? out.rubric!.awards.find((a) => a.id === id)!.label : "—");
    expect(out.ranking!.units.map((u) => [String(u.rank), u.name, u.total.toFixed(2).replace(".", ","), u.place ?? "—", label(u.award)])).toEqual(shown);
    const read = await readContents(host, file.name);
    expect(read.ok && Object.fromEntries(read.value.votes)).toEqual({ U07: 1, U05: 2 });
    expect(read.ok && read.value.rows.find((r) => r.unit === "U05" && r.item === "C01" && r.stage === "bloc")?.raw).toBe(7.75);
  });

  it("sent nothing off the page's origin and logged no error", () => {
    expect(offOrigin()).toEqual([]);
    expect(requests.some((u) => u.includes("office.js"))).toBe(false);
    expect(errors).toEqual([]);
    console.log(`screenshots: ${SHOTS}`);
  });
});
