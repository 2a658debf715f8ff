/**
 * Cells as Excel stores them: what a string written through `values` or `formulas` becomes, and formulas bound
 * to sheets (not to sheet names) from the moment they are written.
 */
import { parseCellRef } from "../../../src/workbook/a1";

export type Scalar = string | number | boolean;

export interface Cell {
  /** a constant, or a formula's cached result ("" until computed: the fake computes nothing) */
  readonly value: Scalar;
  /** bound formula text: sheet references are `\u0001<sheet id>\u0002!`, or `#REF!` once broken */
  readonly formula?: string;
}

export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly cols: number;
}

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** "A1", "B2:C9", "A:C" (whole columns), "3:5" (whole rows); null when not an address. */
export function parseAddress(address: string): Rect | null {
  const parts = address.replace(/\$/g, "").split(":");
  if (parts.length > 2) return null;
  const [a, b = a] = parts;
  if (/^[A-Z]{1,3}$/i.test(a) && /^[A-Z]{1,3}$/i.test(b)) {
    const l = parseCellRef(`${a}1`)!.col;
    const r = parseCellRef(`${b}1`)!.col;
    return { top: 0, left: Math.min(l, r), rows: MAX_ROWS, cols: Math.abs(r - l) + 1 };
  }
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) {
    const t = Number(a) - 1;
    const u = Number(b) - 1;
    return { top: Math.min(t, u), left: 0, rows: Math.abs(u - t) + 1, cols: MAX_COLS };
  }
  const p = parseCellRef(a);
  const q = parseCellRef(b);
  if (!p || !q) return null;
  const top = Math.min(p.row, q.row);
  const left = Math.min(p.col, q.col);
  return { top, left, rows: Math.abs(q.row - p.row) + 1, cols: Math.abs(q.col - p.col) + 1 };
}

export function inside(r: Rect, row: number, col: number): boolean {
  return row >= r.top && row < r.top + r.rows && col >= r.left && col < r.left + r.cols;
}

const DAY_MS = 86400000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * A string entered into a cell, as Excel parses what is typed (d.ts Range.values: "If the returned value starts
 * with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this value as a formula"; a leading
 * apostrophe stores the rest as text; a cell formatted as text ("@") keeps the string as it is; otherwise
 * numbers, percentages, dates and TRUE/FALSE are recognised, so "01" is 1 and "1/2" is 2 January).
 */
export function enter(input: string, textFormat: boolean): { value: Scalar; formula?: string } {
  if (textFormat) return { value: input };
  if (input.startsWith("'")) return { value: input.slice(1) };
  const t = input.trim();
  if (t === "") return { value: input };
  const num = parseNumber(t);
  if (num !== null) return { value: num };
  if (input.length > 1 && input.startsWith("=")) return { value: "", formula: input };
  if (input.length > 1 && (input.startsWith("+") || input.startsWith("-"))) return { value: "", formula: `=${input}` };
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === "true" };
  return { value: input };
}

function parseNumber(t: string): number | null {
  const plain = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
  if (plain.test(t)) return Number(t);
  const pct = /^([+-]?(\d+\.?\d*|\.\d+))\s*%$/.exec(t);
  if (pct) return Number(pct[1]) / 100;
  // d/m or m/d and d/m/y: a date serial (en-US reads 1/2 as 2 January; either way a number, not the text)
  const date = /^(\d{1,2})\/(\d{1,2})(\/(\d{2,4}))?$/.exec(t);
  if (date) {
    const [m, d] = [Number(date[1]), Number(date[2])];
    const y = date[4] ? Number(date[4].length === 2 ? `20${date[4]}` : date[4]) : 2026;
    if (m >= 1 && m <= 12 && d >= 1 && d <= 31) return Math.round((Date.UTC(y, m - 1, d) - EXCEL_EPOCH) / DAY_MS);
  }
  return null;
}

/** A sheet as formulas and defined names see it: by identity, so a rename follows it (Excel rewrites references). */
export interface SheetRef {
  readonly id: string;
  name: string;
  deleted: boolean;
}

// eslint-disable-next-line no-control-regex -- the bound form uses control characters no sheet name can hold
const REF = /\u0001([^\u0002]*)\u0002!/g;

/**
 * Binds a formula's sheet references to the sheets that carry those names now, case-insensitively. A name no sheet
 * carries becomes `#REF!` for good (issue 11: "Cross-sheet formulas bind when they are written … renaming a sheet
 * later does not re-bind them").
 */
export function bindFormula(formula: string, find: (name: string) => SheetRef | undefined): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      const end = skipString(formula, i);
      out += formula.slice(i, end);
      i = end;
    } else if (ch === "'") {
      let j = i + 1;
      let name = "";
      while (j < formula.length) {
        if (formula[j] === "'" && formula[j + 1] === "'") {
          name += "'";
          j += 2;
        } else if (formula[j] === "'") break;
        else name += formula[j++];
      }
      if (formula[j + 1] === "!") {
        out += token(find(name));
        i = j + 2;
      } else {
        out += formula.slice(i, j + 1);
        i = j + 1;
      }
    } else {
      const m = /^([A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*)!/.exec(formula.slice(i));
      if (m && !/[\w.]/.test(formula[i - 1] ?? "")) {
        out += token(find(m[1]));
        i += m[0].length;
      } else {
        out += ch;
        i++;
      }
    }
  }
  return out;
}

function token(sheet: SheetRef | undefined): string {
  return sheet && !sheet.deleted ? `\u0001${sheet.id}\u0002!` : "#REF!";
}

function skipString(s: string, start: number): number {
  let j = start + 1;
  while (j < s.length) {
    if (s[j] === '"' && s[j + 1] === '"') j += 2;
    else if (s[j] === '"') return j + 1;
    else j++;
  }
  return j;
}

/** The formula as Excel shows it now: current sheet names (quoted), `#REF!` where the sheet was deleted. */
export function renderFormula(bound: string, byId: (id: string) => SheetRef | undefined): string {
  return bound.replace(REF, (_, id: string) => {
    const s = byId(id);
    return s && !s.deleted ? `'${s.name.replace(/'/g, "''")}'!` : "#REF!";
  });
}
