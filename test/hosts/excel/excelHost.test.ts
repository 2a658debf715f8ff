import { buildScoreBook } from "../../../src/domain/scoreBook";
import { scoreBloc } from "../../../src/domain/scoreBloc";
import { parseScoresCsv } from "../../../src/domain/scoresCsv";
import { createExcelHost } from "../../../src/hosts/excel/excelHost";
import { PAYLOAD_LIMIT } from "../../../src/hosts/excel/run";
import { buildTemplatePlan } from "../../../src/workbook/buildTemplatePlan";
import { fillWrites } from "../../../src/workbook/fillWrites";
import { META_SHEET } from "../../../src/workbook/layout";
import { readWorkbook } from "../../../src/workbook/readWorkbook";
import type { Bloc, Rubric } from "../../../src/domain/types";
import { makeBloc } from "../../../bench/makeBloc";
import { applyRegeneration, previewRegeneration } from "../../../src/services/regenerate";
import { FakeExcel } from "../../support/fakeExcel";
import { PAYLOAD_LIMIT_BYTES } from "../../support/fakeExcel/api";
import { expected, fixtureFile } from "../../support/fixture";

const rubric = JSON.parse(fixtureFile("rubric.json")) as Rubric;
const bloc = JSON.parse(fixtureFile("bloc.json")) as Bloc;
const all = () => true;

/** Every cell written as a formula on a sheet (the fake shows formulas with their leading "="). */
function formulaCells(fake: FakeExcel, sheet: string): number {
  const s = fake.sheet(sheet)!;
  return [...s.cells.values()].filter((c) => c.formula !== undefined).length;
}

function userBook(): FakeExcel {
  const fake = new FakeExcel(["Sổ tay"]);
  fake.sheets[0].set(0, 0, "ghi chú của người dùng");
  fake.sheets[0].set(4, 2, 42);
  return fake;
}

describe("applyPlan (Office.js host)", () => {
  it("writes the whole fixture workbook in at most 3 syncs and keeps the user's own sheet", async () => {
    const fake = userBook();
    const plan = buildTemplatePlan(rubric, bloc);
    await createExcelHost(fake.run, all).applyPlan(plan);
    expect(fake.syncs).toBeLessThanOrEqual(3);
    expect(fake.sheets.map((s) => s.name).sort()).toEqual(["Sổ tay", ...plan.sheets.map((s) => s.name)].sort());
    expect(fake.sheet("Sổ tay")!.get(4, 2)).toBe(42);
    expect(fake.sheet(META_SHEET)!.visibility).toBe("VeryHidden");
    expect(fake.sheets.some((s) => s.name.startsWith("~"))).toBe(false);
    expect(fake.book.names.map((n) => n.name).sort()).toEqual(plan.names.map((n) => n.name).sort());
    expect(fake.brokenReferences()).toEqual([]);
  });

  it.each([
    [60, 120],
    [60, 300],
  ])("never syncs per unit: a %i × %i bloc takes 3 syncs plus one per 4 MB beyond the first", async (units, criteria) => {
    const big = makeBloc(units, criteria, 3);
    const fake = new FakeExcel();
    await createExcelHost(fake.run, all).applyPlan(buildTemplatePlan(big.rubric, big.bloc));
    const bytes = fake.payloads.reduce((a, b) => a + b, 0);
    expect(fake.syncs).toBeLessThanOrEqual(3 + Math.floor(bytes / PAYLOAD_LIMIT));
    // what Excel enforces: 5 MB per request, every operation counted in UTF-8
    expect(Math.max(...fake.payloads)).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    expect(fake.sheets.length).toBe(1 + buildTemplatePlan(big.rubric, big.bloc).sheets.length);
  });

  it("asks before taking a sheet name the user already uses, writing nothing meanwhile", async () => {
    const fake = new FakeExcel(["Tổng hợp"]);
    fake.sheets[0].set(0, 0, "bảng của tôi");
    const host = createExcelHost(fake.run, all);
    const preview = await previewRegeneration(host, rubric, bloc);
    expect(preview.replacedForeign).toEqual(["Tổng hợp"]);
    const syncs = fake.syncs;
    expect(await applyRegeneration(host, preview, { confirmed: false, now: new Date(0), reason: "test" })).toEqual({ done: false, reason: "confirm" });
    expect(fake.syncs).toBe(syncs);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Tổng hợp"]);
    expect(fake.sheet("Tổng hợp")!.get(0, 0)).toBe("bảng của tôi");
  });

  it("leaves the user's sheets as they were when writing fails half-way, and removes its temporary sheets", async () => {
    const fake = userBook();
    // an operation in the middle of the build (sync 2)
    fake.failAtOp = 40;
    await expect(createExcelHost(fake.run, all).applyPlan(buildTemplatePlan(rubric, bloc))).rejects.toThrow(/GeneralException/);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Sổ tay"]);
    expect(fake.sheet("Sổ tay")!.get(0, 0)).toBe("ghi chú của người dùng");
  });

  it("replaces an earlier generation of the same sheets instead of adding duplicates", async () => {
    const fake = userBook();
    const host = createExcelHost(fake.run, all);
    const plan = buildTemplatePlan(rubric, bloc);
    await host.applyPlan(plan);
    const before = fake.syncs;
    await host.applyPlan(plan);
    expect(fake.syncs - before).toBeLessThanOrEqual(3);
    expect(fake.sheets.length).toBe(plan.sheets.length + 1);
  });

  it("skips Excel's own data validation and formats below their requirement sets but still writes every formula", async () => {
    const fake = new FakeExcel(["Sheet1"], { api: "1.1" });
    const host = createExcelHost(fake.run, fake.isSetSupported);
    expect(host.capabilities.dataValidation).toBe(false);
    const plan = buildTemplatePlan(rubric, bloc);
    await host.applyPlan(plan);
    expect(fake.sheets.flatMap((s) => s.validations)).toHaveLength(0);
    const summary = plan.sheets.find((s) => s.formulas.some((row) => row.some((f) => f !== null)))!;
    const formulaCount = summary.formulas.flat().filter((f) => f !== null).length;
    expect(formulaCells(fake, summary.name)).toBe(formulaCount);
    expect(fake.brokenReferences()).toEqual([]);
  });

  it("from ExcelApi 1.9 groups looks, locks and rules by Worksheet.getRanges, locking exactly the cells one range at a time does", async () => {
    const plan = buildTemplatePlan(rubric, bloc);
    const [perRange, grouped] = [new FakeExcel(["S"], { api: "1.8" }), new FakeExcel(["S"], { api: "1.12" })];
    for (const fake of [perRange, grouped]) await createExcelHost(fake.run, fake.isSetSupported).applyPlan(plan);
    for (const sheet of plan.sheets) {
      const [a, b] = [perRange.sheet(sheet.name)!, grouped.sheet(sheet.name)!];
      for (let r = 0; r < sheet.values.length + 2; r++) for (let c = 0; c < 20; c++) expect([sheet.name, r, c, b.isLocked(r, c)]).toEqual([sheet.name, r, c, a.isLocked(r, c)]);
      expect(b.validations.map((v) => v.address).sort()).toEqual(a.validations.map((v) => v.address).sort());
    }
    expect(grouped.payloads.reduce((x, y) => x + y, 0)).toBeLessThan(perRange.payloads.reduce((x, y) => x + y, 0));
  });

  it("sets Excel's data validation on input cells from ExcelApi 1.8", async () => {
    const fake = new FakeExcel();
    await createExcelHost(fake.run, all).applyPlan(buildTemplatePlan(rubric, bloc));
    expect(fake.sheets.flatMap((s) => s.validations).length).toBeGreaterThan(0);
  });
});

describe("snapshot and writeValues (Office.js host)", () => {
  it("reads the workbook back in at most 3 syncs (names, extents, cells), and the engine ranks the filled workbook as the fixture expects", async () => {
    const fake = userBook();
    const host = createExcelHost(fake.run, all);
    await host.applyPlan(buildTemplatePlan(rubric, bloc));
    const first = readWorkbook(await host.snapshot());
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const csv = parseScoresCsv(fixtureFile("scores.csv"));
    const entries = buildScoreBook(first.value.rubric, first.value.bloc, csv.rows).entries;
    const writesBefore = fake.syncs;
    await host.writeValues(fillWrites(first.value.rubric, first.value.bloc, first.value.sheets, entries));
    expect(fake.syncs - writesBefore).toBeLessThanOrEqual(2);

    const syncsBefore = fake.syncs;
    const snap = await host.snapshot();
    expect(fake.syncs - syncsBefore).toBeLessThanOrEqual(3);
    const read = readWorkbook(snap);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const book = buildScoreBook(read.value.rubric, read.value.bloc, read.value.rows);
    // no errors; the fixture's changed scores carry no reason (a warning at each reason cell)
    expect(new Set(book.findings.map((f) => f.code))).toEqual(new Set(["WARN_REASON_MISSING"]));
    for (const stage of ["bloc", "final"] as const) {
      const ranking = scoreBloc(book.book, stage, { numbers: read.value.votes });
      expect(JSON.parse(JSON.stringify({ stage: ranking.stage, units: ranking.units, ties: ranking.ties }))).toEqual(expected(stage));
    }
  });

  it("reads the user's selection as text in two syncs (its extent, then the cells inside the used range)", async () => {
    const fake = userBook();
    fake.selection = "A1:C5";
    const before = fake.syncs;
    const rows = await createExcelHost(fake.run, all).readSelection();
    expect(fake.syncs - before).toBe(2);
    expect(rows).toHaveLength(5);
    expect(rows[0][0]).toBe("ghi chú của người dùng");
    expect(rows[4][2]).toBe("42");
  });

  it("fills a 60 × 300 bloc's 37 000 cells in 2 syncs, in runs down each column, under the request limit", async () => {
    const big = makeBloc(60, 300, 1);
    const fake = new FakeExcel();
    const host = createExcelHost(fake.run, all);
    await host.applyPlan(buildTemplatePlan(big.rubric, big.bloc));
    const read = readWorkbook(await host.snapshot());
    if (!read.ok) throw new Error("unreadable");
    const book = buildScoreBook(read.value.rubric, read.value.bloc, parseScoresCsv(big.scoresCsv).rows);
    const writes = fillWrites(read.value.rubric, read.value.bloc, read.value.sheets, book.entries);
    expect(writes.length).toBeGreaterThan(30000);
    const [syncs, sent] = [fake.syncs, fake.payloads.length];
    await host.writeValues(writes);
    expect(fake.syncs - syncs).toBeLessThanOrEqual(2);
    expect(Math.max(...fake.payloads.slice(sent))).toBeLessThan(PAYLOAD_LIMIT);
    const again = readWorkbook(await host.snapshot());
    if (!again.ok) throw new Error("unreadable");
    expect(buildScoreBook(again.value.rubric, again.value.bloc, again.value.rows).entries).toHaveLength(book.entries.length);
  });

  it("reads cells of long text (backup chunks) in responses under Excel's 5 MB, halving a band Excel refuses", async () => {
    const fake = new FakeExcel(["Big"]);
    const host = createExcelHost(fake.run, fake.isSetSupported);
    const chunk = "ệ".repeat(30000); // 90 KB of UTF-8 per cell
    await host.writeValues(Array.from({ length: 120 }, (_, row) => ({ sheet: "Big", row, col: 0, value: `${row}:${chunk}` })));
    const from = fake.responses.length;
    const snap = await host.snapshot(["Big"]);
    expect(snap.sheets[0].values.map((r) => String(r[0]).split(":")[0])).toEqual(Array.from({ length: 120 }, (_, i) => String(i)));
    // the first guess (a few bytes a cell) was refused as too large; the halved bands were answered
    const responses = fake.responses.slice(from);
    expect(responses.some((r) => r > PAYLOAD_LIMIT_BYTES)).toBe(true);
    expect(responses.filter((r) => r <= PAYLOAD_LIMIT_BYTES).length).toBeGreaterThan(3);
  });

  it("refuses a batch naming a missing sheet before writing any of it", async () => {
    const fake = userBook();
    const host = createExcelHost(fake.run, all);
    await expect(
      host.writeValues([
        { sheet: "Sổ tay", row: 0, col: 0, value: 1 },
        { sheet: "Không có", row: 0, col: 0, value: 2 },
      ]),
    ).rejects.toThrow(/Không có/);
    expect(fake.sheet("Sổ tay")!.get(0, 0)).toBe("ghi chú của người dùng");
  });
});
