import type { Finding, FindingCode } from "../domain/findings";

/** DESIGN.md's contract: 0 done (warnings allowed); 1 the data has errors; 2 the input can't be used. */
export type ExitCode = 0 | 1 | 2;

/** Errors in these codes mean the value itself breaks the agreed rules: the file is usable, its data is not. */
const DATA_ERRORS: ReadonlySet<FindingCode> = new Set<FindingCode>([
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
  "ERR_TARGET_AMBIGUOUS",
]);

export function isDataError(f: Finding): boolean {
  return f.severity === "error" && DATA_ERRORS.has(f.code);
}

export function exitCodeFor(findings: readonly Finding[]): ExitCode {
  const errors = findings.filter((f) => f.severity === "error");
  if (errors.some((f) => !DATA_ERRORS.has(f.code))) return 2;
  return errors.length > 0 ? 1 : 0;
}
