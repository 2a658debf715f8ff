import { readFileSync } from "node:fs";
import { openXlsx } from "../../src/hosts/xlsx/xlsxHost";
import { parseCellRef } from "../../src/workbook/a1";
import { blocJson, csvOf, rubricJson } from "../support/builders";
import { fixtureTexts } from "../support/fixture";
import { recalcXlsx, requireSoffice } from "../support/libreoffice";
import { errorCodes, sheet, tamper, validateBytes, where, workbookMap } from "../support/tamper";
import { fillBytes, generateBytes, writeTemp } from "../support/workbooks";

/**
 * LibreOffice opens the filled workbook, recalculates it and saves it: the copy holds cached results, TRUE() for
 * TRUE, the meta sheet merely hidden (and drops the quotes around sheet names that need none). None of that is an error; a cached
 * result that no longer matches the scores is.
 */
const fx = fixtureTexts();
const map = workbookMap(fx.rubric, fx.bloc);
let saved: Uint8Array;

beforeAll(async () => {
  requireSoffice();
  const filled = await fillBytes(await generateBytes(fx.rubric, fx.bloc), fx.scores);
  saved = new Uint8Array(readFileSync(recalcXlsx(writeTemp("khoi.xlsx", filled))));
}, 300_000);

describe("validateWorkbook on a copy re-saved by LibreOffice", () => {
  it("holds cached results and LibreOffice's rewrites (so the next test means something)", async () => {
    const snap = await (await openXlsx(saved)).snapshot();
    expect(snap.sheets.find((s) => s.name === "_thidua")?.visibility).toBe("hidden");
    const summary = snap.sheets.find((s) => s.name === map.sheets.summary)!;
    const total = parseCellRef(map.summaryCell("U01", "total"))!;
    expect(summary.values[total.row][total.col]).toBe(95.25);
    expect(summary.formulas.flat().some((f) => f?.includes("TRUE()"))).toBe(true);
  });

  it("finds no error in it: no changed formula, no stale result, no layout or rubric change", async () => {
    const out = await validateBytes(saved);
    expect([out.exit, errorCodes(out)]).toEqual([0, []]);
    expect(where(out, "WARN_SELF_GAP").map((f) => f.unit)).toEqual(["U08"]);
  });

  it("reports ERR_FORMULA_MISMATCH at U03's stale totals when a score is changed by a tool that keeps the old results", async () => {
    // U03 has no verified scores: its bloc score of C01 is final; 6.5 → 4.5 lowers section I and the total by 2
    const bytes = await tamper(saved, (wb) => void (sheet(wb, map.unitSheet("U03")).getCell(map.inputCell("C01", "bloc")).value = 4.5));
    const out = await validateBytes(bytes);
    expect([out.exit, errorCodes(out)]).toEqual([1, ["ERR_FORMULA_MISMATCH"]]);
    const stale = out.findings.filter((f) => f.code === "ERR_FORMULA_MISMATCH");
    const cells = stale.map((f) => [f.unit, f.source?.cell, f.params.column]);
    expect(cells).toEqual(expect.arrayContaining([
      ["U03", map.summaryCell("U03", "section:I"), "section:I"],
      ["U03", map.summaryCell("U03", "total"), "total"],
    ]));
    const total = stale.find((f) => f.params.column === "total")!;
    expect(total.params).toMatchObject({ found: 84.25, expected: 82.25 });
    expect(stale.every((f) => f.source?.sheet === map.sheets.summary)).toBe(true);
  });

  it("reports a cached rank edited inside the file (formula kept) as ERR_FORMULA_MISMATCH at that cell only", async () => {
    const cell = map.summaryCell("U05", "rank");
    const bytes = await tamper(saved, (wb) => {
      const c = sheet(wb, map.sheets.summary).getCell(cell);
      c.value = { formula: (c.value as { formula: string }).formula, result: 1 };
    });
    const out = await validateBytes(bytes);
    expect(out.findings.filter((f) => f.severity === "error").map((f) => [f.code, f.source?.cell, f.params.expected, f.params.found])).toEqual([["ERR_FORMULA_MISMATCH", cell, 2, 1]]);
  });

  it("reports a total typed over in the re-saved copy as a changed formula, not as a stale result", async () => {
    const cell = map.summaryCell("U02", "total");
    const bytes = await tamper(saved, (wb) => void (sheet(wb, map.sheets.summary).getCell(cell).value = 100));
    const out = await validateBytes(bytes);
    expect(where(out, "ERR_FORMULA_CHANGED")).toEqual([{ sheet: map.sheets.summary, cell, unit: "U02", item: undefined }]);
    expect(out.findings.some((f) => f.code === "ERR_FORMULA_MISMATCH" && f.source?.cell === cell)).toBe(false);
  });
});

describe("validateWorkbook on LibreOffice's copy of a bloc whose sheet names need no quotes", () => {
  it("finds no error although LibreOffice wrote U1!A1 where generation wrote 'U1'!A1", async () => {
    const bloc = { ...blocJson(["U1", "U2"]), units: [{ id: "U1", name: "U1" }, { id: "U2", name: "U2" }] };
    const values = { U1: { C1: 8, C2: 7.5, C3: 9, B1: 1 }, U2: { C1: 6, C2: 9.25, C3: 7, D1: 1 } };
    const filled = await fillBytes(await generateBytes(JSON.stringify(rubricJson()), JSON.stringify(bloc)), csvOf(values));
    const copy = new Uint8Array(readFileSync(recalcXlsx(writeTemp("khoi.xlsx", filled))));
    const summary = (await (await openXlsx(copy)).snapshot(["Tổng hợp"])).sheets[0];
    expect(summary.formulas.flat().some((f) => f !== null && /(^|[^'])U1!/.test(f))).toBe(true);
    const out = await validateBytes(copy);
    expect([out.exit, errorCodes(out)]).toEqual([0, []]);
  }, 300_000);
});
