import type { CellWrite } from "../../workbook/snapshot";
import { rangeRef } from "../../workbook/a1";
import type { ExcelCapabilities } from "./capabilities";
import { cellInput } from "./cellText";
import { opBytes, PAYLOAD_LIMIT, RequestMeter, utf8Size, type ExcelRun } from "./run";
import { deleteSheet, quietEvents, recalcIfManual, withQuietEvents } from "./sheets";

/**
 * Writes constants into input cells as runs of consecutive cells, a few operations per sheet rather than one
 * per cell; text Excel would parse ("01", "- a", "=x") is sent as text. Sheet names are checked first (ignoring
 * case, as Excel does), so a missing sheet fails the whole batch before anything is written (no half-filled
 * workbook). Two syncs, plus one per 4 MB of request; in manual calculation mode the workbook is recalculated.
 */
export async function writeValuesExcel(run: ExcelRun, writes: readonly CellWrite[], caps: ExcelCapabilities): Promise<void> {
  if (writes.length === 0) return;
  await run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    const app = context.workbook.application.load("calculationMode");
    await context.sync();
    const byName = new Map(sheets.items.map((s) => [s.name.toLowerCase(), s]));
    const missing = [...new Set(writes.map((w) => w.sheet))].filter((s) => !byName.has(s.toLowerCase()));
    if (missing.length > 0) throw new Error(`missing sheets: ${missing.join(", ")}`);
    const meter = new RequestMeter(context);
    await withQuietEvents(context, caps, async () => {
      for (const block of writeBlocks(writes)) {
        const ws = byName.get(block.sheet.toLowerCase()) as Excel.Worksheet;
        for (const part of bands(block.values.map((row) => row.map((v) => cellInput(v))))) {
          await meter.reserve(opBytes(1, 2, part.rows) + 16);
          const top = block.top + part.offset;
          ws.getRange(rangeRef(top, block.left, top + part.rows.length - 1, block.left + part.rows[0].length - 1)).values = part.rows;
        }
      }
      recalcIfManual(context, app.calculationMode);
      quietEvents(context, caps, true);
      await context.sync();
    });
  });
}

/** A block's rows cut so no single operation carries more than half a request (long texts: backup chunks). */
function bands<T>(rows: T[][]): { offset: number; rows: T[][] }[] {
  const out: { offset: number; rows: T[][] }[] = [];
  let start = 0;
  let size = 0;
  rows.forEach((row, i) => {
    const bytes = utf8Size(row);
    if (i > start && size + bytes > PAYLOAD_LIMIT / 2) {
      out.push({ offset: start, rows: rows.slice(start, i) });
      start = i;
      size = 0;
    }
    size += bytes;
  });
  out.push({ offset: start, rows: rows.slice(start) });
  return out;
}

interface WriteBlock {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly values: (string | number | boolean | null)[][];
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

/** Deletes the named sheets that exist (ignoring case), very hidden ones made hidden first; two syncs. */
export async function removeSheetsExcel(run: ExcelRun, names: readonly string[], caps: ExcelCapabilities): Promise<void> {
  if (names.length === 0) return;
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  await run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name,items/visibility");
    await context.sync();
    const doomed = sheets.items.filter((s) => wanted.has(s.name.toLowerCase()));
    if (doomed.length === 0) return;
    await withQuietEvents(context, caps, async () => {
      for (const ws of doomed) deleteSheet({ ws, name: ws.name, id: "", visibility: ws.visibility }, caps);
      quietEvents(context, caps, true);
      await context.sync();
    });
  });
}
