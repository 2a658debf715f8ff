import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { makeBloc } from "../../bench/makeBloc";
import { openXlsx } from "../../src/hosts/xlsx/xlsxHost";
import { reportWorkbook } from "../../src/services/reportWorkbook";
import type { SheetSnapshot } from "../../src/workbook/snapshot";
import { expected, fixtureFile, scoreTexts, setValue, treeFile } from "../support/fixture";
import { convertToPdf, onlySheetVisible, pdfPages, pdfText } from "../support/pdf";
import { fillBytes, generateBytes } from "../support/roundTrip";

const REPORT = "Báo cáo";
const DATE = { y: 2023, m: 12, d: 5 };
const names = (JSON.parse(fixtureFile("bloc.json")) as { units: { id: string; name: string }[] }).units;

let filled: Uint8Array;
beforeAll(async () => {
  filled = await fillBytes(await generateBytes(fixtureFile("rubric.json"), fixtureFile("bloc.json")), fixtureFile("scores.csv"));
});

async function report(bytes: Uint8Array, options: Parameters<typeof reportWorkbook>[2] = {}) {
  const host = await openXlsx(bytes);
  const outcome = await reportWorkbook(host, "bloc.xlsx", { place: "Huế", date: DATE, ...options });
  return { outcome, bytes: await host.save() };
}

async function reportSheet(bytes: Uint8Array): Promise<SheetSnapshot> {
  const snap = await (await openXlsx(bytes)).snapshot();
  const sheets = snap.sheets.filter((s) => s.name.startsWith(REPORT));
  expect(sheets.length).toBe(1);
  return sheets[0];
}

const texts = (s: SheetSnapshot) => s.values.flat().filter((v): v is string => typeof v === "string");

describe("reportWorkbook", () => {
  it("lays out the national motto, place and date, the ranked table and both signature blocks", async () => {
    const { outcome, bytes } = await report(filled);
    expect([outcome.exit, outcome.sheet]).toEqual([0, REPORT]);
    const sheet = await reportSheet(bytes);
    const all = texts(sheet);
    expect(all).toEqual(expect.arrayContaining(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Huế, ngày 05 tháng 12 năm 2023", "TRƯỞNG KHỐI", "PHÓ TRƯỞNG KHỐI"]));
    // the table: header row with "STT", then one row per unit in the engine's final order, with rank and place
    const header = sheet.values.findIndex((r) => r[0] === "STT");
    const final = expected("final").units as { name: string; total: number; rank: number | null; place: string | null }[];
    const rows = sheet.values.slice(header + 1, header + 1 + final.length).map((r) => [r[1], r[2], r[3], r[4] ?? null]);
    expect(rows).toEqual(final.map((u) => [u.name, u.total, u.rank, u.place]));
    // next year's head and deputy default to the bloc file's; this year's sign
    const head = names.find((u) => u.id === "U05")!.name;
    const deputy = names.find((u) => u.id === "U04")!.name;
    expect(all).toEqual(expect.arrayContaining([`Trưởng khối: ${head}`, `Phó Trưởng khối: ${deputy}`, head, deputy]));
  });

  it("takes next year's head and deputy from the options, by id or by name, and refreshes the same sheet", async () => {
    const first = await report(filled);
    const { outcome, bytes } = await report(first.bytes, { head: "U01", deputy: names[1].name, place: "Thành phố Huế" });
    expect(outcome.exit).toBe(0);
    const all = texts(await reportSheet(bytes));
    expect(all).toEqual(expect.arrayContaining([`Trưởng khối: ${names[0].name}`, `Phó Trưởng khối: ${names[1].name}`, "Thành phố Huế, ngày 05 tháng 12 năm 2023"]));
  });

  it("refuses a head who is not a unit of the bloc (exit 2) and writes nothing", async () => {
    const { outcome, bytes } = await report(filled, { head: "U99" });
    expect([outcome.exit, outcome.findings.map((f) => [f.code, f.path?.[0]])]).toEqual([2, [["ERR_UNKNOWN_UNIT", "--head"]]]);
    expect((await (await openXlsx(bytes)).snapshot()).sheets.some((s) => s.name === REPORT)).toBe(false);
  });

  it("refuses one unit as both next year's head and deputy (exit 2, ERR_REPORT_SAME_UNIT), also when one option meets the bloc's own, and writes nothing", async () => {
    // the bloc names U05 head and U04 deputy
    for (const [options, unit, at] of [
      [{ head: "U01", deputy: names[0].name }, "U01", "--deputy"],
      [{ head: "U04" }, "U04", "--head"],
      [{ deputy: "U05" }, "U05", "--deputy"],
    ] as const) {
      const { outcome, bytes } = await report(filled, options);
      const name = names.find((u) => u.id === unit)!.name;
      expect([outcome.exit, outcome.findings.map((f) => [f.code, f.params, f.path?.[0]])]).toEqual([2, [["ERR_REPORT_SAME_UNIT", { unit, name }, at]]]);
      expect(bytes).toEqual(filled);
    }
  });

  it("explains a tie the chain broke, naming both units, and says so when there is none", async () => {
    const none = texts(await reportSheet((await report(filled)).bytes));
    expect(none[none.indexOf("Các trường hợp bằng điểm") + 1]).toBe("Không có đơn vị nào bằng điểm.");
    // one more bonus event brings Phú Lộc (U07) to Quảng Điền's (U05) 92.50; section I puts Phú Lộc first
    const tied = await fillBytes(await generateBytes(fixtureFile("rubric.json"), fixtureFile("bloc.json")), setValue(fixtureFile("scores.csv"), "U07", "B2", "bloc", "1"));
    const lines = texts(await reportSheet((await report(tied)).bytes));
    const line = lines[lines.indexOf("Các trường hợp bằng điểm") + 1];
    const [u07, u05] = ["U07", "U05"].map((id) => names.find((u) => u.id === id)!.name);
    expect(line.indexOf(u07)).toBeGreaterThanOrEqual(0);
    expect(line.lastIndexOf(u07)).toBeLessThan(line.lastIndexOf(u05));
    expect(line).toContain("92,50");
  });
});

describe("a report of units with rescaled criteria", () => {
  it("shows the criteria total and its rescaled value under exactly the rescaled units' names, as the engine computes them", async () => {
    const texts = { rubric: treeFile("rubric.json"), bloc: treeFile("bloc.json"), scores: treeFile("scores.csv") };
    const engine = scoreTexts(texts).ranking!;
    const rescaled = new Map(engine.explanations.filter((e) => e.rescaled).map((e) => [e.unit, e.rescaled!]));
    expect(rescaled.size).toBeGreaterThan(0);
    expect(rescaled.size).toBeLessThan(engine.units.length);
    const bytes = await fillBytes(await generateBytes(texts.rubric, texts.bloc), texts.scores);
    const sheet = await reportSheet((await report(bytes)).bytes);
    const header = sheet.values.findIndex((r) => r[0] === "STT");
    const rows = sheet.values.slice(header + 1, header + 1 + engine.units.length);
    const comma = (n: number) => n.toFixed(2).replace(".", ",");
    const want = engine.units.map((u) => {
      const r = rescaled.get(u.id);
      return [r ? `${u.name}\n(tổng điểm tiêu chí ${comma(r.points)} → quy đổi ${comma(r.total)})` : u.name, u.total];
    });
    expect(rows.map((r) => [r[1], r[2]])).toEqual(want);
    // the scaled criteria total is what the unit's total is built on: it differs from the plain sum
    for (const r of rescaled.values()) expect(r.total).not.toBe(r.points);
  });

  it("leaves a rubric without rescaled units as before: names alone in the unit column", async () => {
    const sheet = await reportSheet((await report(filled)).bytes);
    expect(texts(sheet).some((t) => t.includes("→"))).toBe(false);
  });
});

describe("the printed report", () => {
  it("renders in LibreOffice to one A4 page width, with every unit's name whole (fixture and a 40-unit bloc)", async () => {
    const s = makeBloc(40, 20, 3);
    const synthetic = await fillBytes(await generateBytes(JSON.stringify(s.rubric), JSON.stringify(s.bloc)), s.scoresCsv);
    const dir = mkdtempSync(path.join(tmpdir(), "thidua-report-"));
    const cases = [
      { file: "fixture.xlsx", bytes: filled, units: names.map((u) => u.name), pages: 1 },
      { file: "synthetic.xlsx", bytes: synthetic, units: s.bloc.units.map((u) => u.name), pages: 2 },
    ];
    for (const c of cases) {
      const printed = await onlySheetVisible((await report(c.bytes)).bytes, REPORT);
      writeFileSync(path.join(dir, c.file), printed);
      const pdf = convertToPdf(path.join(dir, c.file));
      const info = pdfPages(pdf);
      expect([c.file, info.size]).toEqual([c.file, expect.stringMatching(/^595(\.\d+)? x 841(\.\d+)? pts/)]);
      // one page wide: every page repeats the table's header row with its first and last column
      for (let p = 1; p <= info.pages; p++) {
        const page = pdfText(pdf, p);
        if (page.includes("STT")) expect([c.file, p, page.includes("Đề nghị khen thưởng")]).toEqual([c.file, p, true]);
      }
      expect([c.file, info.pages <= c.pages]).toEqual([c.file, true]);
      const text = pdfText(pdf).normalize("NFC");
      expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
      // whole: not cut by a line break, and not merely the start of a longer name ("… số 1" in "… số 10")
      for (const name of c.units) expect([c.file, name, new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?!\\d)`).test(text)]).toEqual([c.file, name, true]);
    }
  });
});
