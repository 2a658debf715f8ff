import type { ExcelRun } from "./run";

/** Selects a finding's cell, showing its sheet first (a hidden sheet stays hidden: nothing is selected there). */
export async function selectCellExcel(run: ExcelRun, sheet: string, cell: string): Promise<boolean> {
  return run(async (context) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(sheet).load("visibility");
    await context.sync();
    if (ws.isNullObject || ws.visibility !== "Visible") return false;
    ws.activate();
    ws.getRange(cell).select();
    await context.sync();
    return true;
  });
}

/** The selected range's cells as text, as shown (one sync): a list pasted from a selection. */
export async function readSelectionExcel(run: ExcelRun): Promise<string[][]> {
  return run(async (context) => {
    const range = context.workbook.getSelectedRange().load("text");
    await context.sync();
    return range.text.map((row) => row.map((c) => String(c ?? "")));
  });
}

export interface ChangedCell {
  readonly sheet: string;
  readonly address: string;
}

/**
 * Calls `onChange` after people stop typing on the watched sheets for `debounceMs`: one re-validation per pause,
 * not one per keystroke. Returns the function that stops watching.
 */
export async function watchChangesExcel(
  run: ExcelRun,
  sheetNames: readonly string[],
  onChange: (changes: readonly ChangedCell[]) => void,
  debounceMs = 600,
  timers: { set: typeof setTimeout; clear: typeof clearTimeout } = { set: setTimeout, clear: clearTimeout },
): Promise<() => Promise<void>> {
  let pending: ChangedCell[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const handler = async (event: Excel.WorksheetChangedEventArgs) => {
    pending.push({ sheet: sheetOf(event.worksheetId, idToName), address: event.address });
    if (timer !== undefined) timers.clear(timer);
    timer = timers.set(() => {
      const batch = pending;
      pending = [];
      timer = undefined;
      onChange(batch);
    }, debounceMs);
  };
  const idToName = new Map<string, string>();
  const handlers = await run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name,items/id");
    await context.sync();
    const watched = sheets.items.filter((s) => sheetNames.includes(s.name));
    for (const s of watched) idToName.set(s.id, s.name);
    const results = watched.map((s) => s.onChanged.add(handler));
    await context.sync();
    return results;
  });
  return async () => {
    if (timer !== undefined) timers.clear(timer);
    // a handler is removed through the context it was added with, not a new Excel.run
    const context = handlers[0]?.context;
    handlers.forEach((h) => h.remove());
    if (context) await context.sync();
  };
}

function sheetOf(id: string, idToName: ReadonlyMap<string, string>): string {
  return idToName.get(id) ?? id;
}

