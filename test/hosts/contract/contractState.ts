/**
 * The workbook as the host contract sees it, in one normal form every host is read into: per sheet its name,
 * visibility, protection, cells (a formula cell's value is left out: neither the fake nor a file written by us
 * carries computed results), which cells are unlocked, each cell's data validation and the conditional formats in
 * priority order; and the workbook's defined names. Ranges are compared cell by cell, written back as runs along
 * each row, so two hosts that cut the same cells into different rectangles still agree.
 */
import { cellRef, parseRange, rangeRef } from "../../../src/workbook/a1";
import type { SheetVisibility } from "../../../src/workbook/plan";
import type { CellValue, SheetSnapshot } from "../../../src/workbook/snapshot";

/** Where locks are compared: rows × columns from A1 (the plan's extent and a margin). */
export interface Box {
  readonly rows: number;
  readonly cols: number;
}

/** A validation as the user meets it: what is accepted, the prompt, the alert. */
export interface RuleState {
  readonly kind: "decimal" | "whole" | "textLength" | "custom";
  /** "between" min and max, or "greaterThanOrEqual" min (no upper limit); absent for custom */
  readonly operator?: "between" | "greaterThanOrEqual";
  readonly min?: number;
  readonly max?: number;
  /** a custom rule, relative to the top-left cell of its range, without "=" */
  readonly formula?: string;
  readonly blanksAllowed: boolean;
  readonly prompt: { readonly title: string; readonly message: string } | null;
  readonly alert: { readonly style: string; readonly title: string; readonly message: string } | null;
}

export interface ConditionalFormatState {
  readonly range: string;
  readonly formula: string;
  readonly fill?: string;
  readonly color?: string;
  readonly bold?: boolean;
}

export interface SheetState {
  readonly name: string;
  readonly visibility: SheetVisibility;
  readonly protected: boolean;
  /** constants, trimmed; null where a formula is */
  readonly values: readonly (readonly CellValue[])[];
  readonly formulas: readonly (readonly (string | null)[])[];
  /** unlocked cells inside the box, as runs along rows ("E6:G6") */
  readonly unlocked: readonly string[];
  /** rule (as JSON) → its cells as runs along rows */
  readonly validations: Readonly<Record<string, readonly string[]>>;
  /** in priority order: the first wins where two apply */
  readonly conditionalFormats: readonly ConditionalFormatState[];
}

export interface BookState {
  readonly sheets: readonly SheetState[];
  /** workbook names (not Excel's own _xlnm.*) → "Sheet!A1:B2" */
  readonly names: Readonly<Record<string, string>>;
}

/** Cells as runs along each row: "E6:G6", "J6". */
export function runs(cells: Iterable<readonly [number, number]>): string[] {
  const sorted = [...cells].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    const [row, start] = sorted[i];
    let end = start;
    while (i + 1 < sorted.length && sorted[i + 1][0] === row && sorted[i + 1][1] === end + 1) end = sorted[++i][1];
    out.push(rangeRef(row, start, row, end));
    i++;
  }
  return out;
}

/** Every cell of "A1:B2", "C3" or a space/comma separated list of them. */
export function cellsOf(ranges: string): [number, number][] {
  const out: [number, number][] = [];
  for (const part of ranges.split(/[\s,]+/).filter(Boolean)) {
    const r = parseRange(part.replace(/\$/g, ""));
    if (!r) throw new Error(`not a range: ${part}`);
    for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push([row, col]);
  }
  return out;
}

/** A range written one way: "A1:B2" (no $), a single cell as "A1". */
export function normalRange(range: string): string {
  return range
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((part) => {
      const r = parseRange(part.replace(/\$/g, ""));
      return r ? rangeRef(r.top, r.left, r.bottom, r.right) : part;
    })
    .join(" ");
}

/** Cells with their rule, the last rule over a cell winning, grouped back into runs per rule. */
export function validationState(entries: readonly { readonly range: string; readonly rule: RuleState }[]): Record<string, string[]> {
  const byCell = new Map<string, { at: [number, number]; key: string }>();
  for (const e of entries) {
    const key = JSON.stringify(e.rule);
    for (const at of cellsOf(e.range)) byCell.set(cellRef(at[0], at[1]), { at, key });
  }
  const byRule = new Map<string, [number, number][]>();
  for (const { at, key } of byCell.values()) byRule.set(key, [...(byRule.get(key) ?? []), at]);
  return Object.fromEntries([...byRule].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, cells]) => [k, runs(cells)]));
}

/** The unlocked cells of a box, from any host's answer to "is this cell locked?". */
export function unlockedIn(box: Box, locked: (row: number, col: number) => boolean): string[] {
  const cells: [number, number][] = [];
  for (let r = 0; r < box.rows; r++) for (let c = 0; c < box.cols; c++) if (!locked(r, c)) cells.push([r, c]);
  return runs(cells);
}

/** "'Tổng hợp'!$C$5:$C$13" → "Tổng hợp!C5:C13". */
export function normalReference(ref: string): string {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(ref.trim());
  if (!m) return ref;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  return `${sheet}!${normalRange(m[3])}`;
}

function trimRow<T>(row: readonly T[], empty: (v: T) => boolean): T[] {
  let end = row.length;
  while (end > 0 && empty(row[end - 1])) end--;
  return row.slice(0, end);
}

function trimRows<T>(rows: readonly T[][]): T[][] {
  let end = rows.length;
  while (end > 0 && rows[end - 1].length === 0) end--;
  return rows.slice(0, end);
}

/** A snapshot's cells in normal form: "" is empty, a formula cell's value is left out, trailing blanks trimmed. */
export function normalCells(sheet: Pick<SheetSnapshot, "values" | "formulas">): { values: CellValue[][]; formulas: (string | null)[][] } {
  const height = Math.max(sheet.values.length, sheet.formulas.length);
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  for (let r = 0; r < height; r++) {
    const width = Math.max(sheet.values[r]?.length ?? 0, sheet.formulas[r]?.length ?? 0);
    const f = Array.from({ length: width }, (_, c) => sheet.formulas[r]?.[c] ?? null);
    const v = Array.from({ length: width }, (_, c) => (f[c] !== null ? null : (sheet.values[r]?.[c] ?? null))).map((x) => (x === "" ? null : x));
    values.push(trimRow(v, (x) => x === null));
    formulas.push(trimRow(f, (x) => x === null));
  }
  return { values: trimRows(values), formulas: trimRows(formulas) };
}
