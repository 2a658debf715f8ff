/**
 * A fake of Excel's JavaScript API that behaves as Microsoft documents it, not as a kind recorder would: the
 * host under test must survive what real Excel does. Each rule cites its source (see fakeExcel/api.ts for the
 * requirement sets and limits). In short:
 * - operations queue and run in order at `context.sync()`; the first that fails stops the rest of its batch;
 * - a property read before load() + sync() throws PropertyNotLoaded; loaded values are a snapshot of that sync;
 * - at an API level, every member above it throws ApiNotFound (`isSetSupported` answers for that level);
 * - sheet names are case-insensitive (ItemAlreadyExists); deleting a VeryHidden sheet is InvalidOperation;
 * - formulas bind to sheets when written (a missing sheet is #REF! for good), follow renames, break on delete;
 *   defined names too;
 * - strings written through `values`/`formulas` are parsed as typed ("=…", "+…", "-…" are formulas; "01",
 *   "1.1", "30%", "1/2" numbers) unless the cell is formatted "@" or the string starts with "'";
 * - writes to locked cells of a protected sheet throw AccessDenied;
 * - request and response are sized in UTF-8 bytes of the whole batch; over 5 MB throws;
 * - calculation mode Manual leaves results stale until calculate(); onChanged handlers of deleted sheets stop.
 */
import { cellRef } from "../../src/workbook/a1";
import { FakeExcelError, MEMBER_API, PAYLOAD_LIMIT_BYTES, supports, utf8Bytes, type ApiLevel } from "./fakeExcel/api";
import { Batches, loadList, ProxyObject } from "./fakeExcel/batch";
import { BookModel, type SheetModel } from "./fakeExcel/model";
import { Env, RangeProxy, WorksheetProxy } from "./fakeExcel/objects";

export { API_LEVELS, type ApiLevel } from "./fakeExcel/api";
export type { SheetModel } from "./fakeExcel/model";

export interface FakeExcelOptions {
  /** the ExcelApi requirement set this Excel supports (default 1.12, Microsoft 365) */
  readonly api?: ApiLevel;
  readonly calculation?: "Automatic" | "Manual";
}

interface ChangedEvent {
  readonly type: "WorksheetChanged";
  readonly worksheetId: string;
  readonly address: string;
  readonly changeType: "RangeEdited";
  readonly source: "Local";
}

export class FakeExcel {
  readonly book = new BookModel();
  readonly batches: Batches;
  readonly level: ApiLevel;
  private readonly env: Env;
  private deliveries: Promise<void> = Promise.resolve();
  /** every handler call, for tests of live mode */
  readonly events: ChangedEvent[] = [];

  constructor(sheetNames: readonly string[] = ["Sheet1"], options: FakeExcelOptions = {}) {
    this.level = options.api ?? "1.12";
    this.batches = new Batches(this.level, PAYLOAD_LIMIT_BYTES);
    this.book.calculationMode = options.calculation ?? "Automatic";
    for (const n of sheetNames) this.book.add(n);
    this.book.active = this.book.sheets[0];
    this.env = new Env(this.book, this.batches, (sheet, address) => this.fire(sheet, address));
  }

  get sheets(): readonly SheetModel[] {
    return this.book.sheets;
  }

  sheet(name: string): SheetModel | undefined {
    return this.book.find(name);
  }

  get syncs(): number {
    return this.batches.syncs;
  }

  /** request bytes of each sync */
  get payloads(): readonly number[] {
    return this.batches.requests;
  }

  get responses(): readonly number[] {
    return this.batches.responses;
  }

  set failAtOp(n: number | undefined) {
    this.batches.failAtOp = n;
  }

  get opsRun(): number {
    return this.batches.opsRun;
  }

  set selection(address: string) {
    this.book.selection = address;
  }

  /** Office.context.requirements.isSetSupported("ExcelApi", v) as this Excel answers it */
  readonly isSetSupported = (version: string): boolean => supports(this.level, version);

  /** the base64 of every workbook Excel.createWorkbook opened */
  readonly createdWorkbooks: string[] = [];

  /** Excel.createWorkbook(base64): ApiNotFound below ExcelApi 1.8 (d.ts [ExcelApi 1.8]), as every member above the level */
  readonly createWorkbook = async (base64?: string): Promise<void> => {
    if (!supports(this.level, MEMBER_API["Excel.createWorkbook"])) throw new FakeExcelError("ApiNotFound", "Excel.createWorkbook needs ExcelApi 1.8");
    this.createdWorkbooks.push(base64 ?? "");
  };

  /** Excel.run: a new request context each time, sharing the one workbook */
  readonly run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => batch(this.context() as unknown as Excel.RequestContext);

  /** A person types into a cell: the sheet's onChanged handlers hear of it. */
  userEdit(sheetName: string, row: number, col: number, value: string | number): void {
    const s = this.sheet(sheetName);
    if (!s) throw new Error(`no sheet ${sheetName}`);
    s.enter(row, col, value);
    this.book.written();
    this.fire(s, cellRef(row, col));
  }

  /** Waits until every event raised so far has reached its handlers (Excel raises them after the sync). */
  async flushEvents(): Promise<void> {
    await this.deliveries;
    await new Promise((r) => setImmediate(r));
  }

  /** Formulas and defined names whose reference broke (#REF!), as "Sheet!A1" or "name:NAME". */
  brokenReferences(): string[] {
    const out: string[] = [];
    for (const s of this.book.sheets) {
      for (const [k, c] of s.cells) if (c.formula !== undefined && this.book.render(c.formula).includes("#REF!")) out.push(`${s.name}!${cellRef(Math.floor(k / 16384), k % 16384)}`);
    }
    for (const n of this.book.names) if (n.sheet.deleted) out.push(`name:${n.name}`);
    return out;
  }

  private fire(sheet: SheetModel, address: string): void {
    // Runtime.enableEvents = false (ExcelApi 1.8) silences every event of this add-in
    if (!this.book.eventsEnabled) return;
    const live = sheet.handlers.filter((h) => !h.removed);
    if (live.length === 0) return;
    const args: ChangedEvent = { type: "WorksheetChanged", worksheetId: sheet.id, address, changeType: "RangeEdited", source: "Local" };
    this.deliveries = this.deliveries.then(async () => {
      await new Promise((r) => setImmediate(r));
      for (const h of live) {
        if (h.removed) continue;
        this.events.push(args);
        await h.handler(args);
      }
    });
  }

  private context(): unknown {
    const book = this.book;
    const batches = this.batches;
    const env = this.env;
    const worksheets = new WorksheetCollectionProxy(env);
    const names = new NamedItemCollectionProxy(env);
    const application = new ApplicationProxy(batches, book);
    const runtime = new RuntimeProxy(batches, book);
    const workbook = {
      worksheets,
      names,
      application,
      getSelectedRange: () => {
        const ws = new WorksheetProxy(env, "activeSheet", () => book.active ?? book.sheets[0]);
        return ws.getRange(book.selection);
      },
    };
    return { workbook, application, runtime, sync: () => batches.sync() };
  }
}

class WorksheetCollectionProxy extends ProxyObject {
  private itemList?: WorksheetProxy[];

  constructor(private readonly env: Env) {
    super(env.batches, "WorksheetCollection", null, "worksheets");
  }

  get items(): WorksheetProxy[] {
    if (!this.itemList) throw new FakeExcelError("PropertyNotLoaded", "WorksheetCollection.items was not loaded and synced");
    return this.itemList;
  }

  load(props?: unknown): this {
    const { items, own } = loadList(props ?? "items/name");
    const wanted = items.length > 0 ? items : own.length > 0 ? own : ["name"];
    this.batches.queue(this, "load", props ?? null, () => {
      this.itemList = this.env.book.sheets.map((s) => new WorksheetProxy(this.env, ["getItem", s.id], () => s, false, s));
      return this.itemList.reduce((n, w) => n + w.fill(wanted), 0);
    });
    return this;
  }

  add(name: string): WorksheetProxy {
    let created: SheetModel | undefined;
    const ws = new WorksheetProxy(this.env, ["add", name], () => created);
    this.batches.queue(this, "add", name, () => {
      created = this.env.book.add(name);
    });
    return ws;
  }

  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.env, ["getItem", name], () => this.env.book.find(name));
  }

  getItemOrNullObject(name: string): WorksheetProxy {
    const ws = new WorksheetProxy(this.env, ["getItemOrNullObject", name], () => this.env.book.find(name), true);
    return ws;
  }
}

class NamedItemCollectionProxy extends ProxyObject {
  private itemList?: { name: string }[];

  constructor(private readonly env: Env) {
    super(env.batches, "NamedItemCollection", null, "names");
  }

  get items(): { name: string }[] {
    if (!this.itemList) throw new FakeExcelError("PropertyNotLoaded", "NamedItemCollection.items was not loaded and synced");
    return this.itemList;
  }

  load(props?: unknown): this {
    this.batches.queue(this, "load", props ?? null, () => {
      this.itemList = this.env.book.names.map((n) => ({ name: n.name }));
      return utf8Bytes(this.itemList);
    });
    return this;
  }

  add(name: string, reference: RangeProxy | string): void {
    this.batches.queue(this, "add", [name, typeof reference === "string" ? reference : "range"], () => {
      const book = this.env.book;
      if (book.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) throw new FakeExcelError("ItemAlreadyExists", `name ${name}`);
      if (typeof reference === "string") throw new FakeExcelError("InvalidArgument", "the fake binds names to ranges only");
      const sheet = reference.ws.model();
      const r = reference.area();
      book.names.push({ name, sheet: sheet.ref, address: `${r.top},${r.left},${r.rows},${r.cols}` });
    });
  }

  getItem(name: string): { delete: () => void } {
    const item = new ProxyObject(this.batches, "NamedItem", this, ["getItem", name]);
    return {
      delete: () =>
        this.batches.queue(item, "delete", null, () => {
          const book = this.env.book;
          const i = book.names.findIndex((n) => n.name.toLowerCase() === name.toLowerCase());
          if (i < 0) throw new FakeExcelError("ItemNotFound", `name ${name}`);
          book.names.splice(i, 1);
        }),
    };
  }
}

class ApplicationProxy extends ProxyObject {
  constructor(
    batches: Batches,
    private readonly book: BookModel,
  ) {
    super(batches, "Application", null, "application");
  }
  get calculationMode(): string {
    return this.read("calculationMode");
  }
  set calculationMode(v: string) {
    this.batches.queue(this, "setCalculationMode", v, () => void (this.book.calculationMode = v as "Automatic" | "Manual"));
  }
  load(props?: unknown): this {
    this.batches.queue(this, "load", props ?? null, () => this.setLoaded({ calculationMode: this.book.calculationMode }));
    return this;
  }
  /** d.ts Application.calculate [ExcelApi 1.1]: recalculates every open workbook */
  calculate(type: string): void {
    this.batches.queue(this, "calculate", type, () => void (this.book.stale = false));
  }
  suspendApiCalculationUntilNextSync(): void {
    this.batches.queue(this, "suspendApiCalculationUntilNextSync", null, () => undefined);
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.batches.queue(this, "suspendScreenUpdatingUntilNextSync", null, () => undefined);
  }
}

class RuntimeProxy extends ProxyObject {
  constructor(
    batches: Batches,
    private readonly book: BookModel,
  ) {
    super(batches, "Runtime", null, "runtime");
  }
  get enableEvents(): boolean {
    return this.read("enableEvents");
  }
  set enableEvents(v: boolean) {
    this.batches.queue(this, "enableEvents", v, () => void (this.book.eventsEnabled = v));
  }
  load(): this {
    this.batches.queue(this, "load", "enableEvents", () => this.setLoaded({ enableEvents: this.book.eventsEnabled }), "1.8");
    return this;
  }
}
