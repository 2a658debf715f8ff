import type { FindingParams, NoParams } from "./findingParams";
import type { SourceRef, Stage } from "./types";

/** Stable codes: tests, JSON output and the i18n tables all key on these. */
export const FINDING_CODES = [
  // input that cannot be used at all (rubric/bloc/CSV files)
  "ERR_FILE_UNREADABLE",
  "ERR_JSON_SYNTAX",
  "ERR_SCHEMA",
  "ERR_DUPLICATE_ID",
  "ERR_DUPLICATE_NAME",
  "ERR_RUBRIC_SUM",
  "ERR_PRECISION",
  "ERR_TIEBREAK_UNKNOWN",
  "ERR_AWARD_CLASSIFICATION",
  "ERR_BLOC_ROLE",
  "ERR_CSV_HEADER",
  "ERR_CSV_ROW",
  "ERR_CSV_QUOTE",
  "ERR_UNKNOWN_UNIT",
  "ERR_UNKNOWN_ITEM",
  "ERR_UNKNOWN_STAGE",
  "ERR_STAGE_NOT_IN_RUBRIC",
  "ERR_DUPLICATE_ROW",
  "ERR_MEASURE",
  "ERR_TARGET_NOT_MEASURED",
  "ERR_TARGET_COUNT",
  "ERR_TARGET_AMBIGUOUS",
  "ERR_NOT_WORKBOOK",
  "ERR_WORKBOOK_OLD",
  "ERR_LAYOUT",
  "ERR_UNIT_NAME",
  // units' copies, seals
  "ERR_NOT_UNIT_COPY",
  "ERR_COPY_RUBRIC",
  "ERR_COPY_FOREIGN",
  "ERR_COPY_DUPLICATE",
  "ERR_COPY_OUTSIDE_ROW",
  "ERR_COPY_NO_TOKEN",
  "ERR_COPY_TOKEN_UNKNOWN",
  "ERR_COPY_RELABELLED",
  "ERR_COPY_UNIT_REMOVED",
  "ERR_REPORT_SAME_UNIT",
  "ERR_SEALED",
  "ERR_NOT_SEALED",
  "ERR_SEALED_CHANGED",
  "ERR_SEAL_REMOVED",
  // what validate finds in a workbook: a file that is not an .xlsx at all, edits to what must not change
  "ERR_FILE_FORMAT",
  // files that break a bound or are damaged, text that isn't UTF-8, a cell longer than Excel holds
  "ERR_FILE_DAMAGED",
  "ERR_FILE_LIMIT",
  "ERR_FILE_ENCODING",
  "ERR_CELL_TOO_LONG",
  "ERR_RUBRIC_CHANGED",
  "ERR_FORMULA_CHANGED",
  "ERR_FORMULA_MISMATCH",
  // values that break the agreed rules
  "ERR_ABOVE_MAX",
  "ERR_NEGATIVE",
  "ERR_STEP",
  "ERR_NOT_NUMBER",
  "ERR_TEXT_NUMBER",
  "ERR_COUNT",
  "ERR_MISSING",
  "ERR_NA_NOT_ALLOWED",
  "ERR_NOTHING_APPLICABLE",
  "ERR_REASON_MISSING",
  "ERR_TARGET",
  "ERR_DECIMALS",
  // the bloc's own table (rubric import): no table at all (exit 2), then what a table's cells get wrong (exit 1)
  "ERR_TABLE_HEADER",
  "ERR_TABLE_NO_ROWS",
  "ERR_TABLE_CODE",
  "ERR_TABLE_DUPLICATE_CODE",
  "ERR_TABLE_NOT_NUMBER",
  "ERR_TABLE_NOT_POSITIVE",
  "ERR_TABLE_MISSING_MAX",
  "ERR_TABLE_EMPTY_NAME",
  "ERR_TABLE_NA_POLICY",
  "ERR_TABLE_GROUP_FIELD",
  "ERR_TABLE_OUTSIDE_SECTION",
  "ERR_TABLE_METHOD",
  "ERR_TABLE_SETTING",
  // warnings
  "WARN_SECTION_CAP",
  "WARN_CAPPED",
  "WARN_TIE_UNRESOLVED",
  "WARN_AWARD_REQUIREMENT",
  "WARN_AWARD_EMPTY",
  "WARN_AWARD_STOPPED",
  "WARN_AWARD_FULL",
  "WARN_AWARD_VETOED",
  "WARN_INCOMPLETE",
  "WARN_VOTE_REJECTED",
  "WARN_SELF_GAP",
  "WARN_REASON_MISSING",
  "WARN_RANKING_PENDING",
  "WARN_TABLE_GROUP_SUM",
  "WARN_TABLE_ENCODING",
  "WARN_TABLE_DEFAULTS",
  "WARN_TABLE_FROM_WORKBOOK",
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];
export type Severity = "error" | "warning";

export type ParamValue = string | number | boolean | null | readonly string[];

/** A finding carries no text: the i18n tables render it (zod's issue shape: code + path + params). */
export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  /** field path inside a JSON file, e.g. ["sections", 0, "maxPoints"] */
  readonly path?: readonly (string | number)[];
  readonly unit?: string;
  readonly item?: string;
  readonly stage?: Stage;
  readonly source?: SourceRef;
  readonly params: Readonly<Record<string, ParamValue>>;
}

export function severityOf(code: FindingCode): Severity {
  return code.startsWith("WARN_") ? "warning" : "error";
}

export type FindingWhere = Omit<Finding, "code" | "severity" | "params">;

/** A code's params, then where: params may be left out only for a code that has none. */
type FindingArgs<C extends FindingCode> = NoParams extends FindingParams[C] ? [params?: FindingParams[C], where?: FindingWhere] : [params: FindingParams[C], where?: FindingWhere];

export function finding<C extends FindingCode>(code: C, ...[params, where]: FindingArgs<C>): Finding {
  return { code, severity: severityOf(code), params: (params ?? {}) as Finding["params"], ...where };
}

export function hasErrors(findings: readonly Finding[]): boolean {
  // an indexed loop: asked of every finding of a validate (6 600 in a 60-unit bloc), twice, in a fresh process
  // where for…of's iterator costs several times more
  for (let i = 0; i < findings.length; i++) if (findings[i].severity === "error") return true;
  return false;
}

export type Result<T> = { ok: true; value: T; findings: readonly Finding[] } | { ok: false; findings: readonly Finding[] };
