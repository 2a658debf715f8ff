import { cellRef } from "../../workbook/a1";
import type { CellWrite } from "../../workbook/snapshot";
import type { ExcelRun } from "./run";

/**
 * Writes constants into input cells in one sync. Every write is checked against the sheet names first, so a
 * missing sheet fails the whole batch before anything is written (no half-filled workbook).
 */
export async function writeValuesExcel(run: ExcelRun, writes: readonly CellWrite[]): Promise<void> {
  if (writes.length === 0) return;
  await run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    const names = new Set(sheets.items.map((s) => s.name));
    const missing = [...new Set(writes.map((w) => w.sheet))].filter((s) => !names.has(s));
    if (missing.length > 0) throw new Error(`missing sheets: ${missing.join(", ")}`);
    for (const w of writes) {
      context.workbook.worksheets.getItem(w.sheet).getRange(cellRef(w.row, w.col)).values = [[w.value === null ? "" : w.value]];
    }
    await context.sync();
  });
}

/** Deletes the named sheets that exist, in two syncs (names first: deleting a missing sheet would fail the batch). */
export async function removeSheetsExcel(run: ExcelRun, names: readonly string[]): Promise<void> {
  if (names.length === 0) return;
  await run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    const doomed = sheets.items.filter((s) => names.includes(s.name));
    if (doomed.length === 0) return;
    doomed.forEach((s) => s.delete());
    await context.sync();
  });
}
