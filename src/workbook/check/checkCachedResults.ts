import { fromMicro } from "../../domain/fixed";
import { finding, type Finding } from "../../domain/findings";
import type { Ranking } from "../../domain/scoreBloc";
import type { Rubric, Unit } from "../../domain/types";
import type { UnitTotals } from "../../domain/unitTotals";
import type { WorkbookLabels } from "../../i18n/workbook";
import { cellRef } from "../a1";
import type { SummaryLayout } from "../layout";
import type { CellScalar } from "../plan";
import { cellAt, type SheetSnapshot } from "../snapshot";

/** What each result cell of a unit's row in "Tổng hợp" must show, by column key: "" where the formula shows nothing. */
export type ExpectedRow = Readonly<Record<string, CellScalar>>;

/**
 * The engine's final results as the summary's formulas spell them, one row per unit in bloc order: exact
 * subtotals (the cells hold them unrounded), the rounded total, the rank, and the place, classification and award
 * labels of the workbook's language.
 */
export function expectedSummaryRows(rubric: Rubric, units: readonly Unit[], totals: readonly UnitTotals[], ranking: Ranking, labels: WorkbookLabels): ExpectedRow[] {
  const results = new Map(ranking.units.map((u) => [u.id, u]));
  const awardLabel = new Map(rubric.awards.map((a) => [a.id, a.label]));
  return units.map((unit, i) => {
    const t = totals[i];
    const r = results.get(unit.id);
    const row: Record<string, CellScalar> = {};
    rubric.sections.forEach((s, si) => (row[`section:${s.id}`] = fromMicro(t.sections[si])));
    // (these two columns exist only for rubrics with `rescale` criteria; absent keys are skipped)
    row.criteria = fromMicro(t.criteriaPoints);
    // nothing applicable: the cell says so instead of dividing by zero
    row.scaled = t.warnings.some((w) => w.code === "ERR_NOTHING_APPLICABLE") ? labels.unit.nothingApplicable : fromMicro(t.criteriaTotal);
    row.bonus = fromMicro(t.bonus);
    row.deductions = fromMicro(t.deductions);
    if (!r) return row;
    row.total = r.total;
    row.rank = r.rank ?? "";
    row.place = r.rank !== null && r.rank <= labels.places.length ? labels.places[r.rank - 1] : "";
    row.classification = r.classification ?? "";
    row.award = r.award === null ? "" : (awardLabel.get(r.award) ?? r.award);
    return row;
  });
}

function same(expected: CellScalar, found: CellScalar): boolean {
  if (typeof expected === "number") return typeof found === "number" && Math.abs(found - expected) < 5e-7;
  const text = (v: CellScalar) => (v === null ? "" : String(v).trim());
  return text(expected) === text(found);
}

/**
 * ERR_FORMULA_MISMATCH where a result cell of "Tổng hợp" holds a cached result that differs from the engine's.
 * A cell without a cached result (a file written by `generate` or by `fill`, which drops them) says nothing and is
 * skipped; so are cells `skip` names (already reported as overwritten formulas).
 */
export function checkCachedResults(sheet: SheetSnapshot, layout: SummaryLayout, units: readonly Unit[], expected: readonly ExpectedRow[], skip: (cell: string) => boolean = () => false): Finding[] {
  const out: Finding[] = [];
  units.forEach((unit, k) => {
    const row = layout.firstUnitRow + k;
    for (const [key, want] of Object.entries(expected[k] ?? {})) {
      const col = layout.col[key];
      if (col === undefined) continue;
      const cell = cellRef(row, col);
      const v = cellAt(sheet, row, col);
      if (v === null || skip(cell)) continue;
      const found = typeof v === "object" ? v.error : v;
      if (!same(want, found)) out.push(finding("ERR_FORMULA_MISMATCH", { column: key, expected: want, found }, { unit: unit.id, source: { sheet: sheet.name, cell } }));
    }
  });
  return out;
}
