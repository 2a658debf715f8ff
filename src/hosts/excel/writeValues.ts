import type { CellWrite } from "../../workbook/snapshot";
import { PAYLOAD_LIMIT, payloadSize, type ExcelRun } from "./run";

/**
 * Writes constants into input cells: per sheet one rectangular block around the written cells, with null
 * (Office.js: "leave as it is") in the cells not written — a request per sheet, not per cell. Sheet names are
 * checked first, so a missing sheet fails the whole batch before anything is written (no half-filled
 * workbook). Two syncs, plus one per 4 MB of data beyond the first.
 */
export async function writeValuesExcel(run: ExcelRun, writes: readonly CellWrite[]): Promise<void> {
  if (writes.length === 0) return;
  await run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    const names = new Set(sheets.items.map((s) => s.name));
    const missing = [...new Set(writes.map((w) => w.sheet))].filter((s) => !names.has(s));
    if (missing.length > 0) throw new Error(`missing sheets: ${missing.join(", ")}`);
    let pending = 0;
    for (const block of writeBlocks(writes)) {
      const size = payloadSize(block.values);
      if (pending > 0 && pending + size > PAYLOAD_LIMIT) {
        await context.sync();
        pending = 0;
      }
      context.workbook.worksheets.getItem(block.sheet).getRangeByIndexes(block.top, block.left, block.values.length, block.values[0].length).values = block.values;
      pending += size;
    }
    await context.sync();
  });
}

interface WriteBlock {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly values: (string | number | boolean | null)[][];
}

/** The writes of each sheet as one block; cells not written are null. A later write to a cell wins. */
export function writeBlocks(writes: readonly CellWrite[]): WriteBlock[] {
  const bySheet = new Map<string, CellWrite[]>();
  for (const w of writes) {
    const list = bySheet.get(w.sheet);
    if (list) list.push(w);
    else bySheet.set(w.sheet, [w]);
  }
  return [...bySheet].map(([sheet, ws]) => {
    const top = Math.min(...ws.map((w) => w.row));
    const left = Math.min(...ws.map((w) => w.col));
    const rows = Math.max(...ws.map((w) => w.row)) - top + 1;
    const cols = Math.max(...ws.map((w) => w.col)) - left + 1;
    const values: (string | number | boolean | null)[][] = Array.from({ length: rows }, () => Array<null>(cols).fill(null));
    // an empty value clears the cell ("" in Office.js); null in a block means "not written"
    for (const w of ws) values[w.row - top][w.col - left] = w.value === null ? "" : w.value;
    return { sheet, top, left, values };
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
