/**
 * A recording fake of the part of Excel's object model the Office.js host uses. It keeps cells, counts
 * `context.sync()` calls with the size of what each one would send, and enforces office.js's rule that
 * loaded properties are readable only after a sync. `failAtSync` makes that sync throw, after applying
 * whatever was queued before it, as a real batch that fails half-way would.
 */
import { cellRef, parseCellRef, parseRange } from "../../src/workbook/a1";

type Cell = string | number | boolean;

/** Rough bytes an operation adds to a request besides its data (object path, method, ids). */
export const OP_OVERHEAD = 100;

export class FakeRange {
  formulasSet?: unknown[][];
  numberFormat: unknown;
  columnHidden = false;
  merged = false;
  selected = false;
  readonly format = { font: {} as Record<string, unknown>, fill: {} as Record<string, unknown>, protection: {} as Record<string, unknown>, borders: { getItem: () => ({}) } } as Record<string, unknown>;
  readonly dataValidation: Record<string, unknown> = {};
  readonly conditionalFormats = { items: [] as unknown[], add: () => { const c = { custom: { rule: {}, format: { fill: {}, font: {} } } }; this.conditionalFormats.items.push(c); return c; } };
  isNullObject = false;
  rowIndex = 0;
  columnIndex = 0;
  private loaded = false;
  constructor(
    private readonly sheet: FakeSheet,
    readonly top: number,
    readonly left: number,
    readonly rows: number,
    readonly cols: number,
  ) {}
  set formulas(v: unknown[][]) {
    this.sheet.book.queue(JSON.stringify(v).length, () => this.write(v));
  }
  get formulas(): unknown[][] {
    this.sheet.book.assertLoaded(this.loaded);
    return this.block((c) => (c === undefined ? "" : c));
  }
  set values(v: unknown[][]) {
    this.sheet.book.queue(JSON.stringify(v).length, () => this.write(v));
  }
  get values(): unknown[][] {
    this.sheet.book.assertLoaded(this.loaded);
    return this.block((c) => (c === undefined ? "" : typeof c === "string" && c.startsWith("=") ? this.sheet.book.formulaResult(c) : c));
  }
  get text(): string[][] {
    this.sheet.book.assertLoaded(this.loaded);
    return this.block((c) => (c === undefined ? "" : String(c))) as string[][];
  }
  load(): this {
    this.sheet.book.queue(0, () => (this.loaded = true));
    return this;
  }
  merge(): void {
    this.merged = true;
  }
  select(): void {
    this.sheet.book.queue(0, () => (this.selected = true));
  }
  private write(v: unknown[][]): void {
    // as in Office.js, null leaves a cell as it is; "" clears it
    v.forEach((row, r) => row.forEach((c, k) => c !== null && this.sheet.set(this.top + r, this.left + k, c as Cell)));
  }
  private block(map: (c: Cell | undefined) => unknown): unknown[][] {
    return Array.from({ length: this.rows }, (_, r) => Array.from({ length: this.cols }, (_, k) => map(this.sheet.get(this.top + r, this.left + k))));
  }
}

export class FakeSheet {
  readonly cells = new Map<string, Cell>();
  readonly ranges: FakeRange[] = [];
  visibility = "Visible";
  readonly protection = { protected: false, protect: () => this.book.queue(0, () => (this.protection.protected = true)), load: () => this.protection };
  readonly freezePanes = { freezeAt: () => undefined, freezeRows: () => undefined };
  readonly pageLayout = { setPrintTitleRows: () => undefined } as Record<string, unknown>;
  readonly onChanged = { add: (h: unknown) => { this.handlers.push(h); return { remove: () => undefined, context: this.book.context }; } };
  readonly handlers: unknown[] = [];
  isNullObject = false;
  constructor(
    readonly book: FakeExcel,
    private _name: string,
    readonly id: string,
  ) {}
  get name(): string {
    return this._name;
  }
  set name(v: string) {
    this.book.queue(0, () => {
      if (this.book.sheets.some((s) => s !== this && s._name === v)) throw new Error(`ItemAlreadyExists: ${v}`);
      this._name = v;
    });
  }
  set(row: number, col: number, v: Cell): void {
    if (v === "" || v === null) this.cells.delete(cellRef(row, col));
    else this.cells.set(cellRef(row, col), v);
  }
  get(row: number, col: number): Cell | undefined {
    return this.cells.get(cellRef(row, col));
  }
  getRange(address?: string): FakeRange {
    let r: FakeRange;
    const cell = address ? parseCellRef(address) : null;
    const range = address ? parseRange(address) : null;
    if (!address) r = new FakeRange(this, 0, 0, 1, 1);
    else if (cell) r = new FakeRange(this, cell.row, cell.col, 1, 1);
    else if (range) r = new FakeRange(this, range.top, range.left, range.bottom - range.top + 1, range.right - range.left + 1);
    else r = new FakeRange(this, 0, 0, 1, 1); // whole rows/columns ("A:A", "3:3"): only formats go there
    this.ranges.push(r);
    return r;
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    const r = new FakeRange(this, row, col, rows, cols);
    this.ranges.push(r);
    return r;
  }
  getUsedRangeOrNullObject(): FakeRange {
    const keys = [...this.cells.keys()].map((k) => parseCellRef(k)!);
    if (keys.length === 0) {
      const r = new FakeRange(this, 0, 0, 0, 0);
      r.isNullObject = true;
      return r;
    }
    const top = Math.min(...keys.map((k) => k.row));
    const left = Math.min(...keys.map((k) => k.col));
    const r = new FakeRange(this, top, left, Math.max(...keys.map((k) => k.row)) - top + 1, Math.max(...keys.map((k) => k.col)) - left + 1);
    r.rowIndex = top;
    r.columnIndex = left;
    return r;
  }
  delete(): void {
    this.book.queue(0, () => this.book.sheets.splice(this.book.sheets.indexOf(this), 1));
  }
  activate(): void {}
  load(): this {
    return this;
  }
}

export class FakeExcel {
  sheets: FakeSheet[] = [];
  readonly names: { name: string; ref: unknown }[] = [];
  syncs = 0;
  /** bytes each sync would send */
  readonly payloads: number[] = [];
  failAtSync?: number;
  /** the user's selection, on the first sheet */
  selection = "A1";
  private pending: { size: number; op: () => void }[] = [];
  private loadedAt = -1;
  private nextId = 1;
  readonly context: unknown;

  constructor(sheetNames: readonly string[] = ["Sheet1"]) {
    for (const n of sheetNames) this.sheets.push(new FakeSheet(this, n, `id${this.nextId++}`));
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the object literals below are not methods of this class
    const book = this;
    const worksheets = {
      get items() {
        book.assertLoaded(book.loadedAt >= 0);
        return book.sheets;
      },
      load() {
        book.queue(0, () => (book.loadedAt = book.syncs));
        return worksheets;
      },
      add(name: string) {
        const s = new FakeSheet(book, name, `id${book.nextId++}`);
        book.queue(0, () => {
          if (book.sheets.some((x) => x.name === name)) throw new Error(`ItemAlreadyExists: ${name}`);
          book.sheets.push(s);
        });
        return s;
      },
      getItem(name: string) {
        const s = book.sheets.find((x) => x.name === name);
        if (s) return s;
        // a sheet added or renamed earlier in the same batch
        return new Proxy({} as FakeSheet, { get: (_, p) => (book.sheets.find((x) => x.name === name) as unknown as Record<string | symbol, unknown>)?.[p] });
      },
      getItemOrNullObject(name: string) {
        const s = book.sheets.find((x) => x.name === name);
        if (s) return s;
        return { isNullObject: true, load() { return this; } };
      },
    };
    const names = {
      items: this.names,
      load: () => names,
      add: (name: string, ref: unknown) => this.queue(0, () => this.names.push({ name, ref })),
      getItem: (name: string) => ({ delete: () => this.queue(0, () => this.names.splice(this.names.findIndex((n) => n.name === name), 1)) }),
    };
    this.context = {
      workbook: {
        worksheets,
        names,
        application: { calculate: () => undefined },
        getSelectedRange: () => this.sheets[0].getRange(this.selection),
      },
      application: { suspendApiCalculationUntilNextSync: () => undefined, suspendScreenUpdatingUntilNextSync: () => undefined },
      sync: () => this.sync(),
    };
  }

  queue(size: number, op: () => void): void {
    // every queued operation costs its object path and method in the request, besides its data
    this.pending.push({ size: size + OP_OVERHEAD, op });
  }

  async sync(): Promise<void> {
    this.syncs++;
    const ops = this.pending;
    this.pending = [];
    this.payloads.push(ops.reduce((s, o) => s + o.size, 0));
    const failAt = this.failAtSync === this.syncs ? Math.floor(ops.length / 2) : -1;
    ops.forEach((o, i) => {
      if (i === failAt) throw new Error("GeneralException: the fake failed this sync");
      if (failAt < 0 || i < failAt) o.op();
    });
  }

  assertLoaded(loaded: boolean): void {
    if (!loaded) throw new Error("PropertyNotLoaded: call load() and context.sync() first");
  }

  /** Formula results are not computed by the fake: the host reads values only for constants. */
  formulaResult(_formula: string): unknown {
    return "";
  }

  /** Excel.run as the host calls it. */
  readonly run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => batch(this.context as Excel.RequestContext);

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }
}
