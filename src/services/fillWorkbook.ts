import { hasErrors, type Finding } from "../domain/findings";
import { buildScoreBook } from "../domain/scoreBook";
import { parseScoresCsv } from "../domain/scoresCsv";
import type { Bloc, Rubric } from "../domain/types";
import type { WorkbookHost } from "../hosts/host";
import { fillWrites } from "../workbook/fillWrites";
import { exitCodeFor, type ExitCode } from "./exitCodes";
import { readContents } from "./openWorkbook";

export interface FillOutcome {
  readonly exit: ExitCode;
  readonly findings: readonly Finding[];
  /** cells written (0 when anything was refused) */
  readonly written: number;
  /** the workbook's rubric and bloc, once read (names for the messages) */
  readonly rubric?: Rubric;
  readonly bloc?: Bloc;
}

/**
 * `thidua fill`: every row of the CSV is checked against the workbook's own rubric and bloc first; a single
 * error and nothing is written. Empty values are skipped, never written as blanks over what is there.
 */
export async function fillWorkbook(host: WorkbookHost, workbookFile: string, scores: { readonly text: string; readonly file: string }): Promise<FillOutcome> {
  const read = await readContents(host, workbookFile);
  if (!read.ok) return { exit: 2, findings: read.findings, written: 0 };
  const { rubric, bloc, sheets } = read.value;
  const csv = parseScoresCsv(scores.text, scores.file);
  const book = buildScoreBook(rubric, bloc, csv.rows);
  const findings = [...csv.findings, ...book.findings];
  if (hasErrors(findings)) return { exit: exitCodeFor(findings), findings, written: 0, rubric, bloc };
  const writes = fillWrites(rubric, bloc, sheets, book.entries);
  await host.writeValues(writes);
  return { exit: 0, findings, written: writes.length, rubric, bloc };
}
