import { finding, type Finding, type Result } from "../domain/findings";
import { isFileProblem } from "../hosts/fileProblem";
import type { WorkbookHost } from "../hosts/host";
import { readWorkbook, type WorkbookContents } from "../workbook/readWorkbook";
import { sniffFile } from "./sniffFile";

/**
 * Opens a host on a file's bytes; a host that throws (not a zip, not a workbook, damaged) becomes
 * ERR_NOT_WORKBOOK for that file: an input that can't be used, never a crash.
 */
export async function openHost<H extends WorkbookHost>(open: () => Promise<H>, file: string): Promise<Result<H>> {
  try {
    return { ok: true, value: await open(), findings: [] };
  } catch (e) {
    return { ok: false, findings: [unreadable(e, file)] };
  }
}

/** What a host threw on opening or reading: a damaged or oversized file in our own words, else the parser's gist. */
export function unreadable(e: unknown, file: string): Finding {
  if (isFileProblem(e)) return { ...e.finding, params: { ...e.finding.params, file } };
  return finding("ERR_NOT_WORKBOOK", { reason: "xlsx", file, detail: errorDetail(e) });
}

/** A user's file from its bytes: what is plainly no .xlsx (empty, password, .xls…) is told before any parser runs. */
export async function openBytes<H extends WorkbookHost>(bytes: Uint8Array, open: (bytes: Uint8Array) => Promise<H>, file: string): Promise<Result<H>> {
  const wrong = sniffFile(bytes, file);
  return wrong ? { ok: false, findings: [wrong] } : openHost(() => open(bytes), file);
}

/** Snapshot + readWorkbook, with the file named in every finding that has no better place. */
export async function readContents(host: WorkbookHost, file: string): Promise<Result<WorkbookContents>> {
  let snapshot;
  try {
    // readWorkbook reads values alone: no formula is decoded
    snapshot = await host.snapshot(undefined, { formulas: false });
  } catch (e) {
    return { ok: false, findings: [unreadable(e, file)] };
  }
  const read = readWorkbook(snapshot);
  const named = read.findings.map((f): Finding => (f.code === "ERR_NOT_WORKBOOK" || f.code === "ERR_WORKBOOK_OLD" ? { ...f, params: { ...f.params, file } } : { ...f, source: { ...f.source, file } }));
  return read.ok ? { ...read, findings: named } : { ok: false, findings: named };
}

/** A parser's message about a damaged file, fit to show: it may quote bytes of the file (a garbled part name). */
export function errorDetail(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  return message.replace(/[\u0000-\u001f\u007f-\u009f\ufffd]+/g, " ").replace(/PK\s.*$/s, "").trim().slice(0, 160);
}
