import type { CellValue, SnapshotOptions } from "../../workbook/snapshot";
import { shiftFormula } from "./sharedFormula";
import { cellRef } from "../../workbook/a1";
import { damaged, FILE_LIMITS, overLimit } from "../fileProblem";
import { attributes, textRuns } from "./xml";
import { wellFormedXml } from "./wellFormed";
import { bytesAre, nameEndAt, numberAt, sameBytes, tagEndAt, textAt, xmlTextAt } from "./xmlBytes";

export interface ParsedSheet {
  readonly values: CellValue[][];
  readonly formulas: (string | null)[][];
  readonly protected: boolean;
}

/** What reading may still cost: cells with a value or formula left for the rest of the snapshot. */
export interface ReadBudget {
  cells: number;
}

/** The part after `</sheetData>` of a sheet read whole, and what reading it found: the protection it set, if any. */
interface ReadTail {
  readonly b: Uint8Array;
  readonly from: number;
  readonly rootStart: number;
  readonly rootLength: number;
  readonly protection: boolean | null;
}

/**
 * What sheets read in one snapshot share. Sheets laid out alike (a bloc's unit sheets) hold the same formula text at
 * the same cell: its bytes are compared with the last ones seen there and the decoded text is reused, so 60 sheets'
 * ~19 000 formulas cost a few hundred decodings and share their strings (less to collect). They also end alike: a
 * unit sheet's data validations and conditional formats, 40% of its bytes, come after its cells and are the same in
 * every unit sheet. Reading them again from the same state (only the root open) would find what it found before, so
 * a tail byte-identical to one read whole is compared rather than read.
 */
export class SheetMemo {
  private readonly byCell = new Map<number, { b: Uint8Array; from: number; to: number; text: string }>();
  private tails: ReadTail[] = [];

  /** The cell's formula as a snapshot gives it ("=" and the decoded text): one string for every sheet alike. */
  formula(b: Uint8Array, from: number, to: number, row: number, col: number): string {
    const key = row * 16384 + col;
    const seen = this.byCell.get(key);
    if (seen !== undefined && seen.to - seen.from === to - from) {
      // the loop of sameBytes, written here: a call per formula (19 000 in a bloc) cost ~1% of a validate
      const sb = seen.b;
      const shift = seen.from - from;
      let i = from;
      while (i < to && sb[i + shift] === b[i]) i++;
      if (i === to) return seen.text;
    }
    const text = `=${xmlTextAt(b, from, to)}`;
    if (seen === undefined) this.byCell.set(key, { b, from, to, text });
    else {
      seen.b = b;
      seen.from = from;
      seen.to = to;
      seen.text = text;
    }
    return text;
  }

  /**
   * Whether bytes `from`… to the end of `b`, read with only the root element open (named at `rootStart`), are those
   * of a tail read whole before under a root of the same name: then the protection that tail set (null: none), else
   * undefined.
   */
  sameTail(b: Uint8Array, from: number, rootStart: number, rootLength: number): boolean | null | undefined {
    for (const t of this.tails) {
      if (t.b.length - t.from !== b.length - from || t.rootLength !== rootLength) continue;
      if (!sameBytes(t.b, t.rootStart, b, rootStart, rootLength) || !sameBytes(t.b, t.from, b, from, b.length - from)) continue;
      return t.protection;
    }
    return undefined;
  }

  /** A tail read whole (no cell in it), for the next sheets; the few latest are kept (a workbook has few kinds of sheet). */
  keepTail(tail: ReadTail): void {
    this.tails = [tail, ...this.tails.slice(0, 3)];
  }
}

/** The elements the reader acts on, by local name (any namespace prefix dropped). */
const KIND = { other: 0, row: 1, c: 2, v: 3, f: 4, is: 5, sheetProtection: 6, sheetData: 7 } as const;
type Kind = (typeof KIND)[keyof typeof KIND];

function kindOf(b: Uint8Array, nameStart: number, nameEnd: number): Kind {
  let s = nameStart;
  for (let k = nameStart; k < nameEnd; k++) {
    if (b[k] === 58 /* : */) {
      s = k + 1;
      break;
    }
  }
  const n = nameEnd - s;
  const a = b[s];
  if (n === 1) return a === 99 ? KIND.c : a === 118 ? KIND.v : a === 102 ? KIND.f : KIND.other;
  if (n === 2) return a === 105 && b[s + 1] === 115 ? KIND.is : KIND.other;
  if (n === 3) return bytesAre(b, s, nameEnd, "row") ? KIND.row : KIND.other;
  if (n === 9) return bytesAre(b, s, nameEnd, "sheetData") ? KIND.sheetData : KIND.other;
  if (n === 15) return bytesAre(b, s, nameEnd, "sheetProtection") ? KIND.sheetProtection : KIND.other;
  return KIND.other;
}

/** A cell's `t`: how its <v> reads. Anything unknown reads as a number, as Excel does. */
const TYPE = { number: 0, shared: 1, text: 2, bool: 3, error: 4, inline: 5 } as const;
type CellType = (typeof TYPE)[keyof typeof TYPE];

function typeAt(b: Uint8Array, from: number, to: number): CellType {
  const n = to - from;
  if (n === 1) {
    const c = b[from];
    return c === 115 /* s */ ? TYPE.shared : c === 100 /* d */ ? TYPE.text : c === 98 /* b */ ? TYPE.bool : c === 101 /* e */ ? TYPE.error : TYPE.number;
  }
  if (bytesAre(b, from, to, "str")) return TYPE.text;
  if (bytesAre(b, from, to, "inlineStr")) return TYPE.inline;
  return TYPE.number;
}

/** "AB12" (bytes) → 0-based row and column into `out`, without a string; false when not a reference. */
function cellPositionAt(b: Uint8Array, from: number, to: number, out: { row: number; col: number }): boolean {
  let col = 0;
  let i = from;
  for (; i < to; i++) {
    const c = b[i];
    if (c === 36) continue; // $
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  let row = 0;
  for (; i < to; i++) {
    const c = b[i];
    if (c === 36) continue;
    if (c < 48 || c > 57) return false;
    row = row * 10 + (c - 48);
  }
  if (col <= 0 || row <= 0) return false;
  out.row = row - 1;
  out.col = col - 1;
  return true;
}

/** A row's `r`: digits only, else the row follows the previous one. */
function rowNumberAt(b: Uint8Array, from: number, to: number): number | null {
  if (to === from) return null;
  let r = 0;
  for (let i = from; i < to; i++) {
    if (b[i] < 48 || b[i] > 57) return null;
    r = r * 10 + (b[i] - 48);
  }
  // past 15 digits the sum above may round where Number() does not
  return to - from > 15 ? Number(textAt(b, from, to)) : r;
}

/** A shared string's index as `Number(text)` reads it (so "" is 0, as before); digits alone without a string. */
function sharedIndexAt(b: Uint8Array, from: number, to: number): number {
  let k = 0;
  for (let i = from; i < to; i++) {
    const c = b[i];
    if (c < 48 || c > 57 || i - from > 9) return Number(textAt(b, from, to));
    k = k * 10 + (c - 48);
  }
  return k;
}

/** Whether a byte ends an element's name: whitespace, '>' or '/'. */
function nameEndsAt(c: number): boolean {
  return c === 32 || c === 62 || c === 47 || c === 10 || c === 13 || c === 9;
}

/** Where the text from `from` ends at `</x>` (x one ASCII letter, given as its code), or -1 when a '<' comes first that is not it. */
function textEndAt(b: Uint8Array, from: number, x: number): number {
  let q = from;
  const n = b.length;
  while (q < n && b[q] !== 60) q++;
  return b[q + 1] === 47 && b[q + 2] === x && b[q + 3] === 62 ? q : -1;
}

/** Thrown when the part holds a comment or CDATA: it is rewritten (wellFormedXml) and read again. */
class NeedsRewrite extends Error {}

const enc = new TextEncoder();
const dec = new TextDecoder();

/**
 * Values and formulas of one worksheet part given as text (see readSheetBytes).
 * @returns the part's text (rewritten only when it held comments or CDATA, as wellFormedXml does) and its cells
 * @throws FileProblemError ERR_FILE_DAMAGED naming `part`, or ERR_FILE_LIMIT
 */
export function readSheetXml(xml: string, shared: readonly string[], sheet = "", budget: ReadBudget = { cells: FILE_LIMITS.cells }, part = sheet, options: SnapshotOptions = {}, memo = new SheetMemo()): { xml: string; sheet: ParsedSheet } {
  const read = readSheetBytes(enc.encode(xml), shared, sheet, budget, part, options, memo);
  return { xml: read.rewritten ?? xml, sheet: read.sheet };
}

/** The cells of a sheet part; the part is checked well-formed on the way (see readSheetXml). */
export function parseSheetXml(xml: string, shared: readonly string[], sheet = "", budget: ReadBudget = { cells: FILE_LIMITS.cells }): ParsedSheet {
  return readSheetXml(xml, shared, sheet, budget).sheet;
}

/**
 * Values and formulas of one worksheet part, as dense 2-D blocks from A1, read from its UTF-8 bytes in the same
 * linear pass that checks the part well-formed (the rules of wellFormed.ts: every tag closed, end tags matching,
 * one root, no DOCTYPE): no DOM, no decoded copy of the part, no string per tag; only the texts kept are decoded.
 * A 60-unit workbook has ~100 000 cells in 7 MB of XML; this runs in the CLI's budget and in a browser. A cell
 * holding neither value nor formula (a styled `<c r="XFD1048576"/>`) is no part of the block: a sheet costs what
 * its cells cost, never its dimension. Cells with content count against `budget`, and the block's area is bounded
 * (FILE_LIMITS): past either, ERR_FILE_LIMIT. A part with comments or CDATA is rewritten as wellFormedXml does and
 * the rewritten text read (and returned as `rewritten`). With `formulas: false` no formula is decoded and
 * `formulas` is [] (the values block is the same). Sheets read with one `memo` share the decoding of formulas
 * they hold alike at the same cell.
 * @throws FileProblemError ERR_FILE_DAMAGED naming `part`, or ERR_FILE_LIMIT
 */
export function readSheetBytes(bytes: Uint8Array, shared: readonly string[], sheet = "", budget: ReadBudget = { cells: FILE_LIMITS.cells }, part = sheet, options: SnapshotOptions = {}, memo = new SheetMemo()): { rewritten?: string; sheet: ParsedSheet } {
  const left = { cells: budget.cells };
  try {
    const read = scanSheet(bytes, shared, sheet, left, part, options.formulas !== false, memo);
    budget.cells = left.cells;
    return { sheet: read };
  } catch (e) {
    if (!(e instanceof NeedsRewrite)) throw e;
  }
  // a second read (of the text with its comments dropped) starts again from the same budget
  left.cells = budget.cells;
  const rewritten = wellFormedXml(dec.decode(bytes), part);
  const read = scanSheet(enc.encode(rewritten), shared, sheet, left, part, options.formulas !== false, memo);
  budget.cells = left.cells;
  return { rewritten, sheet: read };
}

function scanSheet(b: Uint8Array, shared: readonly string[], sheet: string, budget: ReadBudget, part: string, withFormulas: boolean, memo: SheetMemo): ParsedSheet {
  return new SheetScan(b, shared, sheet, budget, part, withFormulas, memo).run();
}

/**
 * An empty array already of the elements kind that holds arrays. A `[]` starts as one of small integers, and the
 * optimized `store` met each new sheet's first row push as a kind it had not seen: it was thrown away and compiled
 * again (~11 ms of the one background compiler's time, while the sheets were read unoptimized).
 */
function arrayOfArrays<T>(): T[][] {
  const a: T[][] = [[]];
  a.pop();
  return a;
}

/**
 * One worksheet read, its state in fields and its steps in methods: methods of a class are one function for
 * every sheet, so the optimizing compiler's code for them (specialized after the first sheets) stays valid for
 * the next sheet; closures made per sheet were each a new call target and threw that code away.
 */
class SheetScan {
  readonly values: CellValue[][] = arrayOfArrays();
  readonly formulas: (string | null)[][] = arrayOfArrays();
  isProtected = false;
  readonly masters = new Map<string, { formula: string; row: number; col: number }>();
  // the open elements: where each name starts, how long it is, and what the reader makes of it
  readonly starts: number[] = [];
  readonly lengths: number[] = [];
  readonly kinds: Kind[] = [];
  roots = 0;
  width = 0;
  rowIndex = -1;
  col = -1;
  inRow = false;
  // the cell being read: its place, type, first <v>, <f> and <is> (as byte ranges until it is stored)
  readonly at = { row: 0, col: 0 };
  inCell = false;
  row = 0;
  type: CellType = TYPE.number;
  textStart = -1;
  rawStart = -1;
  rawEnd = -1;
  inline: string | null = null;
  formulaAttrs = -1;
  formulaAttrsEnd = -1;
  formulaStart = -1;
  formulaEnd = -1;
  // the value ranges of the last start tag's unprefixed `r` and `t` attributes (-1 when absent)
  rFrom = -1;
  rTo = -1;
  tFrom = -1;
  tTo = -1;
  // where the part after </sheetData> starts (-1 until then), the cells left in the budget there, and where the
  // last <sheetProtection> was: what the memo needs to know of the tail
  tailFrom = -1;
  cellsAtTail = 0;
  protectionAt = -1;
  rootStart = -1;
  rootLength = 0;

  constructor(
    readonly b: Uint8Array,
    readonly shared: readonly string[],
    readonly sheet: string,
    readonly budget: ReadBudget,
    readonly part: string,
    readonly withFormulas: boolean,
    readonly memo: SheetMemo,
  ) {}

  fail(): Error {
    return damaged("xml", this.part);
  }

  run(): ParsedSheet {
    const b = this.b;
    const n = b.length;
    let i = 0;
    while (i < n) {
      // the next '<'; text between tags is not looked at
      let lt = i;
      while (lt < n && b[lt] !== 60) lt++;
      if (lt >= n) break;
      const c = b[lt + 1];
      if (c === 47 /* / */) i = this.endTag(lt);
      else if (c === 63 /* ? */) {
        let end = lt + 2;
        while (end + 1 < n && !(b[end] === 63 && b[end + 1] === 62)) end++;
        if (end + 1 >= n) throw this.fail();
        i = end + 2;
      } else if (c === 33 /* ! */) {
        // comments and CDATA are rewritten first (a DOCTYPE or anything else is refused there)
        throw new NeedsRewrite();
      } else if (c === 99 /* c */ && this.inRow && nameEndsAt(b[lt + 2])) {
        const next = this.plainCell(lt);
        i = next >= 0 ? next : this.startTag(lt);
      } else i = this.startTag(lt);
    }
    if (this.starts.length > 0 || this.roots !== 1) throw this.fail();
    if (this.tailFrom >= 0 && this.budget.cells === this.cellsAtTail) {
      const tailProtection = this.protectionAt >= this.tailFrom ? this.isProtected : null;
      this.memo.keepTail({ b, from: this.tailFrom, rootStart: this.rootStart, rootLength: this.rootLength, protection: tailProtection });
    }
    // every row as wide as the widest: the dense block a host returns
    const { values, formulas, width } = this;
    for (let r = 0; r < values.length; r++) while (values[r].length < width) values[r].push(null);
    if (this.withFormulas) {
      while (formulas.length < values.length) formulas.push([]);
      for (let r = 0; r < formulas.length; r++) while (formulas[r].length < width) formulas[r].push(null);
    }
    return { values, formulas, protected: this.isProtected };
  }

  /**
   * A cell as generators write nearly all of them — `<c …/>`, or `<c …>` holding an optional attribute-less `<f>` and
   * an optional `<v>`, each of plain text, then `</c>` — read in one go, the elements checked byte for byte rather
   * than through the stack of open elements. Returns where reading goes on, or -1 for any other cell, which the
   * general path then reads from the same '<' (nothing has changed). Half the work per cell, and little enough code
   * that the optimizing compiler takes it over early in the first sheet: most of reading a bloc is this method.
   */
  plainCell(lt: number): number {
    const b = this.b;
    const gt = tagEndAt(b, lt + 2);
    if (gt < 0) return -1;
    if (b[gt - 1] === 47 /* / */) {
      this.startCell(lt + 2, gt, true);
      return gt + 1;
    }
    let p = gt + 1;
    let formula = -1;
    let formulaEnd = -1;
    if (b[p] === 60 && b[p + 1] === 102 /* f */ && b[p + 2] === 62) {
      formula = p + 3;
      formulaEnd = textEndAt(b, formula, 102);
      if (formulaEnd < 0) return -1;
      p = formulaEnd + 4;
    }
    let raw = -1;
    let rawEnd = -1;
    if (b[p] === 60 && b[p + 1] === 118 /* v */ && b[p + 2] === 62) {
      raw = p + 3;
      rawEnd = textEndAt(b, raw, 118);
      if (rawEnd < 0) return -1;
      p = rawEnd + 4;
    }
    if (!(b[p] === 60 && b[p + 1] === 47 && b[p + 2] === 99 && b[p + 3] === 62)) return -1;
    this.startCell(lt + 2, gt, false);
    if (formula >= 0) {
      // as the general path has it: no attributes (formulaAttrs === formulaAttrsEnd), the text's byte range
      this.formulaAttrs = this.formulaAttrsEnd = formula - 1;
      this.formulaStart = formula;
      this.formulaEnd = formulaEnd;
    }
    this.rawStart = raw;
    this.rawEnd = rawEnd;
    this.inCell = false;
    this.store();
    return p + 4;
  }

  /** The end tag whose '<' is at `lt`; returns where reading goes on. */
  endTag(lt: number): number {
    const b = this.b;
    const n = b.length;
    let gt = lt + 2;
    while (gt < n && b[gt] !== 62) gt++;
    if (gt >= n || this.starts.length === 0) throw this.fail();
    const start = this.starts.pop()!;
    const length = this.lengths.pop()!;
    const kind = this.kinds.pop()!;
    if (gt - (lt + 2) < length) throw this.fail();
    for (let k = 0; k < length; k++) if (b[lt + 2 + k] !== b[start + k]) throw this.fail();
    // only whitespace may follow the name inside an end tag
    for (let k = lt + 2 + length; k < gt; k++) if (b[k] > 32) throw this.fail();
    if (kind === KIND.row) this.inRow = false;
    else if (kind === KIND.sheetData && this.starts.length === 1 && this.tailFrom < 0) return this.tail(gt + 1);
    else if (kind === KIND.c && this.inCell) {
      this.inCell = false;
      this.store();
    } else if (this.inCell && this.textStart >= 0) {
      if (kind === KIND.v && this.rawStart < 0) {
        this.rawStart = this.textStart;
        this.rawEnd = lt;
        this.textStart = -1;
      } else if (kind === KIND.f && this.formulaStart === -1 && this.formulaAttrs >= 0) {
        this.formulaStart = this.textStart;
        this.formulaEnd = lt;
        this.textStart = -1;
      } else if (kind === KIND.is && this.inline === null) {
        this.inline = textRuns(textAt(b, this.textStart, lt));
        this.textStart = -1;
      }
    }
    return gt + 1;
  }

  /**
   * The part after `</sheetData>` (only the root open): taken as read when it is the same as a tail read whole
   * before under a root of the same name, so reading ends here; else read on from `from`.
   */
  tail(from: number): number {
    const known = this.memo.sameTail(this.b, from, this.starts[0], this.lengths[0]);
    if (known === undefined) {
      this.tailFrom = from;
      this.cellsAtTail = this.budget.cells;
      this.rootStart = this.starts[0];
      this.rootLength = this.lengths[0];
      return from;
    }
    if (known !== null) this.isProtected = known;
    this.starts.pop();
    this.lengths.pop();
    this.kinds.pop();
    return this.b.length;
  }

  /** The start tag whose '<' is at `lt`; returns where reading goes on. */
  startTag(lt: number): number {
    const b = this.b;
    const nameEnd = nameEndAt(b, lt + 1);
    if (nameEnd === lt + 1) throw this.fail();
    const gt = tagEndAt(b, nameEnd);
    if (gt < 0) throw this.fail();
    if (this.starts.length === 0 && ++this.roots > 1) throw this.fail();
    const selfClosing = b[gt - 1] === 47; /* / */
    const kind = kindOf(b, lt + 1, nameEnd);
    if (!selfClosing) {
      this.starts.push(lt + 1);
      this.lengths.push(nameEnd - lt - 1);
      this.kinds.push(kind);
    }
    if (kind === KIND.c) {
      if (this.inRow) this.startCell(nameEnd, gt, selfClosing);
    } else if (kind === KIND.row) {
      // r= is optional in the format: a row without it follows the previous one, a cell without it its neighbour
      this.readAttrs(nameEnd, gt);
      const r = this.rFrom >= 0 ? rowNumberAt(b, this.rFrom, this.rTo) : null;
      this.rowIndex = r !== null ? r - 1 : this.rowIndex + 1;
      this.col = -1;
      this.inRow = !selfClosing;
    } else if (this.inCell && kind === KIND.v) {
      if (!selfClosing && this.rawStart < 0) this.textStart = gt + 1;
    } else if (this.inCell && kind === KIND.f) {
      if (this.formulaAttrs < 0) {
        this.formulaAttrs = nameEnd;
        this.formulaAttrsEnd = selfClosing ? gt - 1 : gt;
        // a self-closing <f/> reads as an empty formula (formulaStart -2)
        if (selfClosing) this.formulaStart = -2;
        else this.textStart = gt + 1;
      }
    } else if (this.inCell && kind === KIND.is) {
      if (!selfClosing && this.inline === null && nameEnd === gt) this.textStart = gt + 1;
    } else if (kind === KIND.sheetProtection) {
      const flag = attributes(textAt(b, nameEnd, gt)).sheet;
      this.isProtected = flag === "1" || flag === "true";
      this.protectionAt = lt;
    }
    return gt + 1;
  }

  startCell(nameEnd: number, gt: number, selfClosing: boolean): void {
    this.readAttrs(nameEnd, gt);
    if (this.rFrom >= 0 && cellPositionAt(this.b, this.rFrom, this.rTo, this.at)) {
      this.row = this.at.row;
      this.col = this.at.col;
    } else {
      this.row = this.rowIndex;
      this.col++;
    }
    this.inCell = !selfClosing;
    this.type = this.inCell && this.tFrom >= 0 ? typeAt(this.b, this.tFrom, this.tTo) : TYPE.number;
    this.rawStart = this.rawEnd = this.formulaAttrs = this.formulaAttrsEnd = this.formulaStart = this.formulaEnd = this.textStart = -1;
    this.inline = null;
  }

  /**
   * The value ranges of a start tag's unprefixed `r` and `t` attributes, in one scan of the tag: names, '=', and
   * values in either quote (a quoted value may hold anything but '<').
   */
  readAttrs(from: number, to: number): void {
    const b = this.b;
    this.rFrom = this.rTo = this.tFrom = this.tTo = -1;
    let p = from;
    while (p < to) {
      while (p < to && b[p] <= 32) p++;
      const nameStart = p;
      while (p < to && b[p] > 32 && b[p] !== 61 /* = */ && b[p] !== 34 && b[p] !== 39) p++;
      const nameEnd = p;
      while (p < to && b[p] <= 32) p++;
      if (b[p] !== 61 || p >= to) {
        // no '=': a stray character (the '/' of an empty tag); step over it
        if (p === nameStart) p++;
        continue;
      }
      p++;
      while (p < to && b[p] <= 32) p++;
      const quote = b[p];
      if (quote !== 34 && quote !== 39) continue;
      const valueStart = ++p;
      while (p < to && b[p] !== quote) p++;
      if (nameEnd - nameStart === 1) {
        if (b[nameStart] === 114 /* r */) {
          this.rFrom = valueStart;
          this.rTo = p;
        } else if (b[nameStart] === 116 /* t */) {
          this.tFrom = valueStart;
          this.tTo = p;
        }
      }
      p++;
    }
  }

  /** The formula of the cell just closed: decoded when formulas are wanted, else only whether there is one. */
  formula(): string | null {
    const { b, row, col } = this;
    const empty = this.formulaStart < 0 || this.formulaEnd === this.formulaStart;
    // a plain <f> (most formulas) has no attributes to parse: no object and no new string per formula cell. Without
    // formulas wanted, a formula's text is never decoded: only whether there is one counts (a cell with a formula
    // and no cached value is still part of the block). Decoding never turns non-empty text into "".
    if (this.formulaAttrs === this.formulaAttrsEnd) {
      if (empty) return null;
      return this.withFormulas ? this.memo.formula(b, this.formulaStart, this.formulaEnd, row, col) : "==";
    }
    const fa = attributes(textAt(b, this.formulaAttrs, this.formulaAttrsEnd));
    let f = empty ? "" : this.withFormulas ? xmlTextAt(b, this.formulaStart, this.formulaEnd) : "=";
    if (fa.t === "shared" && fa.si !== undefined) {
      if (f !== "") this.masters.set(fa.si, { formula: f, row, col });
      else {
        const master = this.masters.get(fa.si);
        f = !master ? "" : this.withFormulas ? shiftFormula(master.formula, row - master.row, col - master.col) : "=";
      }
    }
    return f === "" ? null : `=${f}`;
  }

  value(): CellValue {
    const { b, rawStart, rawEnd } = this;
    if (this.type === TYPE.inline) return this.inline;
    if (rawStart < 0) return null;
    switch (this.type) {
      case TYPE.shared:
        return this.shared[sharedIndexAt(b, rawStart, rawEnd)] ?? null;
      case TYPE.text:
        return xmlTextAt(b, rawStart, rawEnd);
      case TYPE.bool: {
        const t = textAt(b, rawStart, rawEnd).trim();
        return t === "1" || t === "true";
      }
      case TYPE.error:
        return { error: xmlTextAt(b, rawStart, rawEnd) };
      default:
        return numberAt(b, rawStart, rawEnd);
    }
  }

  store(): void {
    const formula = this.formulaAttrs >= 0 ? this.formula() : null;
    const value = this.value();
    if (value === null && formula === null) return;
    const { row, col, values } = this;
    if (--this.budget.cells < 0) throw overLimit("cells", FILE_LIMITS.cells + 1, FILE_LIMITS.cells);
    const area = Math.max(values.length, row + 1) * Math.max(this.width, col + 1);
    if (area > FILE_LIMITS.sheetArea) throw overLimit("area", area, FILE_LIMITS.sheetArea, this.sheet, cellRef(row, col));
    while (values.length <= row) values.push([]);
    const vr = values[row];
    // cells come in column order: the row grows by pushes and stays a packed array
    while (vr.length < col) vr.push(null);
    vr[col] = value;
    if (this.withFormulas) {
      const formulas = this.formulas;
      while (formulas.length <= row) formulas.push([]);
      const fr = formulas[row];
      while (fr.length < col) fr.push(null);
      fr[col] = formula;
    }
    if (col + 1 > this.width) this.width = col + 1;
  }
}

/** Shared strings, in order: plain and rich text alike. */
export function parseSharedStrings(xml: string): string[] {
  const out: string[] = [];
  const re = /<(?:\w+:)?si>([\s\S]*?)<\/(?:\w+:)?si>|<(?:\w+:)?si\/>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) out.push(m[1] === undefined ? "" : textRuns(m[1]));
  return out;
}
