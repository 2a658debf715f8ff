import type { Finding } from "../../domain/findings";
import type { Bloc } from "../../domain/types";
import { cellRef, rangeRef } from "../a1";
import type { SummaryLayout, UnitLayout } from "../layout";
import type { SheetNames } from "../metaSheet";
import type { RubricCell } from "./checkRubricCells";

export interface Places {
  readonly bloc: Bloc;
  readonly sheets: SheetNames;
  readonly unit: UnitLayout;
  readonly summary: SummaryLayout;
  /** where the rubric sheet shows each rubric field */
  readonly rubricCells: readonly RubricCell[];
}

/**
 * The cell a finding of the engine is about, for findings that came without one: a missing score's empty stage
 * cell(s), the criteria total of a self-score gap, a capped item's points, a unit's award or vote cell in
 * "Tổng hợp", a section maximum on the rubric sheet. A finding that already has a cell keeps it.
 */
export function locateFinding(f: Finding, at: Places): Finding {
  if (f.source?.sheet) return f;
  const where = place(f, at);
  return where ? { ...f, source: { ...f.source, ...where } } : f;
}

function place(f: Finding, at: Places): { sheet: string; cell: string } | null {
  const k = f.unit === undefined ? -1 : at.bloc.units.findIndex((u) => u.id === f.unit);
  const unitSheet = k >= 0 ? at.sheets.units[k] : undefined;
  const itemRow = f.item === undefined ? undefined : at.unit.items.find((it) => it.id === f.item)?.row;
  const c = at.unit.col;
  const summaryRow = (unit: string | undefined) => {
    const i = at.bloc.units.findIndex((u) => u.id === unit);
    return i >= 0 ? at.summary.firstUnitRow + i : undefined;
  };
  switch (f.code) {
    case "ERR_MISSING": {
      if (!unitSheet || itemRow === undefined) return null;
      // a measured criterion's missing target is typed in its target cell
      if (f.params.what === "target") return at.unit.measured ? { sheet: unitSheet, cell: cellRef(itemRow, c.target) } : null;
      if (f.stage) return { sheet: unitSheet, cell: cellRef(itemRow, c[`stage:${f.stage}`]) };
      const cols = at.unit.stages.map((s) => c[`stage:${s}`]);
      return { sheet: unitSheet, cell: rangeRef(itemRow, Math.min(...cols), itemRow, Math.max(...cols)) };
    }
    case "ERR_NOTHING_APPLICABLE":
      // the unit's criteria total, which has nothing to be brought back to the full scale from
      return unitSheet ? { sheet: unitSheet, cell: cellRef(at.unit.totals.criteria, c.points) } : null;
    case "WARN_SELF_GAP":
      return unitSheet && c["stage:self"] !== undefined ? { sheet: unitSheet, cell: cellRef(at.unit.totals.criteria, c["stage:self"]) } : null;
    case "WARN_CAPPED": {
      if (!unitSheet) return null;
      if (itemRow !== undefined) return { sheet: unitSheet, cell: cellRef(itemRow, c.points) };
      const block = f.params.group === "bonus" ? at.unit.bonus : at.unit.deductions;
      return block ? { sheet: unitSheet, cell: cellRef(block.titleRow, c.points) } : null;
    }
    case "WARN_SECTION_CAP": {
      const cell = at.rubricCells.find((r) => r.kind === "section" && r.id === f.params.section && r.field === "maxPoints");
      return cell ? { sheet: at.sheets.rubric, cell: cellRef(cell.row, cell.col) } : null;
    }
    case "WARN_TIE_UNRESOLVED":
    case "WARN_AWARD_STOPPED": {
      const units = Array.isArray(f.params.units) ? (f.params.units as readonly string[]) : [];
      const row = summaryRow(units[0]);
      return row === undefined ? null : { sheet: at.sheets.summary, cell: cellRef(row, at.summary.col.vote) };
    }
    case "WARN_AWARD_REQUIREMENT":
    case "WARN_AWARD_FULL":
    case "WARN_AWARD_VETOED": {
      const row = summaryRow(f.unit);
      return row === undefined ? null : { sheet: at.sheets.summary, cell: cellRef(row, at.summary.col.award) };
    }
    default:
      return null;
  }
}
