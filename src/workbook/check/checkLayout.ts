import { finding, type Finding } from "../../domain/findings";
import { cellRef } from "../a1";
import { HEADER_ROW, type UnitLayout } from "../layout";
import type { PlanSheet } from "../plan";
import { cellAt, type CellValue, type SheetSnapshot } from "../snapshot";

function label(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  return (typeof v === "object" ? v.error : String(v)).replace(/\s+/g, " ").trim();
}

/** Cells whose label pins a unit sheet's columns and rows: the header row, the bonus/deduction headers, the totals' names. */
export function unitLabelCells(layout: UnitLayout): { row: number; col: number }[] {
  const all = (row: number) => layout.keys.slice(0, layout.visibleColumns).map((_, col) => ({ row, col }));
  const t = layout.totals;
  return [
    ...all(HEADER_ROW),
    ...[layout.bonus, layout.deductions].flatMap((b) => (b ? all(b.headerRow) : [])),
    ...[t.criteria, t.bonus, t.deductions, t.total, t.status, t.veto].map((row) => ({ row, col: layout.col.name })),
  ];
}

/** The summary's header row, hidden helper columns included (their headers are their keys). */
export function summaryLabelCells(plan: PlanSheet): { row: number; col: number }[] {
  return (plan.values[HEADER_ROW] ?? []).map((_, col) => ({ row: HEADER_ROW, col }));
}

/**
 * ERR_LAYOUT at the first label that is not where generation put it: a column or row inserted, deleted or moved
 * shifts every cell after it, so one finding per sheet says it (the rest would only repeat it).
 */
export function checkLabels(expected: PlanSheet, found: SheetSnapshot, cells: readonly { row: number; col: number }[], unit?: string): Finding | null {
  for (let k = 0; k < cells.length; k++) {
    const { row, col } = cells[k];
    const wanted = expected.values[row]?.[col] ?? null;
    const had = cellAt(found, row, col);
    // the same value reads as the same label: no text to tidy on a sound sheet (this runs for every unit sheet)
    if (wanted === had) continue;
    const want = label(wanted);
    const have = label(had);
    if (want !== have) {
      const cell = cellRef(row, col);
      return finding("ERR_LAYOUT", { sheet: found.name, cell, expected: want, found: have }, { unit, source: { sheet: found.name, cell } });
    }
  }
  return null;
}
