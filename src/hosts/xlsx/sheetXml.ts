import type { CellValue } from "../../workbook/snapshot";
import { shiftFormula } from "./sharedFormula";
import { cellRef } from "../../workbook/a1";
import { FILE_LIMITS, overLimit } from "../fileProblem";
import { attributes, decodeXml, textRuns } from "./xml";
import { visitWellFormedXml, type TagVisitor } from "./wellFormed";

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

function cellValue(type: string | undefined, raw: string | null, inline: string | null, shared: readonly string[]): CellValue {
  if (type === "inlineStr") return inline;
  if (raw === null) return null;
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

const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze({});

/** What reading may still cost: cells with a value or formula left for the rest of the snapshot. */
export interface ReadBudget {
  cells: number;
}

/** The elements the reader acts on, by local name (any namespace prefix dropped). */
const KIND = { other: 0, row: 1, c: 2, v: 3, f: 4, is: 5, sheetProtection: 6 } as const;
type Kind = (typeof KIND)[keyof typeof KIND];

function kindOf(xml: string, nameStart: number, nameEnd: number): Kind {
  let s = nameStart;
  for (let k = nameStart; k < nameEnd; k++) {
    if (xml.charCodeAt(k) === 58 /* : */) {
      s = k + 1;
      break;
    }
  }
  const n = nameEnd - s;
  const a = xml.charCodeAt(s);
  if (n === 1) return a === 99 ? KIND.c : a === 118 ? KIND.v : a === 102 ? KIND.f : KIND.other;
  if (n === 2) return a === 105 && xml.charCodeAt(s + 1) === 115 ? KIND.is : KIND.other;
  if (n === 3) return xml.startsWith("row", s) ? KIND.row : KIND.other;
  if (n === 15) return xml.startsWith("sheetProtection", s) ? KIND.sheetProtection : KIND.other;
  return KIND.other;
}

/**
 * Values and formulas of one worksheet part, as dense 2-D blocks from A1, read in the same linear pass that checks
 * the part well-formed (wellFormed.ts): no DOM, no second scan, no copy of a cell's XML. A 60-unit workbook has
 * ~100 000 cells; this runs in the CLI's budget and in a browser. A cell holding neither value nor formula (a
 * styled `<c r="XFD1048576"/>`) is no part of the block: a sheet costs what its cells cost, never its dimension.
 * Cells with content count against `budget`, and the block's area is bounded (FILE_LIMITS): past either,
 * ERR_FILE_LIMIT.
 * @returns the part's text (rewritten only when it held comments or CDATA, as wellFormedXml does) and its cells
 * @throws FileProblemError ERR_FILE_DAMAGED naming `part`, or ERR_FILE_LIMIT
 */
export function readSheetXml(xml: string, shared: readonly string[], sheet = "", budget: ReadBudget = { cells: FILE_LIMITS.cells }, part = sheet): { xml: string; sheet: ParsedSheet } {
  let reader: ReturnType<typeof sheetReader> | null = null;
  let left = budget.cells;
  const text = visitWellFormedXml(xml, part, (walked) => {
    // a second walk (of the text with its comments dropped) starts again from the same budget
    left = budget.cells;
    reader = sheetReader(walked, shared, sheet, () => --left);
    return reader.visitor;
  });
  budget.cells = left;
  return { xml: text, sheet: reader!.finish() };
}

/** The cells of a sheet part; the part is checked well-formed on the way (see readSheetXml). */
export function parseSheetXml(xml: string, shared: readonly string[], sheet = "", budget: ReadBudget = { cells: FILE_LIMITS.cells }): ParsedSheet {
  return readSheetXml(xml, shared, sheet, budget).sheet;
}

function sheetReader(xml: string, shared: readonly string[], sheet: string, spend: () => number): { visitor: TagVisitor; finish: () => ParsedSheet } {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const result = { values, formulas, protected: false };
  const masters = new Map<string, { formula: string; row: number; col: number }>();
  const open: Kind[] = [];
  let width = 0;
  let rowIndex = -1;
  let col = -1;
  let inRow = false;
  // the cell being read: its place, type, first <v>, <f> and <is>
  let inCell = false;
  let row = 0;
  let type: string | undefined;
  let textStart = -1;
  let raw: string | null = null;
  let inline: string | null = null;
  let formulaTag: [number, number] | null = null;
  let formulaText: string | null = null;

  const store = () => {
    let formula: string | null = null;
    if (formulaTag !== null) {
      // a plain <f> (most formulas) has no attributes to parse: no object built per formula cell
      const fa = formulaTag[0] === formulaTag[1] ? NO_ATTRIBUTES : attributes(xml.slice(formulaTag[0], formulaTag[1]));
      let f = decodeXml(formulaText ?? "");
      if (fa.t === "shared" && fa.si !== undefined) {
        if (f !== "") masters.set(fa.si, { formula: f, row, col });
        else {
          const master = masters.get(fa.si);
          f = master ? shiftFormula(master.formula, row - master.row, col - master.col) : "";
        }
      }
      formula = f === "" ? null : `=${f}`;
    }
    const value = cellValue(type, raw, inline, shared);
    if (value === null && formula === null) return;
    if (spend() < 0) throw overLimit("cells", FILE_LIMITS.cells + 1, FILE_LIMITS.cells);
    const area = Math.max(values.length, row + 1) * Math.max(width, col + 1);
    if (area > FILE_LIMITS.sheetArea) throw overLimit("area", area, FILE_LIMITS.sheetArea, sheet, cellRef(row, col));
    while (values.length <= row) {
      values.push([]);
      formulas.push([]);
    }
    const vr = values[row];
    const fr = formulas[row];
    // cells come in column order: the row grows by pushes and stays a packed array
    while (vr.length < col) {
      vr.push(null);
      fr.push(null);
    }
    vr[col] = value;
    fr[col] = formula;
    if (col + 1 > width) width = col + 1;
  };

  const visitor: TagVisitor = {
    open(nameStart, nameEnd, end, selfClosing) {
      const kind = kindOf(xml, nameStart, nameEnd);
      if (!selfClosing) open.push(kind);
      if (kind === KIND.row) {
        // r= is optional in the format: a row without it follows the previous one, a cell without it its neighbour
        const r = attr(xml.slice(nameEnd, end), "r");
        rowIndex = r !== undefined && /^\d+$/.test(r) ? Number(r) - 1 : rowIndex + 1;
        col = -1;
        inRow = !selfClosing;
      } else if (kind === KIND.c && inRow) {
        // the tag's own text: a search for an attribute it lacks must not run on into the rest of the part
        const tag = xml.slice(nameEnd, end);
        const r = attr(tag, "r");
        const ref = r ? cellPosition(r) : null;
        row = ref ? ref.row : rowIndex;
        col = ref ? ref.col : col + 1;
        inCell = !selfClosing;
        type = inCell ? attr(tag, "t") : undefined;
        raw = inline = formulaText = null;
        formulaTag = null;
      } else if (inCell && kind === KIND.v) {
        if (!selfClosing && raw === null) textStart = end + 1;
      } else if (inCell && kind === KIND.f) {
        if (formulaTag === null) {
          formulaTag = [nameEnd, selfClosing ? end - 1 : end];
          if (selfClosing) formulaText = "";
          else textStart = end + 1;
        }
      } else if (inCell && kind === KIND.is) {
        if (!selfClosing && inline === null && nameEnd === end) textStart = end + 1;
      } else if (kind === KIND.sheetProtection) {
        const flag = attributes(xml.slice(nameEnd, end)).sheet;
        result.protected = flag === "1" || flag === "true";
      }
    },
    close(start) {
      const kind = open.pop();
      if (kind === KIND.row) inRow = false;
      else if (kind === KIND.c && inCell) {
        inCell = false;
        store();
      } else if (inCell && kind === KIND.v && raw === null && textStart >= 0) {
        raw = xml.slice(textStart, start);
        textStart = -1;
      } else if (inCell && kind === KIND.f && formulaText === null && textStart >= 0) {
        formulaText = xml.slice(textStart, start);
        textStart = -1;
      } else if (inCell && kind === KIND.is && inline === null && textStart >= 0) {
        inline = textRuns(xml.slice(textStart, start));
        textStart = -1;
      }
    },
  };
  return {
    visitor,
    finish: () => {
      // every row as wide as the widest: the dense block a host returns
      for (let r = 0; r < values.length; r++) {
        while (values[r].length < width) {
          values[r].push(null);
          formulas[r].push(null);
        }
      }
      return result;
    },
  };
}

/** Shared strings, in order: plain and rich text alike. */
export function parseSharedStrings(xml: string): string[] {
  const out: string[] = [];
  const re = /<(?:\w+:)?si>([\s\S]*?)<\/(?:\w+:)?si>|<(?:\w+:)?si\/>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) out.push(m[1] === undefined ? "" : textRuns(m[1]));
  return out;
}
