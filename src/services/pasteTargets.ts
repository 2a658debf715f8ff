import { finding, hasErrors, type Finding } from "../domain/findings";
import { leafCriteria } from "../domain/rubricTree";
import { buildScoreBook, TARGET_STAGE, type RawRow } from "../domain/scoreBook";
import { parseDecimalText } from "../domain/values";
import type { WorkbookHost } from "../hosts/host";
import { fillWrites } from "../workbook/fillWrites";
import { exitCodeFor, type ExitCode } from "./exitCodes";
import { readContents } from "./openWorkbook";

export interface PasteTargetsOutcome {
  readonly exit: ExitCode;
  readonly findings: readonly Finding[];
  /** target cells written (0 when anything was refused) */
  readonly written: number;
}

/**
 * A column of targets pasted from the province's plan (one line per unit, in the bloc's order, as a spreadsheet
 * copies a column: "1500,5", "1.200,5", empty lines at the end) → every unit's target of one measured criterion.
 * Checked whole first (the count of lines, each a number above 0); one error and nothing is written. The pane's
 * "paste the targets for all units at once" (issue 16) calls this; an empty line leaves that unit's target as it is.
 */
/**
 * A pasted cell's number: "1500,5" / "1500.5"; with both separators the last is the decimal one ("1.200,5",
 * "1,200.5"); a lone separator before exactly three digits ("1.200") could be either, so it is asked about,
 * never guessed; anything else stays text (the checks then say it is no number).
 */
function pastedNumber(text: string): number | "ambiguous" | null {
  if (/^\d{1,3}[.,]\d{3}$/.test(text)) return "ambiguous";
  const grouped = /^\d{1,3}(\.\d{3})+,\d+$/.test(text) ? text.replace(/\./g, "") : /^\d{1,3}(,\d{3})+\.\d+$/.test(text) ? text.replace(/,/g, "") : text;
  return parseDecimalText(grouped);
}

export async function pasteTargets(host: WorkbookHost, file: string, item: string, pasted: string): Promise<PasteTargetsOutcome> {
  const read = await readContents(host, file);
  if (!read.ok) return { exit: 2, findings: read.findings, written: 0 };
  const { rubric, bloc, sheets } = read.value;
  const criterion = leafCriteria(rubric).find((c) => c.id === item);
  if (!criterion?.measure) {
    return { exit: 2, findings: [finding("ERR_TARGET_NOT_MEASURED", { value: item, kind: criterion ? "criterion" : "event" }, { item })], written: 0 };
  }
  const lines = pasted.replace(/^\uFEFF/, "").split(/\r?\n/);
  while (lines.length > 0 && lines[lines.length - 1].trim() === "") lines.pop();
  if (lines.length !== bloc.units.length) {
    return { exit: 2, findings: [finding("ERR_TARGET_COUNT", { found: lines.length, expected: bloc.units.length }, { item })], written: 0 };
  }
  const ambiguous: Finding[] = [];
  const rows: RawRow[] = bloc.units.flatMap((u, k) => {
    const text = lines[k].trim();
    if (text === "") return [];
    const n = pastedNumber(text);
    if (n === "ambiguous") {
      ambiguous.push(finding("ERR_TARGET_AMBIGUOUS", { value: text, grouped: Number(text.replace(/[.,]/, "")), decimal: Number(text.replace(",", ".")) }, { unit: u.id, item, source: { line: k + 1 } }));
      return [];
    }
    return [{ unit: u.id, item, stage: TARGET_STAGE, raw: n ?? text, source: { line: k + 1 } }];
  });
  const book = buildScoreBook(rubric, bloc, rows);
  const findings = [...ambiguous, ...book.findings];
  if (hasErrors(findings)) return { exit: exitCodeFor(findings), findings, written: 0 };
  const writes = fillWrites(rubric, bloc, sheets, [], book.targets);
  await host.writeValues(writes);
  return { exit: 0, findings: book.findings, written: writes.length };
}
