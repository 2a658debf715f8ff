import type { WorkbookHost } from "../host";
import type { WorkbookPlan } from "../../workbook/plan";
import type { CellWrite, WorkbookSnapshot } from "../../workbook/snapshot";
import { applyPlanExcel } from "./applyPlan";
import { excelCapabilities, type ExcelCapabilities, type SetSupported } from "./capabilities";
import type { ExcelRun } from "./run";
import { readSelectionExcel, selectCellExcel, watchChangesExcel, type ChangedCell } from "./session";
import { snapshotExcel } from "./snapshot";
import { removeSheetsExcel, writeValuesExcel } from "./writeValues";

/** The open workbook inside Excel: the WorkbookHost operations plus what only a live workbook can do. */
export interface ExcelHost extends WorkbookHost {
  readonly capabilities: ExcelCapabilities;
  selectCell(sheet: string, cell: string): Promise<boolean>;
  /** the cells of the user's selection, as text */
  readSelection(): Promise<string[][]>;
  watchChanges(sheetNames: readonly string[], onChange: (changes: readonly ChangedCell[]) => void, debounceMs?: number): Promise<() => Promise<void>>;
}

export function createExcelHost(run: ExcelRun, isSupported: SetSupported): ExcelHost {
  const capabilities = excelCapabilities(isSupported);
  return {
    capabilities,
    applyPlan: (plan: WorkbookPlan) => applyPlanExcel(run, plan, capabilities),
    snapshot: (sheetNames?: readonly string[]): Promise<WorkbookSnapshot> => snapshotExcel(run, sheetNames, capabilities.protection),
    writeValues: (writes: readonly CellWrite[]) => writeValuesExcel(run, writes),
    removeSheets: (names: readonly string[]) => removeSheetsExcel(run, names),
    selectCell: (sheet, cell) => selectCellExcel(run, sheet, cell),
    readSelection: () => readSelectionExcel(run),
    watchChanges: (sheetNames, onChange, debounceMs) =>
      capabilities.freezeAndEvents ? watchChangesExcel(run, sheetNames, onChange, debounceMs) : Promise.resolve(async () => undefined),
  };
}
