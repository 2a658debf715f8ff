import type { CellValue } from "../../workbook/snapshot";
import { shiftFormula } from "./sharedFormula";
import { cellRef } from "../../workbook/a1";
import { FILE_LIMITS, overLimit } from "../fileProblem";
import { attributes, decodeXml, textRuns } from "./xml";

/** The value of attribute `name` in a start tag's text; a plain scan, as this runs once per cell. */
function attr(tag: string, name: string): string | undefined {
  const key = ` ${name}="`;
  let i = tag.indexOf(key);
  if (i < 0) {
    if (!tag.includes(`${name}="`)) return undefined;
    // attributes may be separated by other whitespace than a space
    const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
    return m ? m[1] : undefined;
  }
  i += key.length;
  return tag.slice(i, tag.indexOf('"', i));
}

/** "AB12" → 0-based row and column, without a regular expression. */
function cellPosition(ref: string): { row: number; col: number } | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c === 36) continue; // $
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  let row = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c === 36) continue;
    if (c < 48 || c > 57) return null;
    row = row * 10 + (c - 48);
  }
  return col > 0 && row > 0 ? { row: row - 1, col: col - 1 } : null;
}

export interface ParsedSheet {
  readonly values: CellValue[][];
  readonly formulas: (string | null)[][];
  readonly protected: boolean;
}

const CELL = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
const FORMULA = /<(?:\w+:)?f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?f>)/;
const VALUE = /<(?:\w+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?v>/;
const INLINE = /<(?:\w+:)?is>([\s\S]*?)<\/(?:\w+:)?is>/;

function cellValue(type: string | undefined, body: string, shared: readonly string[]): CellValue {
  if (type === "inlineStr") {
    const is = INLINE.exec(body);
    return is ? textRuns(is[1]) : null;
  }
  const v = VALUE.exec(body);
  if (!v) return null;
  const raw = v[1];
  switch (type) {
    case "s":
      return shared[Number(raw)] ?? null;
    case "str":
    case "d":
      return decodeXml(raw);
    case "b":
      return raw.trim() === "1" || raw.trim() === "true";
    case "e":
      return { error: decodeXml(raw) };
    default: {
      const n = Number(raw);
      return raw.trim() === "" || !Number.isFinite(n) ? null : n;
    }
  }
}

/** What reading may still cost: cells with a value or formula left for the rest of the snapshot. */
export interface ReadBudget {
  cells: number;
}

/**
 * Values and formulas of one worksheet part, as dense 2-D blocks from A1. A regular-expression scan, not a DOM:
 * a 60-unit workbook has ~100 000 cells and this runs in the CLI's one-second budget and in a browser. The part
 * has passed wellFormedXml, so every lazy search ends inside its own element (linear in the part).
 * A cell holding neither value nor formula (a styled `<c r="XFD1048576"/>`) is no part of the block: a sheet costs
 * what its cells cost, never its dimension. Cells with content count against `budget`, and the block's area is
 * bounded (FILE_LIMITS): past either, ERR_FILE_LIMIT.
 */
export function parseSheetXml(xml: string, shared: readonly string[], sheet = "", budget: ReadBudget = { cells: FILE_LIMITS.cells }): ParsedSheet {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const masters = new Map<string, { formula: string; row: number; col: number }>();
  let width = 0;
  let rowIndex = -1;
  const ROW = /<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g;
  for (let rm = ROW.exec(xml); rm; rm = ROW.exec(xml)) {
    // r= is optional in the format: a row without it follows the previous one, a cell without it its neighbour
    const rowAttr = /\br="(\d+)"/.exec(rm[1]);
    rowIndex = rowAttr ? Number(rowAttr[1]) - 1 : rowIndex + 1;
    const content = rm[2] ?? "";
    let col = -1;
    CELL.lastIndex = 0;
    for (let m = CELL.exec(content); m; m = CELL.exec(content)) {
      const r = attr(m[1], "r");
      const ref = r ? cellPosition(r) : null;
      const row = ref ? ref.row : rowIndex;
      col = ref ? ref.col : col + 1;
      const body = m[2] ?? "";
      if (body === "") continue;
      const value = cellValue(attr(m[1], "t"), body, shared);
      const f = body.includes("<") ? FORMULA.exec(body) : null;
      let formula: string | null = null;
      if (f) {
        const fa = attributes(f[1]);
        let text = decodeXml(f[2] ?? "");
        if (fa.t === "shared" && fa.si !== undefined) {
          if (text !== "") masters.set(fa.si, { formula: text, row, col });
          else {
            const master = masters.get(fa.si);
            text = master ? shiftFormula(master.formula, row - master.row, col - master.col) : "";
          }
        }
        formula = text === "" ? null : `=${text}`;
      }
      if (value === null && formula === null) continue;
      if (--budget.cells < 0) throw overLimit("cells", FILE_LIMITS.cells + 1, FILE_LIMITS.cells);
      const area = Math.max(values.length, row + 1) * Math.max(width, col + 1);
      if (area > FILE_LIMITS.sheetArea) throw overLimit("area", area, FILE_LIMITS.sheetArea, sheet, cellRef(row, col));
      while (values.length <= row) {
        values.push([]);
        formulas.push([]);
      }
      values[row][col] = value;
      formulas[row][col] = formula;
      width = Math.max(width, col + 1);
    }
  }
  const dense = <T>(rows: T[][]) => rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null));
  // sheetProtection sits after sheetData: search from the end, the regular expression over the whole part is slow
  const at = xml.lastIndexOf("sheetProtection");
  const protection = at >= 0 ? /^sheetProtection\b([^>]*)>/.exec(xml.slice(at, at + 2000)) : null;
  const sheetFlag = protection ? attributes(protection[1]).sheet : undefined;
  return {
    values: dense(values) as CellValue[][],
    formulas: dense(formulas) as (string | null)[][],
    protected: sheetFlag === "1" || sheetFlag === "true",
  };
}

/** Shared strings, in order: plain and rich text alike. */
export function parseSharedStrings(xml: string): string[] {
  const out: string[] = [];
  const re = /<(?:\w+:)?si>([\s\S]*?)<\/(?:\w+:)?si>|<(?:\w+:)?si\/>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) out.push(m[1] === undefined ? "" : textRuns(m[1]));
  return out;
}
