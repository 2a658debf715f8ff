import type { ExcelCapabilities } from "./capabilities";
import { readBlocks, usedRange } from "./readBlocks";
import type { ExcelRun } from "./run";

/** Selects a finding's cell, showing its sheet first (a hidden sheet stays hidden: nothing is selected there). */
export async function selectCellExcel(run: ExcelRun, sheet: string, cell: string): Promise<boolean> {
  return run(async (context) => {
    // worksheets.load rather than getItemOrNullObject (ExcelApi 1.4), so this works from 1.1
    const sheets = context.workbook.worksheets.load("items/name,items/visibility");
    await context.sync();
    const ws = sheets.items.find((s) => s.name.toLowerCase() === sheet.toLowerCase());
    if (!ws || ws.visibility !== "Visible") return false;
    ws.activate();
    ws.getRange(cell).select();
    await context.sync();
    return true;
  });
}

/**
 * The selected cells as text, as shown: a list pasted from a selection. Only the part of the selection inside the
 * sheet's used range is read (a whole column is a million cells), in bands under the response limit.
 */
export async function readSelectionExcel(run: ExcelRun, caps: ExcelCapabilities): Promise<string[][]> {
  return run(async (context) => {
    const range = context.workbook.getSelectedRange().load("rowIndex,columnIndex,rowCount,columnCount");
    const used = usedRange(range.worksheet, caps);
    await context.sync();
    if (used.isNullObject) return [];
    const top = Math.max(range.rowIndex, used.rowIndex);
    const left = Math.max(range.columnIndex, used.columnIndex);
    const bottom = Math.min(range.rowIndex + range.rowCount, used.rowIndex + used.rowCount);
    const right = Math.min(range.columnIndex + range.columnCount, used.columnIndex + used.columnCount);
    if (bottom <= top || right <= left) return [];
    const block = { ws: range.worksheet, top, left, rows: bottom - top, cols: right - left };
    const bands = (await readBlocks(context, [block], ["text"])).get(block) ?? [];
    return bands.flatMap((b) => b.text.map((row) => row.map((c) => String(c ?? ""))));
  });
}

export interface ChangedCell {
  readonly sheet: string;
  readonly address: string;
}

export interface Watching {
  /** stops watching (removes the handlers through the context they were added with) */
  stop(): Promise<void>;
}

/**
 * Calls `onChange` after people stop typing on the watched sheets for `debounceMs`: one re-validation per pause,
 * not one per keystroke. `ignore()` is true while the add-in itself writes. Worksheet.onChanged is ExcelApi 1.7.
 */
export async function watchChangesExcel(
  run: ExcelRun,
  sheetNames: readonly string[],
  onChange: (changes: readonly ChangedCell[]) => void,
  debounceMs = 600,
  timers: { set: typeof setTimeout; clear: typeof clearTimeout } = { set: setTimeout, clear: clearTimeout },
  ignore: () => boolean = () => false,
): Promise<Watching> {
  let pending: ChangedCell[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const idToName = new Map<string, string>();
  const handler = async (event: Excel.WorksheetChangedEventArgs) => {
    if (ignore()) return;
    pending.push({ sheet: idToName.get(event.worksheetId) ?? event.worksheetId, address: event.address });
    if (timer !== undefined) timers.clear(timer);
    timer = timers.set(() => {
      const batch = pending;
      pending = [];
      timer = undefined;
      onChange(batch);
    }, debounceMs);
  };
  const wanted = new Set(sheetNames.map((n) => n.toLowerCase()));
  const handlers = await run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name,items/id");
    await context.sync();
    const watched = sheets.items.filter((s) => wanted.has(s.name.toLowerCase()));
    for (const s of watched) idToName.set(s.id, s.name);
    const results = watched.map((s) => s.onChanged.add(handler));
    await context.sync();
    return results;
  });
  return {
    stop: async () => {
      if (timer !== undefined) timers.clear(timer);
      const context = handlers[0]?.context;
      handlers.forEach((h) => h.remove());
      // a handler of a deleted sheet is gone with it; removing it can fail, and nothing is left to stop
      if (context) await context.sync().catch(() => undefined);
    },
  };
}
