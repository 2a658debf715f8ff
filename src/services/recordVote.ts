import { finding, type Finding } from "../domain/findings";
import type { VoteOrder } from "../domain/types";
import type { WorkbookHost } from "../hosts/host";
import { summaryLayout } from "../workbook/layout";
import type { CellWrite } from "../workbook/snapshot";
import type { ExitCode } from "./exitCodes";
import { readContents } from "./openWorkbook";

export interface RecordVoteOutcome {
  readonly exit: ExitCode;
  readonly findings: readonly Finding[];
  /** the "Biểu quyết" cells written (none when anything was refused) */
  readonly writes: readonly CellWrite[];
}

/**
 * Writes a tie group's vote order into the summary's "Biểu quyết" column (1, 2, … in the order given), the one
 * input column of "Tổng hợp": its formulas, and every other cell, are left as they are. The ranking then reads
 * the numbers back like any vote typed by hand.
 */
export async function recordVote(host: WorkbookHost, file: string, order: VoteOrder): Promise<RecordVoteOutcome> {
  const read = await readContents(host, file);
  if (!read.ok) return { exit: 2, findings: read.findings, writes: [] };
  const { rubric, bloc, sheets } = read.value;
  const index = new Map(bloc.units.map((u, i) => [u.id, i]));
  const unknown = order.filter((id) => !index.has(id));
  const repeated = order.filter((id, i) => order.indexOf(id) !== i);
  const refused = [
    ...unknown.map((id) => finding("ERR_UNKNOWN_UNIT", { value: id }, { path: ["vote"] })),
    ...repeated.map((id) => finding("ERR_DUPLICATE_ID", { value: id, field: "vote", first: "vote" }, { path: ["vote"] })),
  ];
  if (refused.length > 0) return { exit: 2, findings: refused, writes: [] };
  const layout = summaryLayout(rubric, bloc.units.length);
  const writes = order.map((id, k): CellWrite => ({ sheet: sheets.summary, row: layout.firstUnitRow + index.get(id)!, col: layout.col.vote, value: k + 1 }));
  await host.writeValues(writes);
  return { exit: 0, findings: [], writes };
}
