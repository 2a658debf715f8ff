import type { Stage, StageChoice } from "../domain/types";
import { canonicalJson, fingerprint } from "./fingerprint";
import { META_SHEET, summaryLayout, unitLayout } from "./layout";
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
  readonly stages: readonly Stage[];
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
  /** the rows are there but are not a seal we can read: treated as sealed and changed */
  readonly damaged: boolean;
}

/** Empty text is an empty cell; an error reads as its text. */
export function sealScalar(v: CellValue): CellScalar {
  if (v !== null && typeof v === "object") return v.error;
  if (typeof v === "string" && v.trim() === "") return null;
  return v;
}

/** Every input value of the workbook as the snapshot holds it, in layout order. */
export function captureSealValues(contents: SealedLayout, snapshot: WorkbookSnapshot): SealValues {
  const { rubric, bloc, sheets } = contents;
  const layout = unitLayout(rubric);
  const byName = new Map(snapshot.sheets.map((s) => [s.name, s]));
  const values = bloc.units.map((_, k) => {
    const sheet = byName.get(sheets.units[k]);
    return layout.items.map((it) => layout.stages.map((s) => (sheet ? sealScalar(cellAt(sheet, it.row, layout.col[`stage:${s}`])) : null)));
  });
  const summary = byName.get(sheets.summary);
  const sl = summaryLayout(rubric, bloc.units.length);
  const votes = bloc.units.map((_, k) => (summary ? sealScalar(cellAt(summary, sl.firstUnitRow + k, sl.col.vote)) : null));
  return {
    rubricSha256: fingerprint(rubric),
    blocSha256: fingerprint(bloc),
    units: bloc.units.map((u) => u.id),
    items: layout.items.map((it) => it.id),
    stages: [...layout.stages],
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

export function readSealState(metaValues: readonly (readonly CellValue[])[]): SealState {
  const rows = readKeyedRows(metaValues);
  const sealText = rows.get(SEAL_KEY);
  const log = parse<SealEvent[]>(rows.get(SEAL_LOG_KEY));
  const logOk = Array.isArray(log);
  if (!sealText) return { current: null, log: logOk ? log : [], damaged: rows.has(SEAL_LOG_KEY) && !!rows.get(SEAL_LOG_KEY) && !logOk };
  const record = parse<unknown>(sealText);
  if (!isRecord(record)) return { current: null, log: logOk ? log : [], damaged: true };
  return { current: record, log: logOk ? log : [], damaged: !logOk };
}

/** The seal state of a workbook snapshot (no seal when the meta sheet is missing: readWorkbook reports that). */
export function sealStateOf(snapshot: WorkbookSnapshot): SealState {
  const meta = snapshot.sheets.find((s) => s.name === META_SHEET);
  return meta ? readSealState(meta.values) : { current: null, log: [], damaged: false };
}

/** The current seal, or null. */
export function currentSeal(snapshot: WorkbookSnapshot): SealRecord | null {
  return sealStateOf(snapshot).current;
}

/** The writes that store `current` (null = no seal) and `log` in the meta sheet. */
export function sealWrites(snapshot: WorkbookSnapshot, current: SealRecord | null, log: readonly SealEvent[]): CellWrite[] {
  const meta = snapshot.sheets.find((s) => s.name === META_SHEET);
  return keyedRowWrites(META_SHEET, meta?.values ?? [], [
    [SEAL_KEY, current ? canonicalJson(current) : ""],
    [SEAL_LOG_KEY, JSON.stringify(log)],
  ]);
}
