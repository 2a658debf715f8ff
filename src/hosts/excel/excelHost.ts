import type { WorkbookHost } from "../host";
import type { WorkbookPlan } from "../../workbook/plan";
import type { CellWrite, WorkbookSnapshot } from "../../workbook/snapshot";
import { applyPlanExcel } from "./applyPlan";
import { excelCapabilities, type ExcelCapabilities, type SetSupported } from "./capabilities";
import type { ExcelRun } from "./run";
import { readSelectionExcel, selectCellExcel, watchChangesExcel, type ChangedCell, type Watching } from "./session";
import { snapshotExcel } from "./snapshot";
import { openNewWorkbookExcel, type CreateWorkbook } from "./newWorkbook";
import { removeSheetsExcel, writeValuesExcel } from "./writeValues";

/** The open workbook inside Excel: the WorkbookHost operations plus what only a live workbook can do. */
export interface ExcelHost extends WorkbookHost {
  readonly capabilities: ExcelCapabilities;
  selectCell(sheet: string, cell: string): Promise<boolean>;
  /** the cells of the user's selection, as text */
  readSelection(): Promise<string[][]>;
  /**
   * Live checking (ExcelApi 1.7): `onChange` after edits on the named sheets. It keeps watching sheets of those
   * names when the add-in replaces them (a regeneration), and stays quiet during the add-in's own writes.
   * Below 1.7 it rejects with LiveModeUnavailable; the pane checks `capabilities.freezeAndEvents` first.
   */
  /** Opens an .xlsx as a new workbook (ExcelApi 1.8); below that it rejects with NewWorkbookUnavailable. */
  openNewWorkbook(bytes: Uint8Array): Promise<void>;
  watchChanges(sheetNames: readonly string[], onChange: (changes: readonly ChangedCell[]) => void, debounceMs?: number): Promise<() => Promise<void>>;
}

export class LiveModeUnavailable extends Error {
  constructor() {
    super("LiveModeUnavailable: Worksheet.onChanged needs ExcelApi 1.7");
  }
}

interface Watch {
  readonly names: readonly string[];
  readonly onChange: (changes: readonly ChangedCell[]) => void;
  readonly debounceMs?: number;
  current: Watching;
}

export function createExcelHost(run: ExcelRun, isSupported: SetSupported, createWorkbook?: CreateWorkbook): ExcelHost {
  const capabilities = excelCapabilities(isSupported);
  const watches = new Set<Watch>();
  let writing = 0;
  const attach = (w: Pick<Watch, "names" | "onChange" | "debounceMs">) => watchChangesExcel(run, w.names, w.onChange, w.debounceMs, undefined, () => writing > 0);
  /** The add-in's own writes: live checking ignores them, and follows sheets that were replaced. */
  const own = async <T>(work: () => Promise<T>, replacesSheets: boolean): Promise<T> => {
    writing++;
    try {
      return await work();
    } finally {
      if (replacesSheets) {
        for (const w of watches) {
          await w.current.stop();
          w.current = await attach(w);
        }
      }
      // events of this write arrive after its sync; let them pass before listening again
      await new Promise((resolve) => setTimeout(resolve, 0));
      writing--;
    }
  };
  return {
    capabilities,
    applyPlan: (plan: WorkbookPlan) => own(() => applyPlanExcel(run, plan, capabilities), true),
    snapshot: (sheetNames?: readonly string[]): Promise<WorkbookSnapshot> => snapshotExcel(run, sheetNames, capabilities),
    writeValues: (writes: readonly CellWrite[]) => own(() => writeValuesExcel(run, writes, capabilities), false),
    removeSheets: (names: readonly string[]) => own(() => removeSheetsExcel(run, names, capabilities), true),
    selectCell: (sheet, cell) => selectCellExcel(run, sheet, cell),
    readSelection: () => readSelectionExcel(run, capabilities),
    openNewWorkbook: (bytes) => openNewWorkbookExcel(createWorkbook, capabilities, bytes),
    watchChanges: async (names, onChange, debounceMs) => {
      if (!capabilities.freezeAndEvents) throw new LiveModeUnavailable();
      const w: Watch = { names, onChange, debounceMs, current: await attach({ names, onChange, debounceMs }) };
      watches.add(w);
      return async () => {
        watches.delete(w);
        await w.current.stop();
      };
    },
  };
}
