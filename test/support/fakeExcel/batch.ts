/**
 * The request/response machinery every proxy shares: operations are queued, not run; `context.sync()` sends the
 * batch, runs its operations in order, and the first that fails stops the rest (ops before it stay applied:
 * Office.js has no transactions — learn.microsoft.com "Application-specific API model": "If any operation in the
 * batch fails, subsequent operations are not executed").
 */
import { ACTION_BYTES, FakeExcelError, MEMBER_API, minor, PATH_BYTES, supports, utf8Bytes, type ApiLevel } from "./api";

export interface Op {
  readonly owner: ProxyObject;
  readonly member: string;
  readonly api: string;
  readonly bytes: number;
  /** runs at sync; returns the bytes it adds to the response */
  readonly run: () => number | void;
}

export class Batches {
  syncs = 0;
  /** request bytes of every sync, in order */
  readonly requests: number[] = [];
  /** response bytes of every sync, in order */
  readonly responses: number[] = [];
  /** operations queued in each sync, in order */
  readonly opsPerSync: number[] = [];
  /** operations run so far, over every sync: `failAtOp` counts these */
  opsRun = 0;
  /** the operation (1-based, counted over every sync) that fails with GeneralException, as a lost connection would */
  failAtOp?: number;
  /** request bytes by "Class.member", over every sync: what a batch spends its bytes on */
  readonly bytesByMember = new Map<string, number>();
  private pending: Op[] = [];

  constructor(
    readonly level: ApiLevel,
    private readonly limit: number,
  ) {}

  /** the number of the batch being queued */
  get current(): number {
    return this.syncs;
  }

  queue(owner: ProxyObject, member: string, args: unknown, run: () => number | void, memberApi?: string): void {
    const api = maxApi(owner.api, memberApi ?? MEMBER_API[`${owner.klass}.${member}`] ?? "1.1");
    const bytes = ACTION_BYTES + utf8Bytes(args) + owner.pathBytes(this.current);
    this.pending.push({ owner, member, api, bytes, run });
    const k = `${owner.klass}.${member}`;
    this.bytesByMember.set(k, (this.bytesByMember.get(k) ?? 0) + bytes);
  }

  async sync(): Promise<void> {
    this.syncs++;
    const ops = this.pending;
    this.pending = [];
    this.opsPerSync.push(ops.length);
    const request = ops.reduce((s, o) => s + o.bytes, 0);
    this.requests.push(request);
    // d.ts Excel.ErrorCodes; Resource limits: 5 MB per request on Excel on the web — nothing of it runs
    if (request > this.limit) {
      this.responses.push(0);
      throw new FakeExcelError("RequestPayloadSizeLimitExceeded", `request of ${request} bytes`);
    }
    let response = 0;
    try {
      for (const op of ops) {
        this.opsRun++;
        if (this.opsRun === this.failAtOp) throw new FakeExcelError("GeneralException", `injected failure at operation ${this.opsRun} (${op.owner.klass}.${op.member})`);
        // d.ts: a member above the host's requirement set is not there: ApiNotFound
        if (!supports(this.level, op.api)) throw new FakeExcelError("ApiNotFound", `${op.owner.klass}.${op.member} needs ExcelApi ${op.api}`);
        response += op.run() ?? 0;
      }
    } finally {
      this.responses.push(response);
    }
    // Resource limits: 5 MB per response too (a load of many cells); the operations before it ran
    if (response > this.limit) throw new FakeExcelError("ResponsePayloadSizeLimitExceeded", `response of ${response} bytes`);
  }
}

export function maxApi(a: string, b: string): string {
  return minor(a) >= minor(b) ? a : b;
}

/** Any proxy: its object path (sent once per batch), its requirement set, and the properties a sync loaded. */
export class ProxyObject {
  readonly api: string;
  private sentIn = -1;
  /** property → value, filled when a queued load runs at sync (office.js: "call load() and then sync()") */
  protected readonly loaded = new Map<string, unknown>();

  constructor(
    readonly batches: Batches,
    readonly klass: string,
    readonly parent: ProxyObject | null,
    private readonly step: unknown,
    api = "1.1",
  ) {
    this.api = maxApi(parent?.api ?? "1.1", api);
  }

  pathBytes(batch: number): number {
    if (this.sentIn === batch) return 0;
    this.sentIn = batch;
    return PATH_BYTES + utf8Bytes(this.step) + (this.parent?.pathBytes(batch) ?? 0);
  }

  /** office.js throws PropertyNotLoaded when a property is read before load() and sync() */
  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw new FakeExcelError("PropertyNotLoaded", `${this.klass}.${prop} was not loaded and synced`);
    return this.loaded.get(prop) as T;
  }

  protected setLoaded(values: Record<string, unknown>): number {
    for (const [k, v] of Object.entries(values)) this.loaded.set(k, v);
    return utf8Bytes(values);
  }
}

/** "items/name,items/id" or ["values", "formulas"] → the property names, with "items/" kept apart. */
export function loadList(props: unknown): { own: string[]; items: string[] } {
  const list = Array.isArray(props) ? (props as string[]) : typeof props === "string" ? props.split(",") : props && typeof props === "object" ? Object.keys(props) : [];
  const own: string[] = [];
  const items: string[] = [];
  for (const p of list.map((s) => s.trim()).filter(Boolean)) (p.startsWith("items/") ? items : own).push(p.replace(/^items\//, ""));
  return { own, items };
}
