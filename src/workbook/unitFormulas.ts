import { fromMicro } from "../domain/fixed";
import { nodeMax } from "../domain/rubricTree";
import type { Criterion } from "../domain/types";
import { absRef, cellRef, formulaNumber, formulaText } from "./a1";
import { NOT_APPLICABLE_CELL, type NodeRow, type UnitLayout } from "./layout";
import { measuredStageTerm } from "./measuredFormulas";

/**
 * The formulas of a unit sheet (DESIGN.md's scoring model, parts 1 and 2). Every number that is later compared
 * goes through ROUND(…, 6): exact subtotals are multiples of a millionth, so rounding removes float drift
 * without changing any value. A stage cell of a criterion with `notApplicable` may hold the text KAD (trimmed,
 * any case); the final column then shows "KAD" and the points follow `full` or `rescale`.
 */

const KAD = formulaText(NOT_APPLICABLE_CELL);

/** TRUE when a cell holds KAD, trimmed, any case (a number gives FALSE: TRIM turns it into its digits). */
export function isKad(ref: string): string {
  return `UPPER(TRIM(${ref}))=${KAD}`;
}

function stageCols(layout: UnitLayout): number[] {
  return layout.stages.map((s) => layout.col[`stage:${s}`]);
}

/**
 * The value of the latest stage that has one, else `fallback` (stage precedence at `final`). With `kad`, a KAD
 * counts as a value, so a later stage's KAD overrules an earlier score and a later score an earlier KAD.
 */
export function latestStage(layout: UnitLayout, row: number, fallback: string, kad = false): string {
  return stageCols(layout).reduce((inner, c) => {
    const v = cellRef(row, c);
    return kad ? `IF(ISNUMBER(${v}),${v},IF(${isKad(v)},${KAD},${inner}))` : `IF(ISNUMBER(${v}),${v},${inner})`;
  }, fallback);
}

/** A criterion's maximum × weight, as a formula constant. */
function maxWeighted(c: Criterion): string {
  return formulaNumber(fromMicro(nodeMax(c)));
}

/** points = score × weight; KAD counts the maximum (`full`) or nothing (`rescale`); "" without a value. */
export function criterionPoints(layout: UnitLayout, row: number, c?: Criterion): string {
  const v = cellRef(row, layout.col.final);
  const scored = `ROUND(${v}*${cellRef(row, layout.col.weight)},6)`;
  if (!c?.notApplicable) return `IF(ISNUMBER(${v}),${scored},"")`;
  const na = c.notApplicable === "full" ? maxWeighted(c) : "0";
  return `IF(ISNUMBER(${v}),${scored},IF(${v}=${KAD},${na},""))`;
}

/** Splits a group's children into runs of consecutive plain criteria, other criteria and child groups. */
function childParts(layout: UnitLayout, group: NodeRow): { runs: [number, number][]; others: NodeRow[] } {
  const byRow = nodeIndex(layout);
  const runs: [number, number][] = [];
  const others: NodeRow[] = [];
  for (const r of group.children) {
    const n = byRow.get(r)!;
    const plain = !n.group && !(n.node as Criterion).notApplicable && !(n.node as Criterion).measure;
    const last = runs[runs.length - 1];
    if (plain && last && last[1] === r - 1) last[1] = r;
    else if (plain) runs.push([r, r]);
    else others.push(n);
  }
  return { runs, others };
}

const indexes = new WeakMap<UnitLayout, Map<number, NodeRow>>();

function nodeIndex(layout: UnitLayout): Map<number, NodeRow> {
  let m = indexes.get(layout);
  if (!m) {
    m = new Map(layout.nodes.map((n) => [n.row, n]));
    indexes.set(layout, m);
  }
  return m;
}

/** Cells and ranges of `rows` in one column, consecutive rows merged into ranges: "H5:H9,H12". */
function compressed(rows: readonly number[], col: number): string {
  const parts: string[] = [];
  let start = rows[0];
  for (let i = 1; i <= rows.length; i++) {
    if (i < rows.length && rows[i] === rows[i - 1] + 1) continue;
    const end = rows[i - 1];
    parts.push(start === end ? cellRef(start, col) : `${cellRef(start, col)}:${cellRef(end, col)}`);
    start = rows[i];
  }
  return parts.join(",");
}

/**
 * A group's capped subtotal of one stage's scores: min(max, Σ children), a child group by its own cell in the
 * column, plain criteria as SUMPRODUCT(scores, weights), a criterion with `notApplicable` one by one.
 */
export function groupAtStage(layout: UnitLayout, group: NodeRow, col: number): string {
  const w = layout.col.weight;
  const { runs, others } = childParts(layout, group);
  const terms = runs.map(([a, b]) => `SUMPRODUCT(${cellRef(a, col)}:${cellRef(b, col)},${absRef(a, w)}:${absRef(b, w)})`);
  for (const n of others) {
    const v = cellRef(n.row, col);
    if (n.group) terms.push(v);
    else if ((n.node as Criterion).measure) terms.push(measuredStageTerm(layout, n.row, n.node as Criterion, col));
    else {
      const c = n.node as Criterion;
      const scored = `${v}*${absRef(n.row, w)}`;
      terms.push(c.notApplicable === "full" ? `IF(ISNUMBER(${v}),${scored},IF(${isKad(v)},${maxWeighted(c)},0))` : `IF(ISNUMBER(${v}),${scored},0)`);
    }
  }
  return `MIN(${cellRef(group.row, layout.col.max)},ROUND(${terms.join("+") || "0"},6))`;
}

/** A group's capped points at the final stage: min(max, Σ children's points). */
export function groupFinal(layout: UnitLayout, group: NodeRow): string {
  const p = layout.col.points;
  return `MIN(${cellRef(group.row, layout.col.max)},ROUND(SUM(${compressed(group.children, p)}),6))`;
}

/** The applicable maximum of a `rescale` criterion in one applicable column: 0 when its value there is KAD. */
export function criterionApplicable(layout: UnitLayout, row: number, c: Criterion, valueCol: number): string {
  return `IF(${isKad(cellRef(row, valueCol))},0,${maxWeighted(c)})`;
}

/**
 * A group's applicable maximum: min(max, Σ children's applicable maxima); children without a `rescale` criterion
 * below them always reach their maximum, so they add a constant.
 */
export function groupApplicable(layout: UnitLayout, group: NodeRow, col: number): string {
  const byRow = nodeIndex(layout);
  let constant = 0;
  const refs: number[] = [];
  for (const r of group.children) {
    const n = byRow.get(r)!;
    if (n.variable) refs.push(r);
    else constant += nodeMax(n.node);
  }
  const sum = [constant > 0 ? formulaNumber(fromMicro(constant)) : "", refs.length ? `SUM(${compressed(refs, col)})` : ""].filter(Boolean).join("+");
  return `MIN(${cellRef(group.row, layout.col.max)},ROUND(${sum || "0"},6))`;
}

export function sumOfSections(layout: UnitLayout, col: number): string {
  return `ROUND(SUM(${layout.sections.map((s) => cellRef(s.row, col)).join(",")}),6)`;
}

/** A = Σ the sections' applicable maxima in one applicable column (sections without `rescale` criteria add their maximum). */
function applicableTotal(layout: UnitLayout, col: number): string {
  const byRow = nodeIndex(layout);
  let constant = 0;
  const refs: string[] = [];
  for (const s of layout.sections) {
    const n = byRow.get(s.row)!;
    if (n.variable) refs.push(cellRef(s.row, col));
    else constant += nodeMax(n.node);
  }
  const sum = [constant > 0 ? formulaNumber(fromMicro(constant)) : "", ...refs].join("+").replace(/^\+/, "");
  return `ROUND(${sum},6)`;
}

/**
 * The criteria total brought back to the full scale: ROUND(T × M / A, 6), M = Σ the sections' maxima, A their
 * applicable maxima. Nothing left out gives A = M, so the same formula leaves such a unit's total as it is. A = 0
 * shows `nothing` (a text, never #DIV/0!).
 */
export function scaledTotal(layout: UnitLayout, totalCol: number, applicableCol: number, fullScale: number, nothing: string): string {
  const a = applicableTotal(layout, applicableCol);
  const t = cellRef(layout.totals.criteria, totalCol);
  return `IF(${a}=0,${formulaText(nothing)},ROUND(${t}*${formulaNumber(fullScale)}/${a},6))`;
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

/** The criteria total that counts: the rescaled one where it exists (0 when nothing applies), else the sum. */
function countedCriteria(layout: UnitLayout): string {
  const p = layout.col.points;
  if (layout.totals.scaled === null) return cellRef(layout.totals.criteria, p);
  const s = cellRef(layout.totals.scaled, p);
  return `IF(ISNUMBER(${s}),${s},0)`;
}

/** The exact total: (rescaled) criteria total + capped bonus − capped deductions. */
export function exactTotal(layout: UnitLayout): string {
  const p = layout.col.points;
  const t = layout.totals;
  return `ROUND(${countedCriteria(layout)}+${cellRef(t.bonus, p)}-${cellRef(t.deductions, p)},6)`;
}

export function roundedTotal(layout: UnitLayout, decimals: number): string {
  return `ROUND(${cellRef(layout.totals.total, layout.col.helper)},${decimals})`;
}

function criteriaFinals(layout: UnitLayout): string {
  const first = layout.sections[0].row;
  const last = layout.sections[layout.sections.length - 1].last;
  return `${cellRef(first, layout.col.final)}:${cellRef(last, layout.col.final)}`;
}

/**
 * How many criteria have a value at some stage (a KAD counts); a measured criterion's actual counts only with a
 * usable target (its row's helper cell flags one without).
 */
function valuedCount(layout: UnitLayout, kad: boolean): string {
  const f = criteriaFinals(layout);
  const counted = kad ? `COUNT(${f})+COUNTIF(${f},${KAD})` : `COUNT(${f})`;
  if (!layout.measured) return counted;
  const first = layout.sections[0].row;
  const last = layout.sections[layout.sections.length - 1].last;
  return `(${counted}-SUM(${cellRef(first, layout.col.helper)}:${cellRef(last, layout.col.helper)}))`;
}

/** 1 when every criterion has a value at some stage (and, with `rescale`, something applies), else 0. */
export function completeFlag(layout: UnitLayout, criteria: number, kad = false): string {
  const all = `${valuedCount(layout, kad)}=${criteria}`;
  if (layout.totals.scaled === null) return `IF(${all},1,0)`;
  return `IF(AND(${all},ISNUMBER(${cellRef(layout.totals.scaled, layout.col.points)})),1,0)`;
}

export function statusText(layout: UnitLayout, criteria: number, complete: string, before: string, after: string, kad = false, nothing = ""): string {
  const flag = cellRef(layout.totals.status, layout.col.helper);
  const missing = `(${criteria}-(${valuedCount(layout, kad)}))`;
  const plainMissing = `(${criteria}-${valuedCount(layout, kad)})`;
  if (layout.totals.scaled === null) return `IF(${flag}=1,${formulaText(complete)},${formulaText(before)}&${kad ? missing : plainMissing}&${formulaText(after)})`;
  return `IF(${flag}=1,${formulaText(complete)},IF(${missing}>0,${formulaText(before)}&${missing}&${formulaText(after)},${formulaText(nothing)}))`;
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

/** Data validation of a criterion that accepts KAD (relative to `row`, `col`): a number in [0, max], or KAD. */
export function scoreOrKadRule(row: number, col: number, max: number): string {
  const v = cellRef(row, col);
  return `OR(AND(ISNUMBER(${v}),${v}>=0,${v}<=${formulaNumber(max)}),${isKad(v)})`;
}

/** Conditional-format rule for score cells (relative to `row`, `col`): text, negative, above maximum, off step. */
export function scoreErrorRule(layout: UnitLayout, row: number, col: number, step: number, kad = false): string {
  const v = cellRef(row, col);
  const max = `$${cellRef(row, layout.col.max)}`;
  const s = formulaNumber(step);
  const text = kad ? `AND(ISTEXT(${v}),NOT(${isKad(v)}))` : `ISTEXT(${v})`;
  return `OR(${text},AND(ISNUMBER(${v}),OR(${v}<0,${v}>${max},ABS(${v}/${s}-ROUND(${v}/${s},0))>0.000001)))`;
}

/** A criterion with no value at any stage: its empty stage cells are flagged (KAD is a value). */
export function missingRule(layout: UnitLayout, row: number, col: number, kad = false): string {
  if (kad) return `AND(ISBLANK(${cellRef(row, col)}),$${cellRef(row, layout.col.final)}="")`;
  const cols = stageCols(layout);
  const first = Math.min(...cols);
  const last = Math.max(...cols);
  return `AND(ISBLANK(${cellRef(row, col)}),COUNT($${cellRef(row, first)}:$${cellRef(row, last)})=0)`;
}

export function countErrorRule(row: number, col: number): string {
  const v = cellRef(row, col);
  return `OR(ISTEXT(${v}),AND(ISNUMBER(${v}),OR(${v}<0,${v}<>INT(${v}))))`;
}
