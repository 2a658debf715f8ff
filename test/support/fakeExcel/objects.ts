/**
 * The proxies the host holds (Excel.Worksheet, Excel.Range …): each member queues an operation that runs at
 * sync, checked against the requirement set of the level the fake plays.
 */
import { rangeRef } from "../../../src/workbook/a1";
import { FakeExcelError, utf8Bytes } from "./api";
import { loadList, ProxyObject, type Batches } from "./batch";
import { MAX_COLS, MAX_ROWS, parseAddress, type Rect, type Scalar } from "./cells";
import type { BookModel, SheetModel, Visibility } from "./model";
import { addConditionalFormat, validationSetter, type Finder } from "./rules";

export class Env {
  constructor(
    readonly book: BookModel,
    readonly batches: Batches,
    readonly fire: (sheet: SheetModel, address: string) => void,
  ) {}
}

/** A worksheet proxy: bound to its sheet when first used (getItem resolves the name at that moment). */
export class WorksheetProxy extends ProxyObject {
  private bound?: SheetModel;
  private nullObject?: boolean;
  private readonly formatCache = new Map<string, unknown>();

  constructor(
    readonly env: Env,
    step: unknown,
    private readonly resolver: () => SheetModel | undefined,
    private readonly orNull = false,
    bound?: SheetModel,
  ) {
    super(env.batches, "Worksheet", null, step, orNull ? "1.4" : "1.1");
    this.bound = bound;
  }

  model(): SheetModel {
    if (!this.bound) {
      const s = this.resolver();
      if (!s) {
        if (this.orNull) {
          this.nullObject = true;
          throw new FakeExcelError("ItemNotFound", "null object used");
        }
        throw new FakeExcelError("ItemNotFound", `no such worksheet (${JSON.stringify(this.stepText())})`);
      }
      this.bound = s;
    }
    if (this.bound.ref.deleted) throw new FakeExcelError("ItemNotFound", `worksheet ${this.bound.name} was deleted`);
    return this.bound;
  }

  private stepText(): string {
    return String((this as unknown as { step: unknown }).step);
  }

  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  get name(): string {
    return this.read("name");
  }
  set name(v: string) {
    this.batches.queue(this, "name", v, () => this.env.book.rename(this.model(), v));
  }
  get id(): string {
    return this.read("id");
  }
  get visibility(): Visibility {
    return this.read("visibility");
  }
  set visibility(v: Visibility) {
    this.batches.queue(this, "setVisibility", v, () => {
      this.model().visibility = v;
    });
  }
  get position(): number {
    return this.read("position");
  }
  /** d.ts Worksheet.position [ExcelApi 1.1]: "The zero-based position of the worksheet within the workbook" */
  set position(v: number) {
    this.batches.queue(this, "position", v, () => this.env.book.move(this.model(), v));
  }

  load(props?: unknown): this {
    const { own } = loadList(props ?? "name,id,visibility,position");
    this.batches.queue(this, "load", props, () => {
      if (this.orNull && !this.bound && !this.resolver()) {
        this.nullObject = true;
        return this.setLoaded({ isNullObject: true });
      }
      return this.fill(own);
    });
    return this;
  }

  /** the loaded properties of a sheet, at sync time (a snapshot: later changes don't show until loaded again) */
  fill(props: readonly string[]): number {
    const s = this.model();
    const all: Record<string, unknown> = { name: s.name, id: s.id, visibility: s.visibility, position: this.env.book.sheets.indexOf(s), isNullObject: false };
    const out: Record<string, unknown> = { isNullObject: false };
    for (const p of props) if (p in all) out[p] = all[p];
    return this.setLoaded(out);
  }

  delete(): void {
    this.batches.queue(this, "delete", null, () => this.env.book.remove(this.model()));
  }

  activate(): void {
    this.batches.queue(this, "activate", null, () => {
      this.env.book.active = this.model();
    });
  }

  getRange(address?: string): RangeProxy {
    return new RangeProxy(this, address ?? "", () => (address ? mustParse(address) : { top: 0, left: 0, rows: MAX_ROWS, cols: MAX_COLS }));
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    return new RangeProxy(this, [row, col, rows, cols], () => ({ top: row, left: col, rows, cols }), "1.7");
  }

  getUsedRange(valuesOnly?: boolean): RangeProxy {
    // d.ts: "If the worksheet is blank, this function will return the top left cell"; valuesOnly is ExcelApi 1.2
    return new RangeProxy(this, valuesOnly ?? null, () => this.model().usedRect() ?? { top: 0, left: 0, rows: 1, cols: 1 }, valuesOnly === undefined ? "1.1" : "1.2");
  }

  getUsedRangeOrNullObject(): RangeProxy {
    return new RangeProxy(this, "used", () => this.model().usedRect(), "1.4", true);
  }

  /** d.ts Worksheet.getRanges [ExcelApi 1.9]: several areas ("A1:B2, D4") formatted or validated as one */
  getRanges(address: string): RangeAreasProxy {
    return new RangeAreasProxy(this, address);
  }

  get protection(): WorksheetProtectionProxy {
    return this.cached("protection", () => new WorksheetProtectionProxy(this));
  }

  get freezePanes(): unknown {
    return this.cached("freezePanes", () => generic(this, "WorksheetFreezePanes", "freezePanes", "1.7", null));
  }

  get pageLayout(): unknown {
    return this.cached("pageLayout", () => generic(this, "PageLayout", "pageLayout", "1.9", null));
  }

  get onChanged(): { add: (h: (args: unknown) => unknown) => { context: unknown; remove: () => void } } {
    return {
      add: (handler) => {
        const entry = { handler, removed: false };
        this.batches.queue(this, "onChanged", "add", () => {
          this.model().handlers.push(entry);
        });
        return {
          // the request context the handler was added with (docs: remove a handler through that same context)
          context: { sync: () => this.batches.sync() },
          remove: () => this.batches.queue(this, "onChanged", "remove", () => void (entry.removed = true)),
        };
      },
    };
  }

  private cached<T>(key: string, make: () => T): T {
    if (!this.formatCache.has(key)) this.formatCache.set(key, make());
    return this.formatCache.get(key) as T;
  }
}

/** Formulas in rules bind to the sheets that carry their names when written, as cell formulas do. */
function finder(env: Env): Finder {
  return (name) => env.book.find(name)?.ref;
}

function mustParse(address: string): Rect {
  const r = parseAddress(address);
  if (!r) throw new FakeExcelError("InvalidArgument", `address "${address}"`);
  return r;
}

class WorksheetProtectionProxy extends ProxyObject {
  constructor(private readonly ws: WorksheetProxy) {
    super(ws.batches, "WorksheetProtection", ws, "protection", "1.2");
  }
  get protected(): boolean {
    return this.read("protected");
  }
  protect(options?: unknown): void {
    this.batches.queue(this, "protect", options ?? null, () => {
      const s = this.ws.model();
      // d.ts WorksheetProtection.protect: fails when the sheet is already protected
      if (s.protected) throw new FakeExcelError("InvalidOperation", `${s.name} is already protected`);
      s.protected = true;
      s.protectionOptions = (options ?? {}) as Record<string, unknown>;
    });
  }
  unprotect(): void {
    this.batches.queue(this, "unprotect", null, () => void (this.ws.model().protected = false));
  }
  get options(): Record<string, unknown> {
    return this.read("options");
  }
  /** d.ts WorksheetProtection.options [ExcelApi 1.2]: the options the sheet was protected with */
  load(): this {
    this.batches.queue(this, "load", "protected,options", () => this.setLoaded({ protected: this.ws.model().protected, options: { ...this.ws.model().protectionOptions } }));
    return this;
  }
}

/** d.ts FormatProtection.locked [ExcelApi 1.2]: "A null value indicates that the entire range doesn't have a uniform lock setting" */
class FormatProtectionProxy extends ProxyObject {
  constructor(
    owner: ProxyObject,
    private readonly range: RangeProxy,
  ) {
    super(owner.batches, "FormatProtection", owner, "protection", "1.2");
  }
  get locked(): boolean | null {
    return this.read("locked");
  }
  set locked(v: boolean | null) {
    this.batches.queue(this, "locked", v, () => formatSet(this.range.ws.model(), this.range.area(), ["protection", "locked"], v));
  }
  load(): this {
    this.batches.queue(this, "load", "locked", () => {
      const r = this.range.area();
      const s = this.range.ws.model();
      const seen = new Set<boolean>();
      for (let row = r.top; row < r.top + r.rows && seen.size < 2; row++) for (let col = r.left; col < r.left + r.cols && seen.size < 2; col++) seen.add(s.isLocked(row, col));
      return this.setLoaded({ locked: seen.size === 1 ? [...seen][0] : null });
    });
    return this;
  }
}

/** A range proxy; its rectangle is computed when its first operation runs (a used range is the one at that moment). */
export class RangeProxy extends ProxyObject {
  private rect?: Rect | null;
  private readonly children = new Map<string, unknown>();

  constructor(
    readonly ws: WorksheetProxy,
    step: unknown,
    private readonly locate: () => Rect | null,
    api = "1.1",
    private readonly orNull = false,
  ) {
    super(ws.batches, "Range", ws, step, api);
  }

  area(): Rect {
    if (this.rect === undefined) this.rect = this.locate();
    if (this.rect === null) throw new FakeExcelError("ItemNotFound", "null object used");
    return this.rect;
  }

  private sheet(): SheetModel {
    return this.ws.model();
  }

  set values(v: unknown[][]) {
    this.batches.queue(this, "values", v, () => this.write(v, "values"));
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  set formulas(v: unknown[][]) {
    this.batches.queue(this, "formulas", v, () => this.write(v, "formulas"));
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  set numberFormat(v: unknown[][]) {
    this.batches.queue(this, "numberFormat", v, () => {
      const r = this.area();
      checkShape(v, r, "numberFormat");
      this.sheet().assertWritable(r, "numberFormat");
      v.forEach((row, i) => row.forEach((f, k) => f !== null && this.sheet().setText({ top: r.top + i, left: r.left + k, rows: 1, cols: 1 }, f === "@")));
    });
  }
  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  get text(): string[][] {
    return this.read("text");
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get address(): string {
    return this.read("address");
  }
  set columnHidden(v: boolean) {
    this.batches.queue(this, "columnHidden", v, () => void this.area());
  }

  get format(): unknown {
    return this.child("format", () => {
      const format = generic(this, "RangeFormat", "format", "1.1", (path, value) => this.formatSet(path, value)) as Record<string, unknown>;
      const node = new ProxyObject(this.batches, "RangeFormat", this, "format");
      let protection: FormatProtectionProxy | undefined;
      // format.protection is a real object here: its lock state can be loaded, as a host checks before writing
      return new Proxy(format, { get: (t, prop) => (prop === "protection" ? (protection ??= new FormatProtectionProxy(node, this)) : t[prop as string]) });
    });
  }
  get dataValidation(): unknown {
    return this.child("dataValidation", () => generic(this, "DataValidation", "dataValidation", "1.8", validationSetter(() => this.sheet().validations, () => [this.area()], finder(this.ws.env))));
  }
  get conditionalFormats(): unknown {
    return this.child("conditionalFormats", () =>
      generic(this, "ConditionalFormatCollection", "conditionalFormats", "1.6", null, (args) => addConditionalFormat(() => this.sheet().conditionalFormats, () => this.area(), String(args[0]), finder(this.ws.env))),
    );
  }
  get worksheet(): WorksheetProxy {
    return this.ws;
  }

  merge(across?: boolean): void {
    this.batches.queue(this, "merge", across ?? false, () => this.sheet().assertWritable(this.area(), "merge"));
  }

  select(): void {
    this.batches.queue(this, "select", null, () => {
      const r = this.area();
      this.ws.env.book.active = this.sheet();
      this.ws.env.book.selection = rangeRef(r.top, r.left, r.top + r.rows - 1, r.left + r.cols - 1);
    });
  }

  load(props?: unknown): this {
    const { own } = loadList(props ?? "values,formulas,rowIndex,columnIndex,rowCount,columnCount,address");
    this.batches.queue(this, "load", props, () => this.fill(own));
    return this;
  }

  private fill(props: readonly string[]): number {
    if (this.orNull) {
      if (this.rect === undefined) this.rect = this.locate();
      if (this.rect === null) return this.setLoaded({ isNullObject: true });
    }
    const r = this.area();
    const s = this.sheet();
    const cells = r.rows * r.cols;
    // a whole column's text is a million cells: too big to answer, and too big for the fake to build
    if (cells > 2_000_000 && props.some((p) => ["values", "formulas", "text", "numberFormat"].includes(p))) {
      throw new FakeExcelError("ResponsePayloadSizeLimitExceeded", `${cells} cells`);
    }
    const grid = <T>(f: (row: number, col: number) => T): T[][] =>
      Array.from({ length: r.rows }, (_, i) => Array.from({ length: r.cols }, (_, k) => f(r.top + i, r.left + k)));
    const out: Record<string, unknown> = { isNullObject: false };
    for (const p of props) {
      if (p === "values") out.values = grid((i, k) => s.valueAt(i, k));
      // d.ts Range.formulas: "If a cell has no formula, its value is returned instead"
      else if (p === "formulas") out.formulas = grid((i, k) => s.get(i, k) ?? "");
      else if (p === "text") out.text = grid((i, k) => display(s.valueAt(i, k)));
      else if (p === "numberFormat") out.numberFormat = grid((i, k) => (s.isText(i, k) ? "@" : "General"));
      else if (p === "rowIndex") out.rowIndex = r.top;
      else if (p === "columnIndex") out.columnIndex = r.left;
      else if (p === "rowCount") out.rowCount = r.rows;
      else if (p === "columnCount") out.columnCount = r.cols;
      else if (p === "address") out.address = `'${s.name}'!${rangeRef(r.top, r.left, r.top + r.rows - 1, r.left + r.cols - 1)}`;
    }
    return this.setLoaded(out);
  }

  private write(v: unknown[][], what: string): void {
    const r = this.area();
    checkShape(v, r, what);
    const s = this.sheet();
    s.assertWritable(r, what);
    // null leaves a cell as it is; "" clears it
    v.forEach((row, i) => row.forEach((c, k) => s.enter(r.top + i, r.left + k, c as Scalar | null)));
    s.book.written();
    this.ws.env.fire(s, rangeRef(r.top, r.left, r.top + r.rows - 1, r.left + r.cols - 1));
  }

  private formatSet(path: readonly string[], value: unknown): void {
    formatSet(this.sheet(), this.area(), path, value);
  }

  private child<T>(key: string, make: () => T): T {
    if (!this.children.has(key)) this.children.set(key, make());
    return this.children.get(key) as T;
  }
}

function formatSet(s: SheetModel, r: Rect, path: readonly string[], value: unknown): void {
  if (path.join(".") === "protection.locked") {
    // changing it on a protected sheet fails like any format
    if (s.protected) throw new FakeExcelError("AccessDenied", `${s.name} is protected`);
    s.setLocked(r, value !== false);
    return;
  }
  if (s.protected && !["columnWidth", "rowHeight"].includes(path[0])) throw new FakeExcelError("AccessDenied", `${s.name} is protected: formats can't change`);
}

/** Excel.RangeAreas (ExcelApi 1.9): its format and data validation apply to every area. */
export class RangeAreasProxy extends ProxyObject {
  private readonly areas: Rect[];
  private readonly children = new Map<string, unknown>();

  constructor(
    readonly ws: WorksheetProxy,
    readonly addresses: string,
  ) {
    super(ws.batches, "RangeAreas", ws, ["getRanges", addresses], "1.9");
    this.areas = addresses.split(",").map((a) => mustParse(a.trim()));
  }

  get format(): unknown {
    return this.child("format", () => generic(this, "RangeFormat", "format", "1.1", (path, value) => this.areas.forEach((r) => formatSet(this.ws.model(), r, path, value))));
  }

  get dataValidation(): unknown {
    return this.child("dataValidation", () => generic(this, "DataValidation", "dataValidation", "1.8", validationSetter(() => this.ws.model().validations, () => this.areas, finder(this.ws.env))));
  }

  private child<T>(key: string, make: () => T): T {
    if (!this.children.has(key)) this.children.set(key, make());
    return this.children.get(key) as T;
  }
}

/** d.ts Range.values: "The number of rows or columns in the input array doesn't match the size or dimensions of the range" → InvalidArgument */
function checkShape(v: unknown, r: Rect, what: string): void {
  if (!Array.isArray(v) || v.length !== r.rows || v.some((row) => !Array.isArray(row) || row.length !== r.cols)) {
    throw new FakeExcelError("InvalidArgument", `${what}: the array doesn't match the range's ${r.rows} × ${r.cols}`);
  }
}

function display(v: Scalar): string {
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

const MEMBER_OF: Record<string, string> = {
  font: "RangeFont",
  fill: "RangeFill",
  borders: "RangeBorderCollection",
  protection: "FormatProtection",
  custom: "CustomConditionalFormat",
  rule: "ConditionalFormatRule",
};

/**
 * Any other object (RangeFormat, DataValidation, ConditionalFormat, PageLayout …): navigating creates child
 * objects; setting a property or calling a method queues an operation. The requirement set is the member's own
 * (MEMBER_API) or its parent's.
 */
function generic(
  owner: ProxyObject,
  klass: string,
  step: unknown,
  api: string,
  onSet: ((path: readonly string[], value: unknown) => void) | null,
  onAdd?: (args: unknown[]) => { insert: () => void; set: (path: readonly string[], value: unknown) => void },
  path: readonly string[] = [],
): unknown {
  const node = new ProxyObject(owner.batches, klass, owner, step, api);
  const children = new Map<string, unknown>();
  return new Proxy(
    {},
    {
      get(_, prop) {
        if (typeof prop === "symbol" || prop === "then" || prop === "toJSON") return undefined;
        if (prop === "load") {
          return (props?: unknown) => {
            node.batches.queue(node, "load", props, () => utf8Bytes(props));
            return undefined;
          };
        }
        if (["getItem", "add", "freezeAt", "freezeRows", "freezeColumns", "setPrintTitleRows", "clear", "autofitColumns", "autofitRows"].includes(prop)) {
          return (...args: unknown[]) => {
            const childKlass = prop === "getItem" ? "RangeBorder" : prop === "add" ? "ConditionalFormat" : klass;
            // an added conditional format records its own properties
            const added = prop === "add" ? onAdd?.(args) : undefined;
            node.batches.queue(node, prop, args, () => added?.insert());
            if (added) return generic(node, childKlass, [prop, ...args], node.api, added.set, undefined, []);
            if (prop === "getItem" || prop === "add") return generic(node, childKlass, [prop, ...args], node.api, onSet, undefined, path);
            return undefined;
          };
        }
        if (!children.has(prop)) children.set(prop, generic(node, MEMBER_OF[prop] ?? klass, prop, lookup(klass, prop) ?? "1.1", onSet, onAdd, [...path, prop]));
        return children.get(prop);
      },
      set(_, prop, value) {
        if (typeof prop === "symbol") return false;
        node.batches.queue(
          node,
          prop,
          value,
          () => {
            onSet?.([...path, prop], value);
          },
          lookup(klass, prop),
        );
        return true;
      },
    },
  );
}

function lookup(klass: string, prop: string): string | undefined {
  const table: Record<string, string> = {
    "RangeFormat.columnWidth": "1.2",
    "RangeFormat.rowHeight": "1.2",
    "RangeFormat.protection": "1.2",
    "RangeFormat.autofitColumns": "1.2",
  };
  return table[`${klass}.${prop}`];
}

export { WorksheetProtectionProxy };
