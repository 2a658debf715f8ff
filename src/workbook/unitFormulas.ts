import { absRef, cellRef, formulaNumber, formulaText } from "./a1";
import type { UnitLayout } from "./layout";

/**
 * The formulas of a unit sheet (DESIGN.md's scoring model, final stage). Every number that is later compared
 * goes through ROUND(…, 6): exact subtotals are multiples of a millionth, so rounding removes float drift
 * without changing any value.
 */

/** The value of the latest stage that has a number, else `fallback` (stage precedence at `final`). */
export function latestStage(layout: UnitLayout, row: number, fallback: string): string {
  const cols = layout.stages.map((s) => layout.col[`stage:${s}`]);
  return cols.reduce((inner, c) => `IF(ISNUMBER(${cellRef(row, c)}),${cellRef(row, c)},${inner})`, fallback);
}

export function criterionPoints(layout: UnitLayout, row: number): string {
  const v = cellRef(row, layout.col.final);
  return `IF(ISNUMBER(${v}),ROUND(${v}*${cellRef(row, layout.col.weight)},6),"")`;
}

/** A section's capped subtotal of one column of scores (a stage's, or the final weighted points). */
export function sectionAtStage(layout: UnitLayout, section: { row: number; first: number; last: number }, col: number): string {
  const w = layout.col.weight;
  const scores = `${cellRef(section.first, col)}:${cellRef(section.last, col)}`;
  const weights = `${absRef(section.first, w)}:${absRef(section.last, w)}`;
  return `MIN(${cellRef(section.row, layout.col.max)},ROUND(SUMPRODUCT(${scores},${weights}),6))`;
}

export function sectionFinal(layout: UnitLayout, section: { row: number; first: number; last: number }): string {
  const p = layout.col.points;
  return `MIN(${cellRef(section.row, layout.col.max)},ROUND(SUM(${cellRef(section.first, p)}:${cellRef(section.last, p)}),6))`;
}

/** points = min(item cap, count × points per event); no cap when the rubric has none. */
export function eventPoints(layout: UnitLayout, row: number, capped: boolean): string {
  const raw = `ROUND(${cellRef(row, layout.col.final)}*${cellRef(row, layout.col.weight)},6)`;
  return capped ? `MIN(${cellRef(row, layout.col.max)},${raw})` : raw;
}

export function groupPoints(layout: UnitLayout, block: { titleRow: number; first: number; last: number }, capped: boolean): string {
  const p = layout.col.points;
  const sum = `ROUND(SUM(${cellRef(block.first, p)}:${cellRef(block.last, p)}),6)`;
  return capped ? `MIN(${cellRef(block.titleRow, layout.col.max)},${sum})` : sum;
}

export function sumOfSections(layout: UnitLayout, col: number): string {
  return `ROUND(SUM(${layout.sections.map((s) => cellRef(s.row, col)).join(",")}),6)`;
}

/** The exact total: capped sections + capped bonus − capped deductions. */
export function exactTotal(layout: UnitLayout): string {
  const p = layout.col.points;
  const t = layout.totals;
  return `ROUND(${cellRef(t.criteria, p)}+${cellRef(t.bonus, p)}-${cellRef(t.deductions, p)},6)`;
}

export function roundedTotal(layout: UnitLayout, decimals: number): string {
  return `ROUND(${cellRef(layout.totals.total, layout.col.helper)},${decimals})`;
}

function criteriaFinals(layout: UnitLayout): string {
  const first = layout.sections[0].row;
  const last = layout.sections[layout.sections.length - 1].last;
  return `${cellRef(first, layout.col.final)}:${cellRef(last, layout.col.final)}`;
}

/** 1 when every criterion has a value at some stage, else 0. */
export function completeFlag(layout: UnitLayout, criteria: number): string {
  return `IF(COUNT(${criteriaFinals(layout)})=${criteria},1,0)`;
}

export function statusText(layout: UnitLayout, criteria: number, complete: string, before: string, after: string): string {
  const flag = cellRef(layout.totals.status, layout.col.helper);
  return `IF(${flag}=1,${formulaText(complete)},${formulaText(before)}&(${criteria}-COUNT(${criteriaFinals(layout)}))&${formulaText(after)})`;
}

/** 1 when a vetoing deduction item has a final count above 0. */
export function vetoFlag(layout: UnitLayout, vetoRows: readonly number[]): string | null {
  if (vetoRows.length === 0) return null;
  return `IF(OR(${vetoRows.map((r) => `${cellRef(r, layout.col.final)}>0`).join(",")}),1,0)`;
}

export function flagText(layout: UnitLayout, row: number, yes: string, no: string): string {
  return `IF(${cellRef(row, layout.col.helper)}=1,${formulaText(yes)},${formulaText(no)})`;
}

// ---------------------------------------------------------------------------------------------- guard rails

/** Conditional-format rule for score cells (relative to `row`, `col`): text, negative, above maximum, off step. */
export function scoreErrorRule(layout: UnitLayout, row: number, col: number, step: number): string {
  const v = cellRef(row, col);
  const max = `$${cellRef(row, layout.col.max)}`;
  const s = formulaNumber(step);
  return `OR(ISTEXT(${v}),AND(ISNUMBER(${v}),OR(${v}<0,${v}>${max},ABS(${v}/${s}-ROUND(${v}/${s},0))>0.000001)))`;
}

/** A criterion with no value at any stage: its empty stage cells are flagged. */
export function missingRule(layout: UnitLayout, row: number, col: number): string {
  const cols = layout.stages.map((s) => layout.col[`stage:${s}`]);
  const first = Math.min(...cols);
  const last = Math.max(...cols);
  return `AND(ISBLANK(${cellRef(row, col)}),COUNT($${cellRef(row, first)}:$${cellRef(row, last)})=0)`;
}

export function countErrorRule(row: number, col: number): string {
  const v = cellRef(row, col);
  return `OR(ISTEXT(${v}),AND(ISNUMBER(${v}),OR(${v}<0,${v}<>INT(${v}))))`;
}
