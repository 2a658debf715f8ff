/**
 * The workbook's state behind the proxies: sheets with their cells, formats that matter to behaviour (text
 * format, locked), protection, validation, handlers; defined names; calculation.
 */
import { cellRef } from "../../../src/workbook/a1";
import { FakeExcelError } from "./api";
import { bindFormula, enter, inside, renderFormula, type Cell, type Rect, type Scalar, type SheetRef } from "./cells";
import type { ConditionalFormatEntry, ValidationEntry } from "./rules";

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

interface Layered {
  readonly rect: Rect;
  readonly on: boolean;
}

export interface ChangeHandler {
  readonly handler: (args: unknown) => unknown;
  removed: boolean;
}

const INVALID_NAME = /[[\]:*?/\\]/;

export class SheetModel {
  readonly cells = new Map<number, Cell>();
  readonly ref: SheetRef;
  visibility: Visibility = "Visible";
  protected = false;
  /** the options of the last protect() (d.ts WorksheetProtection.options) */
  protectionOptions: Record<string, unknown> = {};
  /** range.format.protection.locked, last write wins; every cell starts locked (Excel's default) */
  private readonly lockLayers: Layered[] = [];
  /** numberFormat "@" layers, last write wins */
  private readonly textLayers: Layered[] = [];
  /** every validation set, in order (a later one over the same cells wins) */
  readonly validations: ValidationEntry[] = [];
  /** conditional formats in priority order, the first on top */
  readonly conditionalFormats: ConditionalFormatEntry[] = [];
  readonly handlers: ChangeHandler[] = [];

  constructor(
    readonly book: BookModel,
    name: string,
    readonly id: string,
  ) {
    this.ref = { id, name, deleted: false };
  }

  get name(): string {
    return this.ref.name;
  }

  /** A constant, or a formula as Excel shows it now (current sheet names, #REF! where a sheet was deleted). */
  get(row: number, col: number): Scalar | undefined {
    const c = this.cells.get(key(row, col));
    if (!c) return undefined;
    return c.formula !== undefined ? this.book.render(c.formula) : c.value;
  }

  /** The cached value: a formula's result is not computed by the fake ("" or #REF! when its reference broke). */
  valueAt(row: number, col: number): Scalar {
    const c = this.cells.get(key(row, col));
    if (!c) return "";
    if (c.formula !== undefined) return this.book.render(c.formula).includes("#REF!") ? "#REF!" : "";
    return c.value;
  }

  /** A cell written as a person would type it (tests that play the user use this). */
  set(row: number, col: number, v: Scalar | null): void {
    this.enter(row, col, v);
  }

  enter(row: number, col: number, v: Scalar | null): void {
    if (v === null) return;
    const k = key(row, col);
    if (v === "") {
      this.cells.delete(k);
      return;
    }
    if (typeof v !== "string") {
      this.cells.set(k, { value: v });
      return;
    }
    const e = enter(v, this.isText(row, col));
    this.cells.set(k, e.formula !== undefined ? { value: "", formula: bindFormula(e.formula, (n) => this.book.find(n)?.ref) } : { value: e.value });
  }

  setText(rect: Rect, on: boolean): void {
    this.textLayers.push({ rect, on });
  }

  setLocked(rect: Rect, on: boolean): void {
    this.lockLayers.push({ rect, on });
  }

  isText(row: number, col: number): boolean {
    return topLayer(this.textLayers, row, col) ?? false;
  }

  isLocked(row: number, col: number): boolean {
    return topLayer(this.lockLayers, row, col) ?? true;
  }

  /** Protection: "locked cells can't be edited" while the sheet is protected (Excel's Protect Sheet). */
  assertWritable(rect: Rect, what: string): void {
    if (!this.protected) return;
    for (let r = rect.top; r < rect.top + rect.rows; r++) {
      for (let c = rect.left; c < rect.left + rect.cols; c++) {
        if (this.isLocked(r, c)) throw new FakeExcelError("AccessDenied", `${what}: ${this.name}!${cellRef(r, c)} is locked on a protected sheet`);
      }
    }
  }

  usedRect(): Rect | null {
    if (this.cells.size === 0) return null;
    let [top, left, bottom, right] = [Infinity, Infinity, -1, -1];
    for (const k of this.cells.keys()) {
      const [r, c] = unkey(k);
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }
    return { top, left, rows: bottom - top + 1, cols: right - left + 1 };
  }
}

function topLayer(layers: readonly Layered[], row: number, col: number): boolean | undefined {
  for (let i = layers.length - 1; i >= 0; i--) if (inside(layers[i].rect, row, col)) return layers[i].on;
  return undefined;
}

export function key(row: number, col: number): number {
  return row * 16384 + col;
}

function unkey(k: number): [number, number] {
  return [Math.floor(k / 16384), k % 16384];
}

export interface NameModel {
  name: string;
  readonly sheet: SheetRef;
  readonly address: string;
}

export class BookModel {
  sheets: SheetModel[] = [];
  readonly allSheets = new Map<string, SheetModel>();
  readonly names: NameModel[] = [];
  calculationMode: "Automatic" | "Manual" = "Automatic";
  /** cells were written in manual mode since the last calculate(): formula results on screen are old */
  stale = false;
  eventsEnabled = true;
  active?: SheetModel;
  selection = "A1";
  private nextId = 1;

  /** Worksheet names are case-insensitive in Excel ("Sheet1" and "SHEET1" can't coexist). */
  find(name: string): SheetModel | undefined {
    const low = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === low);
  }

  add(name: string): SheetModel {
    this.checkName(name);
    const s = new SheetModel(this, name, `{sheet-${this.nextId++}}`);
    this.sheets.push(s);
    this.allSheets.set(s.id, s);
    return s;
  }

  rename(sheet: SheetModel, name: string): void {
    if (sheet.name === name) return;
    this.checkName(name, sheet);
    sheet.ref.name = name;
  }

  /** Moves a sheet to a 0-based position; the others keep their order (a position past the end is InvalidArgument). */
  move(sheet: SheetModel, position: number): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length) throw new FakeExcelError("InvalidArgument", `position ${position}`);
    const rest = this.sheets.filter((s) => s !== sheet);
    rest.splice(position, 0, sheet);
    this.sheets = rest;
  }

  /** d.ts Worksheet.delete: "if the worksheet's visibility is set to "VeryHidden", the delete operation will fail with an InvalidOperation exception" (office-js#365) */
  remove(sheet: SheetModel): void {
    if (sheet.ref.deleted) throw new FakeExcelError("ItemNotFound", `${sheet.name} was deleted`);
    if (sheet.visibility === "VeryHidden") throw new FakeExcelError("InvalidOperation", `${sheet.name} is very hidden: make it hidden before deleting it`);
    sheet.ref.deleted = true;
    this.sheets = this.sheets.filter((s) => s !== sheet);
    // handlers of a deleted sheet never fire again
    for (const h of sheet.handlers) h.removed = true;
    if (this.active === sheet) this.active = this.sheets.find((s) => s.visibility === "Visible");
  }

  /** Excel: at most 31 characters, none of [ ] : * ? / \, not starting or ending with an apostrophe; unique ignoring case. */
  private checkName(name: string, self?: SheetModel): void {
    if (name.length === 0 || name.length > 31 || INVALID_NAME.test(name) || name.startsWith("'") || name.endsWith("'")) {
      throw new FakeExcelError("InvalidArgument", `sheet name "${name}"`);
    }
    const other = this.find(name);
    if (other && other !== self) throw new FakeExcelError("ItemAlreadyExists", `a sheet named "${other.name}" exists`);
  }

  render(bound: string): string {
    return renderFormula(bound, (id) => this.allSheets.get(id)?.ref);
  }

  written(): void {
    if (this.calculationMode === "Manual") this.stale = true;
  }
}
