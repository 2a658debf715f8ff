import { TARGET_STAGE } from "../domain/scoreBook";
import type { Stage, StageChoice } from "../domain/types";
import { canonicalJson, fingerprint } from "./fingerprint";
import { META_SHEET, summaryLayout, unitLayout, type UnitLayout } from "./layout";
import { keyedRowWrites, readKeyedRows } from "./metaRows";
import type { CellScalar } from "./plan";
import type { WorkbookContents } from "./readWorkbook";
import { cellAt, type CellValue, type CellWrite, type WorkbookSnapshot } from "./snapshot";

/**
 * The seal ("chốt kết quả") lives in two more keyed rows of the very hidden meta sheet: the current seal, and the
 * history of every seal and unseal. The seal keeps every input value itself (scores, counts, votes), so a later
 * change is reported with its cell and both values, and a digest of it all, so an edit of the record shows too.
 */
export const SEAL_KEY = "seal";
export const SEAL_LOG_KEY = "sealLog";
export const SEAL_VERSION = 1;
/**
 * The current seal's digest is also kept in the meta sheet's "format" row (column D): a trace outside the seal's
 * own rows, so deleting those rows still shows. It is unkeyed: someone who knows the format can remove it too.
 */
export const SEAL_MARK_COL = 3;

/** What locating the sealed cells needs: the stored rubric, bloc and sheet names. */
export type SealedLayout = Pick<WorkbookContents, "rubric" | "bloc" | "sheets">;

export interface SealEvent {
  readonly action: "seal" | "unseal";
  readonly by: string;
  /** ISO 8601 */
  readonly at: string;
  readonly stage?: StageChoice;
  readonly reason?: string;
  readonly digest?: string;
}

export interface SealValues {
  readonly rubricSha256: string;
  readonly blocSha256: string;
  readonly units: readonly string[];
  readonly items: readonly string[];
  /** the rubric's stages, then "target" when it has measured criteria (their targets are sealed too) */
  readonly stages: readonly (Stage | typeof TARGET_STAGE)[];
  /** [unit][item][stage] as the cells held them; null = empty */
  readonly values: readonly (readonly (readonly CellScalar[])[])[];
  /** the "Biểu quyết" cell of each unit */
  readonly votes: readonly CellScalar[];
}

export interface SealRecord extends SealValues {
  readonly version: number;
  readonly by: string;
  readonly at: string;
  readonly stage: StageChoice;
  /** SHA-256 of the canonical JSON of everything above */
  readonly digest: string;
}

export interface SealState {
  readonly current: SealRecord | null;
  readonly log: readonly SealEvent[];
  /**
   * the rows are there but are not a seal we can read, or they disagree with each other or with the mark: treated
   * as sealed and changed
   */
  readonly damaged: boolean;
  /** no seal record, but the history's last action or the mark says the workbook is sealed: the record was removed */
  readonly removed: { readonly by: string | null; readonly at: string | null } | null;
}

/** Empty text is an empty cell; an error reads as its text. */
export function sealScalar(v: CellValue): CellScalar {
  if (v !== null && typeof v === "object") return v.error;
  if (typeof v === "string" && v.trim() === "") return null;
  return v;
}

/** Every input value of the workbook as the snapshot holds it, in layout order. */
/** The columns a seal records on a unit sheet, in the order of SealValues.stages: the stages, then the target. */
export function sealedColumns(layout: UnitLayout): number[] {
  return [...layout.stages.map((s) => layout.col[`stage:${s}`]), ...(layout.measured ? [layout.col.target] : [])];
}

export function captureSealValues(contents: SealedLayout, snapshot: WorkbookSnapshot): SealValues {
  const { rubric, bloc, sheets } = contents;
  const layout = unitLayout(rubric);
  const byName = new Map(snapshot.sheets.map((s) => [s.name, s]));
  const values = bloc.units.map((_, k) => {
    const sheet = byName.get(sheets.units[k]);
    return layout.items.map((it) => sealedColumns(layout).map((col) => (sheet ? sealScalar(cellAt(sheet, it.row, col)) : null)));
  });
  const summary = byName.get(sheets.summary);
  const sl = summaryLayout(rubric, bloc.units.length);
  const votes = bloc.units.map((_, k) => (summary ? sealScalar(cellAt(summary, sl.firstUnitRow + k, sl.col.vote)) : null));
  return {
    rubricSha256: fingerprint(rubric),
    blocSha256: fingerprint(bloc),
    units: bloc.units.map((u) => u.id),
    items: layout.items.map((it) => it.id),
    stages: [...layout.stages, ...(layout.measured ? ([TARGET_STAGE] as const) : [])],
    values,
    votes,
  };
}

function digestOf(record: Omit<SealRecord, "digest">): string {
  return fingerprint(record);
}

export function makeSeal(values: SealValues, who: { readonly by: string; readonly at: string; readonly stage: StageChoice }): SealRecord {
  const body = { version: SEAL_VERSION, by: who.by, at: who.at, stage: who.stage, ...values };
  return { ...body, digest: digestOf(body) };
}

/** Whether the record still matches its digest (an edited record does not). */
export function sealIntact(record: SealRecord): boolean {
  const { digest, ...body } = record;
  return digestOf(body) === digest;
}

function parse<T>(text: string | undefined): T | undefined {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}

function isRecord(x: unknown): x is SealRecord {
  const r = x as SealRecord | undefined;
  return !!r && typeof r.by === "string" && typeof r.at === "string" && typeof r.digest === "string" && Array.isArray(r.values) && Array.isArray(r.units) && Array.isArray(r.items) && Array.isArray(r.stages) && Array.isArray(r.votes);
}

function formatRow(metaValues: readonly (readonly CellValue[])[]): number {
  return metaValues.findIndex((r) => r[0] === "format");
}

export function readSealState(metaValues: readonly (readonly CellValue[])[]): SealState {
  const rows = readKeyedRows(metaValues);
  const sealText = rows.get(SEAL_KEY);
  const parsedLog = parse<SealEvent[]>(rows.get(SEAL_LOG_KEY));
  const logOk = Array.isArray(parsedLog);
  const log = logOk ? parsedLog : [];
  const logDamaged = rows.has(SEAL_LOG_KEY) && !!rows.get(SEAL_LOG_KEY) && !logOk;
  const markCell = metaValues[formatRow(metaValues)]?.[SEAL_MARK_COL];
  const mark = typeof markCell === "string" && markCell.trim() !== "" ? markCell.trim() : null;
  const last = log.length > 0 ? log[log.length - 1] : undefined;
  const lastSeal = last?.action === "seal" ? last : undefined;
  if (!sealText) {
    if (!mark && !lastSeal) return { current: null, log, damaged: logDamaged, removed: null };
    return { current: null, log, damaged: true, removed: { by: lastSeal?.by ?? null, at: lastSeal?.at ?? null } };
  }
  const record = parse<unknown>(sealText);
  if (!isRecord(record)) return { current: null, log, damaged: true, removed: null };
  // a record that is not the one the history's last seal and the mark name was put there by hand
  const disagrees = (mark !== null && mark !== record.digest) || (logOk && lastSeal?.digest !== record.digest);
  return { current: record, log, damaged: !logOk || disagrees, removed: null };
}

/** The seal state of a workbook snapshot (no seal when the meta sheet is missing: readWorkbook reports that). */
export function sealStateOf(snapshot: WorkbookSnapshot): SealState {
  const meta = snapshot.sheets.find((s) => s.name === META_SHEET);
  return meta ? readSealState(meta.values) : { current: null, log: [], damaged: false, removed: null };
}

/** The current seal, or null. */
export function currentSeal(snapshot: WorkbookSnapshot): SealRecord | null {
  return sealStateOf(snapshot).current;
}

/** The writes that store `current` (null = no seal), its mark and `log` in the meta sheet. */
export function sealWrites(snapshot: WorkbookSnapshot, current: SealRecord | null, log: readonly SealEvent[]): CellWrite[] {
  const values = snapshot.sheets.find((s) => s.name === META_SHEET)?.values ?? [];
  const writes = keyedRowWrites(META_SHEET, values, [
    [SEAL_KEY, current ? canonicalJson(current) : ""],
    [SEAL_LOG_KEY, JSON.stringify(log)],
  ]);
  const row = formatRow(values);
  if (row >= 0) writes.push({ sheet: META_SHEET, row, col: SEAL_MARK_COL, value: current ? current.digest : null });
  return writes;
}

/**
 * The writes that give the meta sheet `to` the seal of the meta sheet `from` exactly as it stands there: the
 * current seal's row, the history's row and the mark, copied as text (a damaged seal stays damaged, for validate
 * to report). Restoring a backup uses it: the rebuilt meta sheet would otherwise come back never sealed.
 */
export function carriedSealWrites(from: readonly (readonly CellValue[])[], to: readonly (readonly CellValue[])[]): CellWrite[] {
  const rows = readKeyedRows(from);
  const entries = [SEAL_KEY, SEAL_LOG_KEY].flatMap((key) => (rows.has(key) ? [[key, rows.get(key)!] as const] : []));
  const writes = keyedRowWrites(META_SHEET, to, entries);
  const mark = from[formatRow(from)]?.[SEAL_MARK_COL];
  const row = formatRow(to);
  if (row >= 0 && typeof mark === "string" && mark !== "") writes.push({ sheet: META_SHEET, row, col: SEAL_MARK_COL, value: mark });
  return writes;
}
