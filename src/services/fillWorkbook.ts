import { hasErrors, type Finding, type Result } from "../domain/findings";
import { buildScoreBook, type RawRow, type ScoreBook } from "../domain/scoreBook";
import { reasonFindings } from "../domain/stageChanges";
import { parseScoresCsv } from "../domain/scoresCsv";
import type { Bloc, Rubric } from "../domain/types";
import type { NoteText } from "../workbook/readWorkbook";
import type { WorkbookHost } from "../hosts/host";
import { fillWrites } from "../workbook/fillWrites";
import { readUnitCopy, type UnitCopyContents } from "../workbook/readUnitCopy";
import { exitCodeFor, type ExitCode } from "./exitCodes";
import { fillUnitCopy } from "./fillUnitCopy";
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
  if (!read.ok) {
    const copy = await unitCopyOf(host, read.findings, workbookFile);
    if (copy?.ok) return fillUnitCopy(host, copy.value, scores);
    return { exit: 2, findings: copy ? copy.findings : read.findings, written: 0 };
  }
  const { rubric, bloc, sheets } = read.value;
  const csv = parseScoresCsv(scores.text, scores.file);
  const book = buildScoreBook(rubric, bloc, csv.rows);
  // reasons are judged on the values as they will stand: the CSV's over the workbook's
  const isReason = (f: Finding) => f.code === "WARN_REASON_MISSING" || f.code === "ERR_REASON_MISSING";
  const reasons = hasErrors(book.findings.filter((f) => !isReason(f))) ? [] : reasonsWithWorkbook(rubric, bloc, read.value.rows, read.value.notes, csv.rows, book.book);
  const findings = [...csv.findings, ...book.findings.filter((f) => !isReason(f)), ...reasons];
  if (hasErrors(findings)) return { exit: exitCodeFor(findings), findings, written: 0, rubric, bloc };
  const writes = fillWrites(rubric, bloc, sheets, book.entries, book.targets);
  await host.writeValues(writes);
  return { exit: 0, findings, written: writes.length, rubric, bloc };
}

/**
 * A file that is no bloc workbook may be a unit's copy (its hidden sheet says so): then the copy's own reading,
 * with its own refusals; anything else keeps the bloc reader's findings.
 */
async function unitCopyOf(host: WorkbookHost, findings: readonly Finding[], file: string): Promise<Result<UnitCopyContents> | null> {
  const notWorkbook = findings.find((f) => f.code === "ERR_NOT_WORKBOOK");
  if (!notWorkbook || notWorkbook.params.reason === "xlsx") return null;
  const copy = readUnitCopy(await host.snapshot());
  if (!copy.ok && copy.findings.some((f) => f.code === "ERR_NOT_UNIT_COPY" && (f.params.reason === "format" || f.params.reason === "meta" || f.params.reason === "workbook"))) return null;
  return copy.ok ? copy : { ok: false, findings: copy.findings.map((f) => ({ ...f, params: { ...f.params, file } })) };
}

const isBlank = (raw: RawRow["raw"]) => raw === null || raw === undefined || (typeof raw === "string" && raw.trim() === "");

const keyOf = (unit?: string, item?: string, stage?: string) => `${unit}\u0000${item}\u0000${stage}`;

/**
 * The missing reasons of the changes a fill brings: a bloc score filled over a unit's self-score, or a self-score
 * filled under a bloc score already there. A CSV row without a note keeps the note already in the workbook
 * (fill never clears a cell). Changes between two values both already in the workbook are validate's to report.
 */
function reasonsWithWorkbook(rubric: Rubric, bloc: Bloc, workbookRows: readonly RawRow[], notes: readonly NoteText[], csvRows: readonly RawRow[], csvBook: ScoreBook): Finding[] {
  const fromCsv = new Set(csvRows.map((r) => keyOf(r.unit, r.item, r.stage)));
  // a workbook with no value and no note yet (the first fill) adds nothing to the CSV's own book: don't build it twice
  if (notes.length === 0 && workbookRows.every((r) => isBlank(r.raw))) return reasonFindings(csvBook);
  const noteAt = new Map(notes.map((n) => [keyOf(n.unit, n.item, n.stage), n.text]));
  const rows = [
    ...workbookRows.filter((r) => !fromCsv.has(keyOf(r.unit, r.item, r.stage))),
    ...csvRows.map((r) => (r.note ? r : { ...r, note: noteAt.get(keyOf(r.unit, r.item, r.stage)) })),
  ];
  const combined = buildScoreBook(rubric, bloc, rows).book;
  return reasonFindings(combined).filter((f) => fromCsv.has(keyOf(f.unit, f.item, f.stage)) || fromCsv.has(keyOf(f.unit, f.item, String(f.params.previous))));
}
