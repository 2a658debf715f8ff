import { fromMicro } from "../domain/fixed";
import { nodeMax } from "../domain/rubricTree";
import type { Criterion, Measure } from "../domain/types";
import { absRef, cellRef, formulaNumber } from "./a1";
import type { UnitLayout } from "./layout";
import { isKad } from "./unitFormulas";

/**
 * The formulas of a measured criterion's row (DESIGN.md part 2): its points from the actual in a stage (or final)
 * cell and the unit's target, as the engine counts them (src/domain/measured.ts), with Excel 2010 + LibreOffice
 * functions only. Points are ROUND(…, 6) before and after the weight, like the engine; bands compare
 * ROUND(actual × 100, 6) with ROUND(minPercent × target, 6) (lower is better: the other way round), never a
 * quotient. IF evaluates only the branch it takes, so an actual of 0 never divides.
 */

const num = formulaNumber;

/** TRUE when the target cell holds a usable target: a number above 0. */
export function targetOk(layout: UnitLayout, row: number): string {
  const t = absRef(row, layout.col.target);
  return `AND(ISNUMBER(${t}),${t}>0)`;
}

/** The rule's points before the weight, unrounded, for actual `v` (a cell) and the row's target. */
function rulePoints(m: Measure, maxPoints: number, v: string, t: string): string {
  const max = num(maxPoints);
  const lower = m.lowerIsBetter === true;
  if (m.shape === "bands") {
    const bands = m.bands ?? [];
    const reached = ([p]: readonly [number, number]) =>
      lower ? `ROUND(${t}*100,6)>=ROUND(${num(p)}*${v},6)` : `ROUND(${v}*100,6)>=ROUND(${num(p)}*${t},6)`;
    return bands.reduceRight((inner, band) => `IF(${reached(band)},${num(band[1])},${inner})`, "0");
  }
  const extra = m.perPercentAbove !== undefined && m.maxAbove !== undefined;
  if (!lower) {
    const over = extra ? `+MIN(${num(m.maxAbove!)},${num(m.perPercentAbove!)}*100*(${v}-${t})/${t})` : "";
    return `IF(${v}>=${t},${max}${over},${max}*${v}/${t})`;
  }
  // lower is better: an actual of 0 is the best result there is (maxPoints, plus maxAbove with the extra)
  const over = extra ? `+IF(${v}=0,${num(m.maxAbove!)},MIN(${num(m.maxAbove!)},${num(m.perPercentAbove!)}*100*(${t}-${v})/${v}))` : "";
  return `IF(${v}<=${t},${max}${over},${max}*${t}/${v})`;
}

/** weight × ROUND6(points), ROUND6 again: what the criterion adds to its group for actual `v`. */
export function measuredWeighted(layout: UnitLayout, row: number, c: Criterion, v: string): string {
  const points = `ROUND(${rulePoints(c.measure!, c.maxPoints, v, absRef(row, layout.col.target))},6)`;
  return `ROUND(${points}*${absRef(row, layout.col.weight)},6)`;
}

/** The row's points at final: "" without an actual or a usable target; KAD counts as for any criterion. */
export function measuredPointsCell(layout: UnitLayout, row: number, c: Criterion): string {
  const v = cellRef(row, layout.col.final);
  const counted = `IF(AND(ISNUMBER(${v}),${targetOk(layout, row)}),${measuredWeighted(layout, row, c, v)},`;
  if (!c.notApplicable) return `${counted}"")`;
  const na = c.notApplicable === "full" ? num(fromMicro(nodeMax(c))) : "0";
  return `${counted}IF(${isKad(v)},${na},""))`;
}

/** The term a measured child adds to its group's subtotal at one stage column (0 without actual or target). */
export function measuredStageTerm(layout: UnitLayout, row: number, c: Criterion, col: number): string {
  const v = cellRef(row, col);
  const na = c.notApplicable === "full" ? `IF(${isKad(v)},${num(fromMicro(nodeMax(c)))},0)` : "0";
  return `IF(AND(ISNUMBER(${v}),${targetOk(layout, row)}),${measuredWeighted(layout, row, c, v)},${na})`;
}

/** Achievement in percent at final, 2 decimals, for reading; "" when it can't be computed (or is infinite). */
export function percentCell(layout: UnitLayout, row: number, c: Criterion): string {
  const v = cellRef(row, layout.col.final);
  const t = absRef(row, layout.col.target);
  const ratio = c.measure!.lowerIsBetter === true ? `IF(${v}=0,"",ROUND(${t}/${v}*100,2))` : `ROUND(${v}/${t}*100,2)`;
  return `IF(AND(ISNUMBER(${v}),${targetOk(layout, row)}),${ratio},"")`;
}

/** 1 when the row has an actual but no usable target: the criterion is not yet complete. */
export function targetMissingFlag(layout: UnitLayout, row: number): string {
  return `IF(AND(ISNUMBER(${cellRef(row, layout.col.final)}),NOT(${targetOk(layout, row)})),1,0)`;
}

/** Data validation of a target cell (relative to `row`): a number above 0. */
export function targetRule(row: number, col: number): string {
  const t = cellRef(row, col);
  return `AND(ISNUMBER(${t}),${t}>0)`;
}

/** Data validation of an actual that accepts KAD: a number ≥ 0, or KAD. */
export function actualOrKadRule(row: number, col: number): string {
  const v = cellRef(row, col);
  return `OR(AND(ISNUMBER(${v}),${v}>=0),${isKad(v)})`;
}

/** Conditional format of actual cells: text (other than KAD when allowed) or a negative number. */
export function actualErrorRule(row: number, col: number, kad: boolean): string {
  const v = cellRef(row, col);
  const text = kad ? `AND(ISTEXT(${v}),NOT(${isKad(v)}))` : `ISTEXT(${v})`;
  return `OR(${text},AND(ISNUMBER(${v}),${v}<0))`;
}

/** Conditional format of a target cell: text, or a number not above 0. */
export function targetErrorRule(row: number, col: number): string {
  const t = cellRef(row, col);
  return `OR(ISTEXT(${t}),AND(ISNUMBER(${t}),${t}<=0))`;
}

/** Conditional format of an empty target cell while the row counts an actual (KAD needs no target). */
export function targetMissingRule(layout: UnitLayout, row: number, col: number): string {
  return `AND(ISBLANK(${cellRef(row, col)}),ISNUMBER($${cellRef(row, layout.col.final)}))`;
}
