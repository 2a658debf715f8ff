import type { WorkbookPlan } from "../workbook/plan";
import type { CellWrite, SnapshotOptions, WorkbookSnapshot } from "../workbook/snapshot";

export type { CellValue, CellWrite, SheetSnapshot, SnapshotOptions, WorkbookSnapshot } from "../workbook/snapshot";

/**
 * The only door to a spreadsheet. Two hosts implement it: the xlsx host on .xlsx bytes (CLI, and the pane outside
 * Excel) and Office.js inside Excel. Every method moves whole blocks — a plan's 2-D values and formulas, whole
 * sheets in a snapshot, a batch of writes — so an implementation needs a few round trips, never one per cell.
 * Hosts make no decision about scores: they write what they are given and read what is there.
 */
export interface WorkbookHost {
  /** Adds the plan's sheets (replacing sheets of the same names), names and protection. */
  applyPlan(plan: WorkbookPlan): Promise<void>;
  /** Values and formulas of the named sheets (all sheets when omitted); missing names are left out. */
  snapshot(sheetNames?: readonly string[], options?: SnapshotOptions): Promise<WorkbookSnapshot>;
  /** Writes constants into cells; formulas and formats stay as they are. */
  writeValues(writes: readonly CellWrite[]): Promise<void>;
  /** Deletes the named sheets; names that don't exist are ignored. */
  removeSheets(names: readonly string[]): Promise<void>;
}
