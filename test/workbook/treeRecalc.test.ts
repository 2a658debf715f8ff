import { readFileSync } from "node:fs";
import { makeTreeBloc } from "../../bench/makeTree";
import { parseBloc } from "../../src/domain/blocRules";
import { fromMicro } from "../../src/domain/fixed";
import { scoreBloc } from "../../src/domain/scoreBloc";
import { buildScoreBook } from "../../src/domain/scoreBook";
import { parseScoresCsv } from "../../src/domain/scoresCsv";
import type { Rubric } from "../../src/domain/types";
import { unitTotals } from "../../src/domain/unitTotals";
import { parseRubric } from "../../src/domain/rubricRules";
import { workbookLabels } from "../../src/i18n/workbook";
import { parseCsv, recalcSheetsWithGnumeric } from "../support/gnumeric";
import { recalcFirstSheetCsv, recalcMany } from "../support/libreoffice";
import { nothingApplicableTexts, treeTexts } from "../support/treeCase";
import { errorCodes, validateBytes } from "../support/tamper";
import { fillBytes, generateBytes, sheetOf, summaryRows, writeTemp } from "../support/workbooks";

/**
 * Two real spreadsheet engines must agree with ours on trees: each workbook is generated and filled, then
 * recalculated from scratch by headless LibreOffice and by Gnumeric (ssconvert --recalc), and every shown result
 * of "Tổng hợp" — sections, criteria total and its rescaled value, bonus, deductions, total, rank, place,
 * classification, award — is compared with the engine's final ranking of the same CSV.
 */

type Row = Readonly<Record<string, unknown>>;

interface Case {
  readonly name: string;
  readonly rubric: Rubric;
  readonly file: string;
  readonly expected: Map<string, Row>;
}

const L = workbookLabels.vi;

function parsed<T>(r: { ok: true; value: T } | { ok: false }): T {
  if (!r.ok) throw new Error("bad input");
  return r.value;
}

/** The engine's final results as "Tổng hợp" shows them, by unit id and header. */
function engineRows(rubric: Rubric, blocText: string, csv: string): Map<string, Row> {
  const bloc = parsed(parseBloc(JSON.parse(blocText)));
  const { book } = buildScoreBook(rubric, bloc, parseScoresCsv(csv).rows);
  const ranking = scoreBloc(book, "final");
  const awardLabel = new Map(rubric.awards.map((a) => [a.id, a.label]));
  const out = new Map<string, Row>();
  bloc.units.forEach((unit, i) => {
    const t = unitTotals(book, i, "final");
    const u = ranking.units.find((x) => x.id === unit.id)!;
    const nothing = t.warnings.some((w) => w.code === "ERR_NOTHING_APPLICABLE");
    out.set(unit.id, {
      ...Object.fromEntries(rubric.sections.map((s) => [L.summary.section(s.id), u.sections[s.id]])),
      [L.summary.criteria]: fromMicro(t.criteriaPoints),
      [L.summary.scaled]: nothing ? L.unit.nothingApplicable : fromMicro(t.criteriaTotal),
      [L.summary.bonus]: u.bonus,
      [L.summary.deductions]: u.deductions,
      [L.summary.total]: u.total,
      [L.summary.rank]: u.rank,
      [L.summary.place]: u.place,
      [L.summary.classification]: u.classification,
      [L.summary.award]: u.award === null ? null : (awardLabel.get(u.award) ?? u.award),
    });
  });
  return out;
}

/** A shown cell as a comparable value: numbers to 6 decimals, "" as null, numeric text (Gnumeric's CSV) as a number. */
function shown(v: unknown): unknown {
  if (v === undefined || v === null || v === "") return null;
  const n = typeof v === "number" ? v : typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : null;
  return n === null ? String(v).trim() : Math.round(n * 1e6) / 1e6;
}

function compare(c: Case, rows: readonly { id: string; cells: Readonly<Record<string, unknown>> }[]): void {
  expect(rows.map((r) => r.id).sort()).toEqual([...c.expected.keys()].sort());
  for (const r of rows) {
    const want = c.expected.get(r.id)!;
    const got = Object.fromEntries(Object.keys(want).map((h) => [h, shown(r.cells[h])]));
    expect({ case: c.name, id: r.id, ...got }).toEqual({ case: c.name, id: r.id, ...Object.fromEntries(Object.entries(want).map(([h, v]) => [h, shown(v)])) });
  }
}

/** "Tổng hợp" of Gnumeric's CSV, read like summaryRows reads a sheet: the one header row, then a row per unit. */
function csvSummaryRows(table: readonly string[][]): { id: string; cells: Record<string, string> }[] {
  const head = table.findIndex((r) => ["Đơn vị", "Tổng điểm", "Xếp hạng"].every((h) => r.includes(h)));
  if (head < 0) throw new Error("no header row in Gnumeric's Tổng hợp");
  const header = table[head];
  const out: { id: string; cells: Record<string, string> }[] = [];
  for (const r of table.slice(head + 1)) {
    const id = r[header.indexOf("Mã")];
    if (!id) break;
    out.push({ id, cells: Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""])) });
  }
  return out;
}

const cases = new Map<string, Case>();
const lo = new Map<string, Uint8Array>();
let bigSummary: string[][] = [];

async function addCase(name: string, rubricText: string, blocText: string, csv: string): Promise<void> {
  const rubric = parsed(parseRubric(JSON.parse(rubricText)));
  const bytes = await fillBytes(await generateBytes(rubricText, blocText), csv);
  cases.set(name, { name, rubric, file: writeTemp(`${name}.xlsx`, bytes), expected: engineRows(rubric, blocText, csv) });
}

beforeAll(async () => {
  const t = treeTexts();
  await addCase("tree", t.rubric, t.bloc, t.scores);
  const n = nothingApplicableTexts();
  await addCase("nothing-applicable", n.rubric, n.bloc, n.scores);
  const list = [...cases.values()];
  recalcMany(list.map((c) => c.file)).forEach((out, i) => lo.set(list[i].name, new Uint8Array(readFileSync(out))));
  // the big one: only "Tổng hợp" comes back, as CSV (re-saving 60 sheets as .xlsx costs LibreOffice more than the recalculation)
  const big = makeTreeBloc(60, 120, 1);
  await addCase("tree-60x120", JSON.stringify(big.rubric), JSON.stringify(big.bloc), big.scoresCsv);
  bigSummary = parseCsv(recalcFirstSheetCsv(cases.get("tree-60x120")!.file));
}, 600_000);

describe("LibreOffice and Gnumeric recalculating a tree workbook", () => {
  it("LibreOffice shows the engine's results on the tree fixture (na full and rescale, caps at nested groups, a nested tie-break)", async () => {
    const c = cases.get("tree")!;
    compare(c, summaryRows(await sheetOf(lo.get("tree")!, "Tổng hợp")));
  });

  it("validate finds LibreOffice's cached results equal to the engine's, formulas unchanged (no ERR_FORMULA_MISMATCH/CHANGED)", async () => {
    const out = await validateBytes(lo.get("tree")!);
    expect(errorCodes(out)).toEqual(["ERR_MISSING"]);
  });

  it("Gnumeric shows the engine's results on the tree fixture", () => {
    const c = cases.get("tree")!;
    compare(c, csvSummaryRows(recalcSheetsWithGnumeric(c.file).get("Tổng hợp")!));
  });

  it("both show a unit with nothing applicable as incomplete, with the message instead of a rescaled total", async () => {
    const c = cases.get("nothing-applicable")!;
    expect(c.expected.get("A2")![L.summary.scaled]).toBe(L.unit.nothingApplicable);
    expect(c.expected.get("A2")![L.summary.rank]).toBeNull();
    compare(c, summaryRows(await sheetOf(lo.get("nothing-applicable")!, "Tổng hợp")));
    compare(c, csvSummaryRows(recalcSheetsWithGnumeric(c.file).get("Tổng hợp")!));
  });

  it("LibreOffice agrees on a 60-unit bloc with a 4-level, 120-criterion tree", () => {
    const c = cases.get("tree-60x120")!;
    compare(c, csvSummaryRows(bigSummary));
  });
});
