/** Excel.run's shape, so the host can be driven by a recording fake in tests. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Excel on the web refuses a request over 5 MB; batches are cut well below that. */
export const PAYLOAD_LIMIT = 4 * 1024 * 1024;

/** Rough size of what a queued write sends, to know when a batch must be synced early. */
export function payloadSize(value: unknown): number {
  return JSON.stringify(value)?.length ?? 0;
}
