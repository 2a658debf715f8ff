import { META_SHEET } from "./layout";
import { keyedRowWrites, readKeyedRows } from "./metaRows";
import type { CellValue, CellWrite, WorkbookSnapshot } from "./snapshot";

/**
 * Split gives each unit's copy a random token and keeps every unit's token in the bloc workbook's very hidden
 * meta sheet (one keyed row, JSON `{unit id: token}`). A unit holds only its own copy, so it knows only its own
 * token: a copy edited to claim another unit, stage or sheet still carries the token of the unit it was made for,
 * and merge goes by the token, never by the claim.
 */
export const COPY_TOKENS_KEY = "copyTokens";

/** 128 random bits as 32 hex digits. */
export const TOKEN_PATTERN = /^[0-9a-f]{32}$/;

/** unit id → token, as the meta sheet holds them; empty when the workbook was never split with tokens. */
export function readCopyTokens(metaValues: readonly (readonly CellValue[])[]): ReadonlyMap<string, string> {
  const text = readKeyedRows(metaValues).get(COPY_TOKENS_KEY);
  if (!text) return new Map();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return new Map();
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return new Map();
  return new Map(Object.entries(parsed as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === "string" && TOKEN_PATTERN.test(e[1])));
}

export function copyTokensOf(snapshot: WorkbookSnapshot): ReadonlyMap<string, string> {
  const meta = snapshot.sheets.find((s) => s.name === META_SHEET);
  return meta ? readCopyTokens(meta.values) : new Map();
}

/** The writes that store `tokens` in the meta sheet of `snapshot` (its row replaced, or a new row). */
export function copyTokenWrites(snapshot: WorkbookSnapshot, tokens: ReadonlyMap<string, string>): CellWrite[] {
  const meta = snapshot.sheets.find((s) => s.name === META_SHEET);
  return keyedRowWrites(META_SHEET, meta?.values ?? [], [[COPY_TOKENS_KEY, JSON.stringify(Object.fromEntries(tokens))]]);
}
