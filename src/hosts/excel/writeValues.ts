import type { CellWrite } from "../../workbook/snapshot";
import { rangeRef } from "../../workbook/a1";
import type { ExcelCapabilities } from "./capabilities";
import { cellInput } from "./cellText";
import { opBytes, PAYLOAD_LIMIT, RequestMeter, utf8Size, type ExcelRun } from "./run";
import { deleteSheet, quietEvents, recalcIfManual, withQuietEvents } from "./sheets";

/**
 * Writes constants into cells as runs of consecutive cells, a few operations per sheet rather than one per cell;
 * text Excel would parse ("01", "- a", "=x") is sent as text. Sheet names are checked first (ignoring case, as
 * Excel does), so a missing sheet fails the whole batch before anything is written (no half-filled workbook).
 * Excel refuses a write to a locked cell of a protected sheet (the meta sheet a seal is written into), so such a
 * sheet is unprotected for the write and protected again with its own options; a sheet whose written cells are
 * all unlocked is left as it is (a password the user set never gets in the way of a fill). Two syncs, plus one
 * per 4 MB of request; in manual calculation mode the workbook is recalculated.
 */
export async function writeValuesExcel(run: ExcelRun, writes: readonly CellWrite[], caps: ExcelCapabilities): Promise<void> {
  if (writes.length === 0) return;
  const blocks = writeBlocks(writes);
  await run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    const app = context.workbook.application.load("calculationMode");
    const guards = caps.protection ? queueGuards(context, blocks) : [];
    try {
      await context.sync();
    } catch (e) {
      // a guard on a sheet that isn't there fails the batch: say which sheets are missing, as without guards
      if (guards.length === 0) throw e;
      const names = context.workbook.worksheets.load("items/name");
      await context.sync();
      throwIfMissing(names.items, writes);
      throw e;
    }
    throwIfMissing(sheets.items, writes);
    const byName = new Map(sheets.items.map((s) => [s.name.toLowerCase(), s]));
    const lifted = guards.filter((g) => g.protection.protected && g.locks.some((l) => l.locked !== false));
    const meter = new RequestMeter(context);
    try {
      await withQuietEvents(context, caps, async () => {
        for (const g of lifted) g.protection.unprotect();
        for (const block of blocks) {
          const ws = byName.get(block.sheet.toLowerCase()) as Excel.Worksheet;
          for (const part of bands(block.values.map((row) => row.map((v) => cellInput(v))))) {
            await meter.reserve(opBytes(1, 2, part.rows) + 16);
            const top = block.top + part.offset;
            ws.getRange(rangeRef(top, block.left, top + part.rows.length - 1, block.left + part.rows[0].length - 1)).values = part.rows;
          }
        }
        for (const g of lifted) g.protection.protect(g.protection.options);
        recalcIfManual(context, app.calculationMode);
        quietEvents(context, caps, true);
        await context.sync();
      });
    } catch (e) {
      await reprotect(context, lifted);
      throw e;
    }
  });
}

function throwIfMissing(present: readonly { name: string }[], writes: readonly CellWrite[]): void {
  const names = new Set(present.map((s) => s.name.toLowerCase()));
  const missing = [...new Set(writes.map((w) => w.sheet))].filter((s) => !names.has(s.toLowerCase()));
  if (missing.length > 0) throw new Error(`missing sheets: ${missing.join(", ")}`);
}

interface Guard {
  readonly protection: Excel.WorksheetProtection;
  readonly locks: readonly Excel.FormatProtection[];
}

/** Per written sheet (ExcelApi 1.2): its protection and options, and whether each written run is locked. */
function queueGuards(context: Excel.RequestContext, blocks: readonly WriteBlock[]): Guard[] {
  const bySheet = new Map<string, WriteBlock[]>();
  for (const b of blocks) bySheet.set(b.sheet.toLowerCase(), [...(bySheet.get(b.sheet.toLowerCase()) ?? []), b]);
  return [...bySheet.values()].map((list) => {
    const ws = context.workbook.worksheets.getItem(list[0].sheet);
    return {
      protection: ws.protection.load("protected,options"),
      locks: list.map((b) => ws.getRange(rangeRef(b.top, b.left, b.top + b.values.length - 1, b.left)).format.protection.load("locked")),
    };
  });
}

/** After a failed write: the sheets unprotected for it are protected again (best effort; the write's error is what the user sees). */
async function reprotect(context: Excel.RequestContext, lifted: readonly Guard[]): Promise<void> {
  if (lifted.length === 0) return;
  try {
    const now = lifted.map((g) => ({ g, p: g.protection.load("protected") }));
    await context.sync();
    for (const { g, p } of now) if (!p.protected) g.protection.protect(g.protection.options);
    await context.sync();
  } catch {
    // nothing more can be done from here; the next applyPlan protects the add-in's sheets again
  }
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
