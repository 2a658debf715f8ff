import type { ParamValue } from "./findings";

/**
 * The params of each finding code, on their own (zod's issue types, one per code): `finding(code, params)` and
 * each message of the i18n tables are typed by them, so a param a message reads and no maker gives, or a maker's
 * misspelt key, does not compile. A code whose messages branch on `reason` lists the keys of every branch; those
 * only some branches read are optional here, and the parity test renders every code from its realistic example.
 */
export type NoParams = Record<string, never>;

/** A score that changed from one stage to the next (stageChanges.ts): what both reason codes carry. */
export type StageChangeParams = { stage: string; previous: string; before: ParamValue; after: ParamValue; kind: string };

export type FindingParams = {
  ERR_FILE_UNREADABLE: { file: string; path: string; reason: string };
  ERR_JSON_SYNTAX: { file: string; reason: string };
  ERR_SCHEMA: { expected?: string; field: string; found: ParamValue; limit?: number; problem: string };
  ERR_DUPLICATE_ID: { field: string; first: string; value: ParamValue };
  ERR_DUPLICATE_NAME: { field: string; first: string; value: ParamValue };
  ERR_RUBRIC_SUM: { section: string; name: string; sum: number; max: number };
  ERR_PRECISION: { field: string; limit: number; value: ParamValue };
  ERR_TIEBREAK_UNKNOWN: { duplicate: boolean; sections: readonly string[]; value: ParamValue };
  ERR_AWARD_CLASSIFICATION: { award: string; labels: readonly string[]; value: ParamValue };
  ERR_BLOC_ROLE: { role: string; same?: boolean; units?: readonly string[]; value: ParamValue };
  ERR_CSV_HEADER: { found: ParamValue; missing: readonly string[] };
  ERR_CSV_ROW: { expected: ParamValue; fields: number };
  ERR_CSV_QUOTE: NoParams;
  ERR_UNKNOWN_UNIT: { value: ParamValue };
  ERR_UNKNOWN_ITEM: { value: ParamValue };
  ERR_UNKNOWN_STAGE: { stages: readonly string[]; value: ParamValue };
  ERR_STAGE_NOT_IN_RUBRIC: { stages: readonly string[]; value: ParamValue };
  ERR_DUPLICATE_ROW: { firstCell: string | null; firstLine: number | null };
  ERR_MEASURE: { item: string; problem: string };
  ERR_TARGET_NOT_MEASURED: { kind: string; value: ParamValue };
  ERR_TARGET_COUNT: { found: number; expected: number };
  ERR_TARGET_AMBIGUOUS: { value: string; grouped: number; decimal: number };
  ERR_NOT_WORKBOOK: { detail?: string; file?: string; key?: string | null; reason: string };
  ERR_WORKBOOK_OLD: { version: number; current: number; file?: string };
  /** a sheet missing, or a label or id not where generation put it */
  ERR_LAYOUT: { sheet: string; cell?: undefined } | { sheet: string; cell: string; expected: ParamValue; found: ParamValue };
  ERR_UNIT_NAME: { cell: string; expected: ParamValue; found: ParamValue; sheet: string };
  ERR_NOT_UNIT_COPY: { file?: string; key?: string | null; reason: string };
  ERR_COPY_RUBRIC: { actual: string; expected: ParamValue; file: string; stored: string; unit: string };
  ERR_COPY_FOREIGN: { bloc: string; expected: ParamValue; file: string };
  ERR_COPY_DUPLICATE: { file: string; first: string; unit: string };
  ERR_COPY_OUTSIDE_ROW: { copyStage: string; copyUnit: string; reason: string; value: ParamValue };
  ERR_COPY_NO_TOKEN: { file: string };
  ERR_COPY_TOKEN_UNKNOWN: { file: string };
  ERR_COPY_RELABELLED: { claimed: string; file: string; owner: string };
  ERR_COPY_UNIT_REMOVED: { file: string; unit: string };
  /** next year's head and deputy named in a report are one unit (its id and name) */
  ERR_REPORT_SAME_UNIT: { name: string; unit: string };
  ERR_SEALED: { at: string | null; by: string | null; stage: string };
  ERR_NOT_SEALED: NoParams;
  /** the record edited, the rubric changed, or one cell changed since the seal */
  ERR_SEALED_CHANGED:
    | { reason: "record"; by: string | null; at: string | null }
    | { reason: "rubric"; by: string; at: string }
    | { reason?: "cell"; sheet: string; cell: string; before: ParamValue; after: ParamValue; by: string; at: string };
  ERR_SEAL_REMOVED: { at: string | null; by: string | null };
  ERR_FILE_FORMAT: { file: string; kind?: string | null; reason: string };
  ERR_FILE_DAMAGED: { file?: string; part: string | null; reason: "zip" | "crc" | "xml" | "method" };
  ERR_FILE_LIMIT: { cell: string | null; file?: string; limit: "entries" | "inflated" | "cells" | "area"; max: number; value: number; where: string | null };
  ERR_FILE_ENCODING: { file: string; line: number };
  ERR_CELL_TOO_LONG: { cell: string; file?: string; length: number; max: number; sheet: string };
  ERR_RUBRIC_CHANGED: { after?: ParamValue; before?: ParamValue; field: string | null; file?: string | null; id?: string; kind?: string; origin: "fingerprint" | "agreed" | "sheet" };
  ERR_FORMULA_CHANGED: { expected: ParamValue; found: ParamValue; kind: string };
  ERR_FORMULA_MISMATCH: { column: string; expected: ParamValue; found: ParamValue };
  ERR_ABOVE_MAX: { max: number; value: ParamValue };
  ERR_NEGATIVE: { value: ParamValue; what?: string };
  ERR_STEP: { above: number; below: number; step: number; value: ParamValue };
  ERR_NOT_NUMBER: { value: ParamValue };
  ERR_TEXT_NUMBER: { fix: ParamValue; value: ParamValue };
  ERR_COUNT: { value: ParamValue };
  ERR_MISSING: { stage: string; what?: string };
  ERR_NA_NOT_ALLOWED: { kind: "criterion" | "event" | "target"; max: number | null; value: ParamValue };
  ERR_NOTHING_APPLICABLE: { items: readonly string[]; stage: string };
  ERR_REASON_MISSING: StageChangeParams;
  ERR_TARGET: { value: ParamValue };
  ERR_DECIMALS: { limit: number; value: ParamValue; what: string };
  ERR_TABLE_HEADER: { file: string; sheet: string };
  ERR_TABLE_NO_ROWS: NoParams;
  ERR_TABLE_CODE: { parent: string | null; value: ParamValue };
  ERR_TABLE_DUPLICATE_CODE: { first: string; value: ParamValue };
  ERR_TABLE_NOT_NUMBER: { column: string; value: ParamValue };
  ERR_TABLE_NOT_POSITIVE: { column: string; value: ParamValue };
  ERR_TABLE_MISSING_MAX: { value: ParamValue };
  ERR_TABLE_EMPTY_NAME: { value: ParamValue };
  ERR_TABLE_NA_POLICY: { value: ParamValue };
  ERR_TABLE_GROUP_FIELD: { column: string; value: ParamValue };
  ERR_TABLE_OUTSIDE_SECTION: { value: ParamValue };
  ERR_TABLE_METHOD: { value: ParamValue; problem?: string; clause?: string };
  ERR_TABLE_SETTING: { expected: ParamValue; label: string; value: ParamValue };
  WARN_SECTION_CAP: { section: string; name: string; sum: number; max: number };
  WARN_CAPPED: { cap: number | null; count?: number; group: string; points: number };
  WARN_TIE_UNRESOLVED: { rank: number; total: number; units: readonly string[] };
  WARN_AWARD_REQUIREMENT: { classification: string | null; got: string | null; missed: readonly string[]; position: number; total: number };
  WARN_AWARD_EMPTY: { award: string; free: number; label: string; places: number; stopped: boolean };
  WARN_AWARD_STOPPED: { position: number; units: readonly string[] };
  WARN_AWARD_FULL: { awards: readonly string[]; position: number };
  WARN_AWARD_VETOED: { rank: number | null };
  WARN_INCOMPLETE: { stage: string };
  WARN_VOTE_REJECTED: { group: readonly string[]; reason: "members" | "notTied"; vote: readonly string[] };
  WARN_SELF_GAP: { bloc: number; gap: number; self: number; threshold: number };
  WARN_REASON_MISSING: StageChangeParams;
  WARN_RANKING_PENDING: { stage: string };
  WARN_TABLE_GROUP_SUM: { max: number; value: ParamValue };
  WARN_TABLE_ENCODING: { cells: number; encoding: string };
  WARN_TABLE_DEFAULTS: { decimals: number; step: number; year: number };
  WARN_TABLE_FROM_WORKBOOK: { title: string; year: number };
};
