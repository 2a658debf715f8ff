/** Excel.run's shape, so the host can be driven by a fake of Excel's object model in tests. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * Excel refuses a request or a response over 5 MB (Resource limits for Office Add-ins); batches are cut at 4 MB
 * of what Excel receives: every queued operation, not only cell data, in UTF-8.
 */
export const PAYLOAD_LIMIT = 4 * 1024 * 1024;

/**
 * Office.js sends a batch as JSON: each object path (getRange("A1"), .format, .font …) once, each action (a
 * property set, a method call, a load) once, with its arguments. These are upper estimates of one entry each.
 */
export const PATH_BYTES = 100;
export const ACTION_BYTES = 80;

/** UTF-8 bytes of a value as JSON (a string as itself): "Tổng hợp" is 12 bytes, not 8 characters. */
export function utf8Size(value: unknown): number {
  if (value === undefined || value === null) return 4;
  const text = typeof value === "string" ? value : JSON.stringify(value);
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // UTF-16 unit → UTF-8 bytes: 1 below 0x80, 2 below 0x800, 3 otherwise; a surrogate pair (2 units) is 4
    if (c >= 0x80) bytes += c < 0x800 || (c >= 0xd800 && c < 0xe000) ? 1 : 2;
  }
  return bytes;
}

/** The bytes of `actions` operations on `paths` new objects carrying `data`. */
export function opBytes(actions: number, paths: number, data?: unknown): number {
  return actions * ACTION_BYTES + paths * PATH_BYTES + (data === undefined ? 0 : utf8Size(data));
}

/** Counts what a batch will send and syncs before an operation would take it past the limit. */
export class RequestMeter {
  bytes = 0;
  constructor(private readonly context: Excel.RequestContext) {}

  /** Call before queueing an operation of `size` bytes. */
  async reserve(size: number): Promise<void> {
    if (this.bytes > 0 && this.bytes + size > PAYLOAD_LIMIT) {
      await this.context.sync();
      this.bytes = 0;
    }
    this.bytes += size;
  }
}
