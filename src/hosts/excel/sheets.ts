import type { WorkbookPlan } from "../../workbook/plan";
import type { ExcelCapabilities } from "./capabilities";

/** Sheets the add-in builds or puts aside carry this prefix until the swap is done. */
export const TEMP_PREFIX = "~thidua~";

export interface LoadedSheet {
  readonly ws: Excel.Worksheet;
  readonly name: string;
  readonly id: string;
  readonly visibility: Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden";
}

/** Excel refuses to delete a very hidden sheet (InvalidOperation, office-js#365): make it hidden first (ExcelApi 1.2). */
export function deleteSheet(s: LoadedSheet, caps: ExcelCapabilities): void {
  if (s.visibility === "VeryHidden" && caps.protection) s.ws.visibility = "Hidden";
  s.ws.delete();
}

/** The plan's defined names, replacing names of the same spelling (ignoring case, as Excel does). ExcelApi 1.4. */
export function applyNames(context: Excel.RequestContext, plan: WorkbookPlan, added: ReadonlyMap<string, Excel.Worksheet>, existing: ReadonlySet<string>, caps: ExcelCapabilities): void {
  if (!caps.names) return;
  for (const n of plan.names) {
    if (existing.has(n.name.toLowerCase())) context.workbook.names.getItem(n.name).delete();
    const ws = added.get(n.sheet) ?? context.workbook.worksheets.getItem(n.sheet);
    context.workbook.names.add(n.name, ws.getRange(n.range));
  }
}

/**
 * The add-in's own writes must not wake live checking: Runtime.enableEvents (ExcelApi 1.8) switches this
 * add-in's events off for the batch and back on at its end. Below 1.8 the host's watcher ignores them instead.
 */
export function quietEvents(context: Excel.RequestContext, caps: ExcelCapabilities, on: boolean): void {
  if (caps.dataValidation) context.runtime.enableEvents = on;
}

/** In manual calculation mode nothing recalculates after writes; recalculate so totals are not stale. */
export function recalcIfManual(context: Excel.RequestContext, calculationMode: string): void {
  if (calculationMode === "Manual") context.workbook.application.calculate("Recalculate");
}

/** Runs the writes of a batch with events off; if the batch fails, events are switched back on before rethrowing. */
export async function withQuietEvents(context: Excel.RequestContext, caps: ExcelCapabilities, work: () => Promise<void>): Promise<void> {
  quietEvents(context, caps, false);
  try {
    await work();
  } catch (e) {
    if (caps.dataValidation) {
      quietEvents(context, caps, true);
      await context.sync().catch(() => undefined);
    }
    throw e;
  }
}
