import { readFileSync } from "node:fs";
import { parseRubric } from "../../src/domain/rubricRules";
import { workbookLabels } from "../../src/i18n/workbook";
import { unitLayout } from "../../src/workbook/layout";
import { cellAt } from "../../src/workbook/snapshot";
import { measuredTexts } from "../support/fixture";
import { parseQ, roundQ, toNumber } from "../support/rational";
import { recalcSheetsWithGnumeric } from "../support/gnumeric";
import { recalcMany } from "../support/libreoffice";
import { errorCodes, validateBytes } from "../support/tamper";
import { measuredQ, refValuesOfCsv, treeReference } from "../support/treeReference";
import { fillBytes, generateBytes, sheetOf, summaryRows, writeTemp } from "../support/workbooks";

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * LibreOffice recalculates the measured fixture's workbook from scratch: every measured row's points and "Tổng
 * hợp"'s results must be the independent reference's (test/support/treeReference.ts), never the engine's own.
 */
const L = workbookLabels.vi;
const t = measuredTexts();
const rubricJson = JSON.parse(t.rubric);
const blocJson = JSON.parse(t.bloc);
const parsed = parseRubric(rubricJson);
if (!parsed.ok) throw new Error("rubric");
const layout = unitLayout(parsed.value);
const values = refValuesOfCsv(t.scores);

let recalculated: Uint8Array;
let file = "";
beforeAll(async () => {
  file = writeTemp("measured.xlsx", await fillBytes(await generateBytes(t.rubric, t.bloc), t.scores));
  recalculated = new Uint8Array(readFileSync(recalcMany([file])[0]));
}, 300_000);

/** a cell holding an exact subtotal, rounded as the JSON reports it (the cell shows it so through its format) */
const rounded = (v: unknown) => (typeof v === "number" ? toNumber(roundQ(parseQ(v.toFixed(6)), rubricJson.scale.decimals)) : shown(v));
const shown = (v: unknown) => (v === null || v === undefined || v === "" ? null : typeof v === "number" ? Math.round(v * 1e6) / 1e6 : String(v));

describe("LibreOffice recalculating a workbook with measured criteria", () => {
  it("shows each measured criterion's points as the reference computes them", async () => {
    const measured = rubricJson.sections.flatMap((s: any) => s.criteria).filter((c: any) => c.measure);
    for (const unit of blocJson.units) {
      const sheet = await sheetOf(recalculated, unit.name);
      for (const c of measured) {
        const row = layout.items.find((i) => i.id === c.id)!.row;
        const byStage = values.get(unit.id)?.get(c.id);
        const actual = byStage?.get("bloc") ?? byStage?.get("self");
        const target = byStage?.get("target");
        let want: number | null = null;
        if (actual !== undefined && actual.toLowerCase() === "na") want = c.notApplicable === "full" ? c.maxPoints * (c.weight ?? 1) : 0;
        else if (actual !== undefined && target !== undefined) {
          want = toNumber(roundQ(roundQ(measuredQ(c.measure, parseQ(c.maxPoints), parseQ(actual), parseQ(target)), 6), 6)) * (c.weight ?? 1);
        }
        expect([unit.id, c.id, shown(cellAt(sheet, row, layout.col.points))]).toEqual([unit.id, c.id, want === null ? null : shown(want)]);
      }
    }
  });

  it("shows the reference's results in Tổng hợp", async () => {
    expect(shownSummary(summaryRows(await sheetOf(recalculated, "Tổng hợp")))).toEqual(referenceSummary());
  });

  it("Gnumeric recalculating it from scratch shows the same", () => {
    const table = recalcSheetsWithGnumeric(file).get("Tổng hợp")!;
    const head = table.findIndex((r) => r.includes("Đơn vị") && r.includes("Xếp hạng"));
    const header = table[head];
    const numeric = (v: string) => (/^-?\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : v);
    const rows = table
      .slice(head + 1)
      .filter((r) => r[header.indexOf("Mã")])
      .map((r) => ({ id: r[header.indexOf("Mã")], cells: Object.fromEntries(header.map((h, i) => [h, numeric(r[i] ?? "")])) }));
    expect(shownSummary(rows)).toEqual(referenceSummary());
  });
});

/** "Tổng hợp"'s rows as comparable values (subtotals rounded as the JSON reports them). */
function shownSummary(rows: readonly { id: string; cells: Readonly<Record<string, unknown>> }[]) {
  return rows.map((r) => ({
      id: r.id,
      sections: rubricJson.sections.map((s: any) => rounded(r.cells[L.summary.section(s.id)])),
      bonus: rounded(r.cells[L.summary.bonus]),
      deductions: rounded(r.cells[L.summary.deductions]),
      total: shown(r.cells[L.summary.total]),
      rank: shown(r.cells[L.summary.rank]),
      place: shown(r.cells[L.summary.place]),
      classification: shown(r.cells[L.summary.classification]),
      award: shown(r.cells[L.summary.award]),
  }));
}

/** The independent reference's final results in the same shape, in bloc order. */
function referenceSummary() {
  const ref = treeReference(rubricJson, blocJson, values, "final");
  const awardLabel = new Map(rubricJson.awards.map((a: any) => [a.id, a.label]));
  return blocJson.units.map((u: any) => {
      const x = ref.units.find((v) => v.id === u.id)!;
      return {
        id: u.id,
        sections: rubricJson.sections.map((s: any) => shown(x.sections[s.id])),
        bonus: shown(x.bonus),
        deductions: shown(x.deductions),
        total: shown(x.total),
        rank: shown(x.rank),
        place: shown(x.place),
        classification: shown(x.classification),
        award: x.award === null ? null : shown(awardLabel.get(x.award)),
      };
  });
}

describe("validate after LibreOffice", () => {
  it("validate finds LibreOffice's cached results equal to the engine's and the formulas unchanged", async () => {
    expect(errorCodes(await validateBytes(recalculated))).toEqual(["ERR_MISSING"]);
  });
});
