import type { Bloc } from "../domain/types";
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

/**
 * Tokens of units a regeneration took out of the bloc (same JSON). They prove nothing any more: they are kept so
 * merge can say that a copy is of a unit that left, rather than of no one, and so the unit gets its token back
 * if it is added again.
 */
export const RETIRED_TOKENS_KEY = "retiredCopyTokens";

/** 128 random bits as 32 hex digits. */
export const TOKEN_PATTERN = /^[0-9a-f]{32}$/;

/** The tokens a bloc workbook holds: of its units, and of units that left it. */
export interface CopyTokens {
  readonly current: ReadonlyMap<string, string>;
  readonly retired: ReadonlyMap<string, string>;
}

export const NO_TOKENS: CopyTokens = { current: new Map(), retired: new Map() };

function tokenMap(text: string | undefined): ReadonlyMap<string, string> {
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

/** unit id → token, as the meta sheet holds them; empty when the workbook was never split with tokens. */
export function readCopyTokens(metaValues: readonly (readonly CellValue[])[]): ReadonlyMap<string, string> {
  return tokenMap(readKeyedRows(metaValues).get(COPY_TOKENS_KEY));
}

/** Both kinds of tokens of a meta sheet's values. */
export function readAllCopyTokens(metaValues: readonly (readonly CellValue[])[]): CopyTokens {
  const rows = readKeyedRows(metaValues);
  return { current: tokenMap(rows.get(COPY_TOKENS_KEY)), retired: tokenMap(rows.get(RETIRED_TOKENS_KEY)) };
}

function metaValuesOf(snapshot: WorkbookSnapshot): readonly (readonly CellValue[])[] {
  return snapshot.sheets.find((s) => s.name === META_SHEET)?.values ?? [];
}

export function copyTokensOf(snapshot: WorkbookSnapshot): ReadonlyMap<string, string> {
  return readCopyTokens(metaValuesOf(snapshot));
}

export function allCopyTokensOf(snapshot: WorkbookSnapshot): CopyTokens {
  return readAllCopyTokens(metaValuesOf(snapshot));
}

/**
 * The tokens a workbook rebuilt for `bloc` keeps, from those of the workbook(s) it replaces (later sources win):
 * a unit still in the bloc keeps its token (a retired one comes back), so the copy it was sent stays good; a unit
 * that left has its token retired; a unit added has none until the next split.
 */
export function carryCopyTokens(bloc: Bloc, ...sources: readonly CopyTokens[]): CopyTokens {
  const all = new Map<string, string>();
  for (const s of sources) for (const map of [s.retired, s.current]) for (const [unit, token] of map) all.set(unit, token);
  const units = new Set(bloc.units.map((u) => u.id));
  const current = new Map(bloc.units.filter((u) => all.has(u.id)).map((u) => [u.id, all.get(u.id)!] as const));
  const retired = new Map([...all].filter(([unit]) => !units.has(unit)));
  return { current, retired };
}

/** The meta sheet's keyed rows holding `tokens` (none for an empty map). */
export function copyTokenRows(tokens: CopyTokens): [key: string, text: string][] {
  const rows: [string, string][] = [];
  if (tokens.current.size > 0) rows.push([COPY_TOKENS_KEY, JSON.stringify(Object.fromEntries(tokens.current))]);
  if (tokens.retired.size > 0) rows.push([RETIRED_TOKENS_KEY, JSON.stringify(Object.fromEntries(tokens.retired))]);
  return rows;
}

/** The writes that store `tokens` in the meta sheet of `snapshot` (its row replaced, or a new row). */
export function copyTokenWrites(snapshot: WorkbookSnapshot, tokens: ReadonlyMap<string, string>): CellWrite[] {
  return keyedRowWrites(META_SHEET, metaValuesOf(snapshot), [[COPY_TOKENS_KEY, JSON.stringify(Object.fromEntries(tokens))]]);
}
