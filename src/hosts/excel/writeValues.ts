import type { CellWrite } from "../../workbook/snapshot";
import { PAYLOAD_LIMIT, payloadSize, type ExcelRun } from "./run";

/**
 * Writes constants into input cells as runs of consecutive cells, a few operations per sheet rather than one
 * per cell. Sheet names are
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
  readonly values: (string | number | boolean)[][];
}

/**
 * The writes as runs of consecutive cells down one column. A run never spans a cell that is not written: on a
 * protected sheet a block reaching a locked cell is refused, even where it would leave that cell as it is.
 * A later write to the same cell wins.
 */
export function writeBlocks(writes: readonly CellWrite[]): WriteBlock[] {
  const byColumn = new Map<string, Map<number, CellWrite>>();
  for (const w of writes) {
    const key = `${w.sheet}\u0000${w.col}`;
    const cells = byColumn.get(key) ?? new Map<number, CellWrite>();
    cells.set(w.row, w);
    byColumn.set(key, cells);
  }
  const blocks: WriteBlock[] = [];
  for (const cells of byColumn.values()) {
    const rows = [...cells.keys()].sort((a, b) => a - b);
    let start = 0;
    for (let i = 1; i <= rows.length; i++) {
      if (i < rows.length && rows[i] === rows[i - 1] + 1) continue;
      const first = cells.get(rows[start])!;
      // an empty value clears the cell: "" in Office.js
      const values = rows.slice(start, i).map((r) => [cells.get(r)!.value ?? ""]);
      blocks.push({ sheet: first.sheet, top: rows[start], left: first.col, values });
      start = i;
    }
  }
  return blocks;
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
