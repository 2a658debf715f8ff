// The year's round trip in a real browser (Debian's Chromium) on the production build, in file mode, at Excel's
// narrowest task pane (320 px), as a bloc's secretary and then the Board would do it — every step a click or a
// file chosen in the pane:
// - open the bloc's workbook (generated and scored, three units' self scores still to come), make every unit's
//   copy as one .zip (names in UTF-8, flagged so, Vietnamese as written);
// - outside the pane, as the units would: one copy filled with `thidua fill`'s service, one typed into with a
//   spreadsheet editor, one typed into and then opened and saved by LibreOffice; plus a copy from another bloc;
// - take the four back at once: the foreign one refused with its reason in words, every change of the three
//   listed (unit, item, old → new) and written;
// - seal; download; a score edited afterwards in the downloaded file; opened again, Kiểm tra names the edit
//   (ERR_SEALED_CHANGED); unseal with a reason; add the report and download it: the report sheet read back
//   ranks as the engine ranks the same scores built without the pane;
// - the Board's view on a folder of five blocs' workbooks (that one, unsealed; one not a workbook; three sealed)
//   with their agreed rubrics: each bloc's status, nhất/nhì/ba, seal and errors.
// One browser, one page, the steps in order (each needs the one before). Screenshots of each step at 320 px go
// to the temp folder, and to docs/screenshots with THIDUA_SCREENSHOTS=docs.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Download, Page } from "playwright-core";
import { parseRubric } from "../../src/domain/rubricRules";
import type { Rubric } from "../../src/domain/types";
import { formatNumber, stageName } from "../../src/i18n";
import { boardLabels } from "../../src/i18n/board";
import { recordedAt } from "../../src/i18n/clock";
import { createXlsx, openXlsx } from "../../src/hosts/xlsx/xlsxHost";
import { unzip } from "../../src/hosts/xlsx/zip";
import { portableCodec } from "../../src/hosts/xlsx/portableCodec";
import { reportLabels } from "../../src/i18n/report";
import { splitWorkbook } from "../../src/services/splitWorkbook";
import { unitLayout } from "../../src/workbook/layout";
import { axeViolations, type AxeFinding } from "../support/axe";
import { boardFolder, type BoardFixture } from "../support/boardFolder";
import { paneConfig, runWebpack } from "../support/buildPane";
import { launchChromium } from "../support/chromium";
import { editJson, fixtureFile } from "../support/fixture";
import { recalcXlsx } from "../support/libreoffice";
import { readPngHeader } from "../support/png";
import { csvOf, csvRows, fillBytes, generateBytes, rankBytes, typeIntoCopy } from "../support/roundTrip";
import { editWorkbook } from "../support/sheetEditor";
import { serveStatic, type StaticServer } from "../support/staticServer";
import { zipEntryNames } from "../support/zipEntries";

const ROOT = join(__dirname, "..", "..");
const SHOTS = mkdtempSync(join(tmpdir(), "thidua-roundtrip-screens-"));
const DOCS_SHOTS = process.env.THIDUA_SCREENSHOTS === "docs" ? join(ROOT, "docs", "screenshots") : null;
const WIDTH = 320;
const SHOT_MAX_HEIGHT = 2400;
const WORK = mkdtempSync(join(tmpdir(), "thidua-roundtrip-"));

const rubricText = fixtureFile("rubric.json");
const blocText = fixtureFile("bloc.json");
const rubric: Rubric = (() => {
  const r = parseRubric(JSON.parse(rubricText));
  if (!r.ok) throw new Error("fixture rubric");
  return r.value;
})();
const bloc = JSON.parse(blocText) as { name: string; year: number; units: { id: string; name: string }[] };
const unitName = (id: string) => bloc.units.find((u) => u.id === id)!.name;
const itemName = (id: string) => rubric.sections.flatMap((s) => s.criteria).find((c) => c.id === id)!.name;
const WORKBOOK = "Khối huyện 2023.xlsx";
const ZIP = `${bloc.name} ${bloc.year} - bản đơn vị.zip`;

/** The fixture's scores: U01's and U09's self scores not in yet (their copies bring them), U05's until it corrects two. */
const allRows = csvRows(fixtureFile("scores.csv"));
const LATE = ["U01", "U09"];
const selfOf = (unit: string) => allRows.filter((r) => r.unit === unit && r.stage === "self");
const U05_FIXES = new Map([
  ["C01", 7.75],
  ["C03", 5.25],
]);
/** After the seal, the bloc raises U02's bloc score on C01 (6.5 → 7): U02 overtakes U07 for third place. */
const LATER = { unit: "U02", item: "C01", before: 6.5, after: 7 };
const SEALER = "Nguyễn Văn An, Trưởng khối";
const UNSEALER = "Trần Thị Bình, Phó Trưởng khối";
const REASON = "Biên bản họp khối ngày 04/12/2023: sửa điểm khối chấm tiêu chí 1 của thị xã Hương Thủy";

let browser: Browser;
let server: StaticServer;
let context: BrowserContext;
let page: Page;
const requests: string[] = [];
const errors: string[] = [];
const started = Date.now();

beforeAll(async () => {
  browser = await launchChromium(); // first: a missing Chromium fails at once with its install line
  const outDir = mkdtempSync(join(tmpdir(), "thidua-roundtrip-build-"));
  await runWebpack(await paneConfig("production", outDir));
  server = await serveStatic(outDir, 47619);
  const scored = await fillBytes(await generateBytes(rubricText, blocText), csvOf(allRows.filter((r) => !(r.stage === "self" && LATE.includes(r.unit)))));
  writeFileSync(join(WORK, WORKBOOK), scored);
  if (DOCS_SHOTS) mkdirSync(DOCS_SHOTS, { recursive: true });

  context = await browser.newContext({ viewport: { width: WIDTH, height: 760 }, reducedMotion: "reduce", acceptDownloads: true });
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

const panel = () => page.getByRole("tabpanel");
const fileBar = () => page.getByRole("region", { name: "Tệp đang làm việc" });
const sealBanner = () => page.getByRole("region", { name: "Niêm phong kết quả" });

async function tab(name: string, heading: string): Promise<void> {
  await page.getByRole("tab", { name, exact: true }).click();
  await panel().getByRole("heading", { name: heading, exact: true }).waitFor({ timeout: 30_000 });
}

async function downloaded(click: () => Promise<void>): Promise<{ name: string; bytes: Uint8Array }> {
  const [download] = await Promise.all([page.waitForEvent("download") as Promise<Download>, click()]);
  return { name: download.suggestedFilename(), bytes: new Uint8Array(readFileSync(await download.path())) };
}

const shots: string[] = [];
/** axe-core's violations at each step, by screenshot: none is allowed, of any impact. */
const axeAt: Record<string, AxeFinding[]> = {};
/** Each step's picture, and axe-core run on the page as it then is (the views' filled states, not only their first). */
async function shot(name: string): Promise<void> {
  axeAt[name] = await axeViolations(page);
  await page.mouse.move(0, 0);
  await page.waitForTimeout(200);
  const height = Math.min(await page.evaluate(() => document.documentElement.scrollHeight), SHOT_MAX_HEIGHT);
  const png = await page.screenshot({ fullPage: true, clip: { x: 0, y: 0, width: WIDTH, height } });
  const file = `roundtrip-320-${name}.png`;
  writeFileSync(join(SHOTS, file), png);
  if (DOCS_SHOTS) writeFileSync(join(DOCS_SHOTS, file), png);
  shots.push(file);
}

/** Nothing wider than the pane: the page never scrolls sideways at 320 px. */
async function sideways(): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** The cell of `item`'s `stage` score on a unit's sheet, as sheetEditor addresses it (1-based). */
function scoreCell(item: string, stage: string): [number, number] {
  const layout = unitLayout(rubric);
  return [layout.items.find((i) => i.id === item)!.row + 1, layout.col[`stage:${stage}`] + 1];
}

const vi = (n: number) => formatNumber(n, "vi");
const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

describe("the year's round trip in the pane, file mode, 320 px", () => {
  let copies: Map<string, Uint8Array>;
  const returned: string[] = [];

  it("opens the bloc's workbook and downloads every unit's copy as one .zip with UTF-8 names", async () => {
    await page.getByLabel("Chọn tệp sổ chấm điểm (.xlsx) trong máy để mở").setInputFiles(join(WORK, WORKBOOK));
    await page.getByText(`Tệp đang mở: ${WORKBOOK}`, { exact: true }).waitFor();
    await tab("Bản đơn vị", "Bản của từng đơn vị");
    const units = panel().getByRole("listitem");
    await units.first().waitFor({ timeout: 30_000 });
    expect(await panel().getByRole("button", { name: /^Tạo bản của / }).count()).toBe(bloc.units.length);
    const zip = await downloaded(() => panel().getByRole("button", { name: "Tạo bản cho tất cả đơn vị (.zip)" }).click());
    expect(zip.name).toBe(ZIP);
    await panel().getByText(`Đã tải xuống ${ZIP} (9 bản). Gửi mỗi đơn vị bản mang tên đơn vị đó.`).waitFor();
    // the bloc's workbook now holds the units' codes: the pane says to download it, and marks it unsaved
    await panel().getByText(/^Sổ của khối vừa được ghi mã riêng của từng đơn vị\. Hãy tải sổ xuống/).waitFor();
    await fileBar().getByText("(có thay đổi chưa tải xuống)").waitFor();
    expect(await sideways()).toBe(0);
    await shot("01-copies");

    const names = zipEntryNames(zip.bytes);
    expect(names.map((n) => n.name)).toEqual(bloc.units.map((u) => `${u.name}.xlsx`));
    expect(names.every((n) => n.utf8)).toBe(true);
    expect(names.every((n) => n.name === n.name.normalize("NFC"))).toBe(true);
    copies = unzip(zip.bytes, portableCodec);
    expect(copies.get("UBND thành phố Huế.xlsx")).toBeDefined();
  });

  it("has three copies filled as the units would (fill, a spreadsheet editor, LibreOffice) and one from another bloc", async () => {
    const dir = mkdtempSync(join(WORK, "gui-lai-"));
    const put = (name: string, bytes: Uint8Array) => {
      writeFileSync(join(dir, name), bytes);
      returned.push(join(dir, name));
    };
    // U01 with `thidua fill`'s service and its own CSV
    const huế = `${unitName("U01")}.xlsx`;
    put(huế, await fillBytes(copies.get(huế)!, csvOf(selfOf("U01"))));
    // U05 types two corrections over the values its copy came with
    const quảngĐiền = `${unitName("U05")}.xlsx`;
    put(quảngĐiền, await typeIntoCopy(copies.get(quảngĐiền)!, rubric, U05_FIXES));
    // U09 types its scores, then the file is opened and saved by LibreOffice
    const aLưới = `${unitName("U09")}.xlsx`;
    const typed = join(mkdtempSync(join(WORK, "lo-")), "A Luoi.xlsx");
    writeFileSync(typed, await typeIntoCopy(copies.get(aLưới)!, rubric, new Map(selfOf("U09").map((r) => [r.item, Number(r.value)]))));
    put(aLưới, new Uint8Array(readFileSync(recalcXlsx(typed))));
    // a copy of the same unit from another bloc's workbook, sent here by mistake
    const otherBloc = editJson(blocText, (j) => (j.name = "Khối thi đua các sở, ban, ngành"));
    const split = await splitWorkbook(await openXlsx(await generateBytes(rubricText, otherBloc)), "khoi-so-nganh.xlsx", createXlsx);
    expect(split.exit).toBe(0);
    put("Hương Thủy (khối sở ngành).xlsx", await split.copies[1].host.save());
    expect(returned).toHaveLength(4);
  }, 300_000);

  it("takes them back: the foreign copy refused with its reason in words, every change of the three listed and written", async () => {
    await tab("Nhận lại", "Nhận lại bản của đơn vị");
    await panel().getByLabel("Chọn các tệp .xlsx đơn vị gửi lại (chọn được nhiều tệp)").setInputFiles(returned);
    const changed = 20 + 20 + U05_FIXES.size;
    await panel().getByRole("heading", { name: `${changed} thay đổi từ 3 bản` }).waitFor({ timeout: 60_000 });

    await panel().getByRole("heading", { name: "Bản không nhận (1)" }).waitFor();
    const refused = panel().getByRole("list", { name: "Hương Thủy (khối sở ngành).xlsx" }).getByRole("listitem");
    expect(await refused.allInnerTexts()).toEqual([
      expect.stringMatching(/^Đơn vị UBND thị xã Hương Thủy: bản Hương Thủy \(khối sở ngành\)\.xlsx thuộc "Khối thi đua các sở, ban, ngành[^"]*", không phải "Khối thi đua các huyện, thị xã và thành phố Huế[^"]*"\. Không nhập bản của khối khác\.\s*ERR_COPY_FOREIGN$/),
    ]);

    // unit, file, then item (stage): old → new
    const unitHeadings = await panel().getByRole("heading", { level: 4 }).allInnerTexts();
    expect(unitHeadings).toEqual(["U01", "U05", "U09"].map((id) => `${unitName(id)}, tệp ${unitName(id)}.xlsx`));
    const lines = (await panel().locator("section[aria-labelledby=thidua-merge-changes] ul ul > li").allInnerTexts()).map((s) => s.trim());
    const self = stageName("self", "vi");
    const expectedLines = [
      ...selfOf("U01").map((r) => `${itemName(r.item)} (${self}): (trống) → ${vi(Number(r.value))}`),
      ...[...U05_FIXES].map(([item, v]) => `${itemName(item)} (${self}): ${vi(Number(selfOf("U05").find((r) => r.item === item)!.value))} → ${vi(v)}`),
      ...selfOf("U09").map((r) => `${itemName(r.item)} (${self}): (trống) → ${vi(Number(r.value))}`),
    ];
    expect(lines).toEqual(expectedLines);
    expect(lines).toContain(`${itemName("C01")} (tự chấm): 8 → 7,75`);
    expect(await sideways()).toBe(0);
    await shot("02-merge-review");

    await panel().getByRole("button", { name: `Ghi ${changed} thay đổi vào sổ` }).click();
    await panel().getByText(`Đã ghi ${changed} thay đổi từ 3 bản vào sổ. Tải sổ xuống để giữ các thay đổi.`).waitFor({ timeout: 30_000 });
    await shot("03-merge-written");
  });

  let sealedAt: string;

  it("seals the result: the banner says who, when and which stage on every view", async () => {
    await tab("Niêm phong", "Niêm phong kết quả");
    await sealBanner().getByText("Kết quả chưa niêm phong.").waitFor({ timeout: 30_000 });
    await panel().getByRole("textbox", { name: "Người niêm phong (họ tên, chức vụ)" }).fill(SEALER);
    await panel().getByRole("button", { name: "Niêm phong", exact: true }).click();
    const done = panel().getByText(new RegExp(`^Đã niêm phong: ${SEALER}, lúc \\d\\d:\\d\\d ngày \\d\\d/\\d\\d/\\d{4}\\. Tải sổ xuống để giữ bản đã niêm phong\\.$`));
    await done.waitFor({ timeout: 60_000 });
    sealedAt = /lúc (\d\d:\d\d ngày \d\d\/\d\d\/\d{4})/.exec(await done.innerText())![1];
    await sealBanner().getByText(`Kết quả đã niêm phong: ${SEALER}, lúc ${sealedAt}, kết quả cuối cùng.`).waitFor();
    await panel().getByRole("heading", { name: "Mở niêm phong" }).waitFor();
    expect(await sideways()).toBe(0);
    await shot("04-sealed");
    // every view shows it
    await tab("Xếp hạng", "Xếp hạng");
    expect(await sealBanner().innerText()).toContain(`Kết quả đã niêm phong: ${SEALER}`);
  });

  it("downloads the sealed workbook; a score typed in it afterwards is reported by Kiểm tra once it is opened again", async () => {
    const file = await downloaded(() => fileBar().getByRole("button", { name: "Tải sổ xuống" }).click());
    expect(file.name).toBe(WORKBOOK);
    const [row, col] = scoreCell(LATER.item, "bloc");
    const edited = await editWorkbook(file.bytes, (wb) => {
      const cell = wb.getWorksheet(unitName(LATER.unit))!.getCell(row, col);
      expect(cell.value).toBe(LATER.before);
      cell.value = LATER.after;
    });
    const dir = mkdtempSync(join(WORK, "sua-sau-"));
    writeFileSync(join(dir, WORKBOOK), edited);
    await page.getByLabel("Chọn tệp sổ chấm điểm (.xlsx) trong máy để mở").setInputFiles(join(dir, WORKBOOK));
    await page.getByText(`Tệp đang mở: ${WORKBOOK}`, { exact: true }).waitFor();

    await page.getByRole("tab", { name: "Kiểm tra", exact: true }).click();
    await panel().getByText("Chưa sẵn sàng nộp", { exact: true }).waitFor({ timeout: 30_000 });
    const found = panel().getByRole("listitem").filter({ hasText: "ERR_SEALED_CHANGED" });
    expect(await found.allInnerTexts()).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Lỗi\\s+Tiêu chí "${escaped(itemName(LATER.item))}", khối chấm — trang ${unitName(LATER.unit)}, ô (F\\d+)\\s+Ô \\1 của trang "${unitName(LATER.unit)}" đã bị sửa sau khi chốt kết quả \\(${SEALER}, lúc ${sealedAt}\\): lúc chốt là 6,5, nay là 7\\. Trả lại giá trị lúc chốt, hoặc mở chốt ở mục Niêm phong có ghi lý do rồi chốt lại\\.\\s*ERR_SEALED_CHANGED$`,
        ),
      ),
    ]);
    expect(await sealBanner().innerText()).toContain(`Kết quả đã niêm phong: ${SEALER}`);
    expect(await sideways()).toBe(0);
    await shot("05-edited-after-seal");
  });

  it("unseals with a reason: the banner and the history say so, and Kiểm tra no longer reports the edit", async () => {
    await tab("Niêm phong", "Niêm phong kết quả");
    await panel().getByRole("button", { name: "Mở niêm phong", exact: true }).click();
    // both are required, said in words next to the fields
    await panel().getByText("Hãy ghi lý do mở niêm phong (ví dụ: biên bản họp khối ngày …).").waitFor();
    await panel().getByRole("textbox", { name: "Người mở niêm phong" }).fill(UNSEALER);
    await panel().getByRole("textbox", { name: "Lý do mở niêm phong" }).fill(REASON);
    await panel().getByRole("button", { name: "Mở niêm phong", exact: true }).click();
    await panel().getByText("Đã mở niêm phong. Lý do đã được ghi lại.").waitFor({ timeout: 30_000 });
    await sealBanner().getByText("Kết quả chưa niêm phong.").waitFor();
    const history = await panel().getByRole("heading", { name: "Lịch sử niêm phong" }).locator("xpath=..").getByRole("listitem").allInnerTexts();
    expect(history).toEqual([`${sealedAt}: ${SEALER} niêm phong (kết quả cuối cùng)`, expect.stringMatching(new RegExp(`^\\d\\d:\\d\\d ngày \\d\\d/\\d\\d/\\d{4}: ${UNSEALER} mở niêm phong\\. Lý do: ${REASON}$`))]);
    expect(await sideways()).toBe(0);
    await shot("06-unsealed");
    await page.getByRole("tab", { name: "Kiểm tra", exact: true }).click();
    await panel().getByText("Sẵn sàng nộp", { exact: true }).waitFor({ timeout: 30_000 });
    expect(await panel().getByText("ERR_SEALED_CHANGED").count()).toBe(0);
  });

  let report: Uint8Array;

  it("adds the report from the short form and downloads the workbook: the sheet ranks as the engine does", async () => {
    await tab("Báo cáo", "Báo cáo kết quả");
    await panel().getByRole("textbox", { name: "Nơi ký (ví dụ: Huế)" }).fill("Huế");
    await panel().getByRole("textbox", { name: /^Ngày ký \(dd\/mm\/yyyy\)/ }).fill("05/12/2023");
    for (const [label, id] of [
      ["Trưởng khối năm sau", "U01"],
      ["Phó khối năm sau", "U07"],
    ]) {
      await panel().getByRole("combobox", { name: label }).click();
      await page.getByRole("listbox").getByRole("option", { name: unitName(id), exact: true }).click();
      await page.getByRole("listbox").waitFor({ state: "hidden" });
    }
    await panel().getByRole("button", { name: "Thêm trang Báo cáo" }).click();
    await panel().getByText('Đã thêm trang "Báo cáo" vào sổ.').waitFor({ timeout: 30_000 });
    expect(await sideways()).toBe(0);
    await shot("07-report");
    const file = await downloaded(() => panel().getByRole("button", { name: "Tải sổ có trang Báo cáo" }).click());
    expect(file.name).toBe(WORKBOOK);
    report = file.bytes;

    // the engine's ranking of the same scores, built without the pane: every merged score and the later edit
    const final = allRows
      .map((r) => (r.unit === "U05" && r.stage === "self" && U05_FIXES.has(r.item) ? { ...r, value: String(U05_FIXES.get(r.item)) } : r))
      .map((r) => (r.unit === LATER.unit && r.item === LATER.item && r.stage === "bloc" ? { ...r, value: String(LATER.after) } : r));
    const expected = await rankBytes(await fillBytes(await generateBytes(rubricText, blocText), csvOf(final)));
    expect(expected.units.slice(0, 4).map((u) => [u.id, u.place])).toEqual([
      ["U01", "Nhất"],
      ["U05", "Nhì"],
      ["U02", "Ba"],
      ["U07", null],
    ]);
    const sheet = (await (await openXlsx(report)).snapshot()).sheets.find((s) => s.name === reportLabels.vi.sheet)!;
    const header = sheet.values.findIndex((r) => r[0] === "STT");
    const rows = sheet.values.slice(header + 1, header + 1 + expected.units.length).map((r) => [r[1], r[2], r[3], r[4] ?? null]);
    expect(rows).toEqual(expected.units.map((u) => [u.name, u.total, u.rank, u.place]));
    const texts = sheet.values.flat().filter((v): v is string => typeof v === "string");
    expect(texts).toEqual(expect.arrayContaining(["Huế, ngày 05 tháng 12 năm 2023", `Trưởng khối: ${unitName("U01")}`, `Phó Trưởng khối: ${unitName("U07")}`, reportLabels.vi.notSealed]));
  });

  let board: BoardFixture;

  it("shows the Board each of five blocs from a folder: ready, not sealed, not a workbook", async () => {
    board = await boardFolder(4, { 2: "broken" });
    const ours = "khoi-05.xlsx";
    writeFileSync(join(board.blocs, ours), report);
    copyFileSync(join(ROOT, "test", "fixtures", "khoi-huyen-2023", "rubric.json"), join(board.rubrics, "khoi-05.json"));
    await tab("Ban Thi đua", "Thẩm định sổ của các khối");
    await panel().getByLabel("Chọn các bảng tiêu chí đã thống nhất (.json), không bắt buộc").setInputFiles(readdirSync(board.rubrics).sort().map((f) => join(board.rubrics, f)));
    await panel().getByText(/^Đối chiếu với 5 bảng tiêu chí: /).waitFor();
    await panel().getByLabel("Chọn thư mục chứa sổ .xlsx của các khối").setInputFiles(board.blocs);
    await panel().getByRole("heading", { name: "Kết quả 5 sổ: 3 sẵn sàng, 1 chưa niêm phong, 0 có lỗi, 1 không đọc được" }).waitFor({ timeout: 60_000 });

    const L = boardLabels.vi;
    const C = L.columns;
    const lines = async (file: string) => panel().getByRole("listitem", { name: file, exact: true }).locator("ul").first().getByRole("listitem").allInnerTexts();
    const names = (r: { units: readonly { name: string; rank: number | null; complete: boolean }[] }, rank: number) =>
      r.units
        .filter((u) => u.complete && u.rank === rank)
        .map((u) => u.name)
        .join(", ");
    for (const [file, { kind, ranking }] of [...board.files].sort(([a], [b]) => a.localeCompare(b))) {
      const got = await lines(file);
      if (kind === "broken") {
        expect(got).toEqual([`${C.file}: ${file}`, `${C.status}: ${L.status.broken}`, `${C.seal}: ${L.notSealed}`, `${C.agreed}: ${L.noAgreed}`]);
        const errorsOf = panel().getByRole("list", { name: `${file}: Lỗi (1)` }).getByRole("listitem");
        expect(await errorsOf.allInnerTexts()).toEqual([`Tệp ${file} bị hỏng: cấu trúc nén (zip) không đọc được, có thể tệp chỉ được tải về hoặc sao chép một phần. Lấy lại bản đầy đủ của tệp.ERR_FILE_DAMAGED`]);
        continue;
      }
      expect(got).toEqual(
        expect.arrayContaining([
          `${C.status}: ${L.status.ready}`,
          `${C.first}: ${names(ranking!, 1)}`,
          `${C.second}: ${names(ranking!, 2)}`,
          `${C.third}: ${names(ranking!, 3)}`,
          `${C.seal}: ${L.sealed("Trưởng khối", "2026-12-05T02:00:00Z", "kết quả cuối cùng")}`,
          `${C.agreed}: ${L.agreed(file.replace(/\.xlsx$/, ".json"), "name")}`,
        ]),
      );
    }
    expect(await lines(ours)).toEqual(
      expect.arrayContaining([
        `${C.status}: ${L.status.unsealed}`,
        `${C.first}: ${unitName("U01")}`,
        `${C.second}: ${unitName("U05")}`,
        `${C.third}: ${unitName("U02")}`,
        `${C.seal}: ${L.notSealed}`,
        `${C.agreed}: ${L.agreed("khoi-05.json", "name")}`,
      ]),
    );
    expect(await panel().getByRole("list", { name: /^khoi-05\.xlsx: / }).count()).toBe(0);
    expect(recordedAt.vi("2026-12-05T02:00:00Z")).toMatch(/05\/12\/2026/);
    expect(await sideways()).toBe(0);
    await shot("08-board");
  }, 120_000);

  it("sent nothing off the page's origin, logged no error, had no axe-core violation at any step, and kept its screenshots small", () => {
    expect(requests.filter((u) => !u.startsWith("data:") && !u.startsWith("blob:") && new URL(u).origin !== server.origin)).toEqual([]);
    expect(errors).toEqual([]);
    expect(axeAt).toEqual(Object.fromEntries(Object.keys(axeAt).map((k) => [k, []])));
    expect(Object.keys(axeAt)).toHaveLength(8);
    for (const file of shots) {
      const png = readFileSync(join(SHOTS, file));
      expect([file, readPngHeader(png).width]).toEqual([file, WIDTH]);
      expect([file, png.length < 400_000]).toEqual([file, true]);
    }
    console.log(`round trip in ${((Date.now() - started) / 1000).toFixed(0)} s; screenshots: ${SHOTS}`);
  });
});
