import { finding, hasErrors, type Finding } from "../domain/findings";
import { buildScoreBook, type RawRow } from "../domain/scoreBook";
import { parseScoresCsv } from "../domain/scoresCsv";
import type { Bloc } from "../domain/types";
import type { WorkbookHost } from "../hosts/host";
import { fillWrites } from "../workbook/fillWrites";
import type { UnitCopyContents } from "../workbook/readUnitCopy";
import { exitCodeFor } from "./exitCodes";
import type { FillOutcome } from "./fillWorkbook";

/**
 * `thidua fill` on a unit's copy: the unit scores itself from its own CSV. Only that unit's rows at the copy's
 * open stage go in; a row for another unit or another stage is refused (the whole file, nothing written),
 * because a copy that quietly dropped rows would go back to the bloc looking complete.
 */
export async function fillUnitCopy(host: WorkbookHost, copy: UnitCopyContents, scores: { readonly text: string; readonly file: string }): Promise<FillOutcome> {
  // the copy holds its unit alone: a one-unit bloc places every value exactly where the copy's sheet has it
  const bloc: Bloc = { name: copy.bloc.name, year: Number(copy.bloc.year), units: [copy.unit] };
  const csv = parseScoresCsv(scores.text, scores.file);
  const outside = csv.rows.filter((r) => r.unit !== copy.unit.id || r.stage !== copy.stage);
  const refused = outside.map((r) => outsideFinding(r, copy));
  const book = buildScoreBook(copy.rubric, bloc, csv.rows.filter((r) => !outside.includes(r)));
  const findings = [...csv.findings, ...refused, ...book.findings];
  if (hasErrors(findings)) return { exit: exitCodeFor(findings), findings, written: 0, rubric: copy.rubric, bloc };
  const writes = fillWrites(copy.rubric, bloc, { units: [copy.sheet] }, book.entries);
  await host.writeValues(writes);
  return { exit: 0, findings, written: writes.length, rubric: copy.rubric, bloc };
}

function outsideFinding(row: RawRow, copy: UnitCopyContents): Finding {
  const reason = row.unit !== copy.unit.id ? "unit" : "stage";
  return finding("ERR_COPY_OUTSIDE_ROW", { reason, value: reason === "unit" ? row.unit : row.stage, copyUnit: copy.unit.id, copyStage: copy.stage }, { unit: row.unit, item: row.item, source: row.source });
}
