import type { PlanSheet, WorkbookPlan } from "../../workbook/plan";
import { columnLetters } from "../../workbook/a1";
import type { ExcelCapabilities } from "./capabilities";
import { queueStyle, widthInPoints } from "./format";
import { PAYLOAD_LIMIT, payloadSize, type ExcelRun } from "./run";

const TEMP_PREFIX = "~thidua~";

/**
 * Applies a plan to the open workbook in three syncs (plus one per 4 MB of cell data beyond the first):
 * 1. read which sheets exist; 2. build every plan sheet under a temporary name; 3. delete the sheets being
 * replaced and give the new ones their names. Office.js has no transactions, so the user's sheets are touched
 * only in the last step, after everything else succeeded; if building fails, the temporary sheets are removed
 * and the workbook is as it was.
 */
export async function applyPlanExcel(run: ExcelRun, plan: WorkbookPlan, caps: ExcelCapabilities): Promise<void> {
  await run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const names = caps.names ? context.workbook.names.load("items/name") : null;
    await context.sync();
    const existing = new Set(sheets.items.map((s) => s.name));
    const stale = sheets.items.filter((s) => s.name.startsWith(TEMP_PREFIX));
    stale.forEach((s) => s.delete());
    const temps = plan.sheets.map((s, i) => ({ plan: s, temp: `${TEMP_PREFIX}${i}`, ws: undefined as Excel.Worksheet | undefined }));
    try {
      if (caps.conditionalFormats) context.application.suspendApiCalculationUntilNextSync();
      if (caps.pageLayout) context.application.suspendScreenUpdatingUntilNextSync();
      let pending = 0;
      for (const t of temps) {
        t.ws = sheets.add(t.temp);
        pending = await writeCells(context, t.ws, t.plan, pending);
        queueSheetLayout(t.ws, t.plan, plan, caps);
      }
      await context.sync();
    } catch (e) {
      await removeTemps(context, temps.map((t) => t.temp));
      throw e;
    }
    for (const { plan: sheet } of temps) if (existing.has(sheet.name)) sheets.getItem(sheet.name).delete();
    // the proxies from sheets.add stay valid across syncs of this context, whatever the sheets are called
    const added = new Map(temps.map((t) => [t.plan.name, t.ws as Excel.Worksheet]));
    for (const { plan: sheet } of temps) {
      const ws = added.get(sheet.name) as Excel.Worksheet;
      ws.name = sheet.name;
      if (sheet.visibility !== "visible") ws.visibility = sheet.visibility === "veryHidden" ? "VeryHidden" : "Hidden";
      if (sheet.protect && caps.protection) ws.protection.protect({ allowFormatColumns: true, allowFormatRows: true });
    }
    if (caps.names) {
      const taken = new Set(names?.items.map((n) => n.name) ?? []);
      for (const n of plan.names) {
        if (taken.has(n.name)) context.workbook.names.getItem(n.name).delete();
        const ws = added.get(n.sheet) ?? sheets.getItem(n.sheet);
        context.workbook.names.add(n.name, ws.getRange(n.range));
      }
    }
    const first = plan.sheets.find((s) => s.visibility === "visible");
    if (first) added.get(first.name)?.activate();
    // calculation was suspended while writing: recalculate so every total is current
    context.workbook.application.calculate("Full");
    await context.sync();
  });
}

/** Values and formulas as whole row blocks; a block is synced early only when the batch would pass 4 MB. */
async function writeCells(context: Excel.RequestContext, ws: Excel.Worksheet, sheet: PlanSheet, pending: number): Promise<number> {
  const width = Math.max(0, ...sheet.values.map((r) => r.length));
  if (sheet.values.length === 0 || width === 0) return pending;
  const rows = sheet.values.map((vals, r) =>
    Array.from({ length: width }, (_, c) => sheet.formulas[r]?.[c] ?? (vals[c] === null || vals[c] === undefined ? "" : vals[c])),
  );
  let start = 0;
  let size = 0;
  for (let r = 0; r <= rows.length; r++) {
    const rowSize = r < rows.length ? payloadSize(rows[r]) : 0;
    if (r === rows.length || (size + rowSize + pending > PAYLOAD_LIMIT && r > start)) {
      ws.getRangeByIndexes(start, 0, r - start, width).formulas = rows.slice(start, r) as (string | number | boolean)[][];
      pending += size;
      if (r < rows.length) {
        await context.sync();
        pending = 0;
      }
      start = r;
      size = 0;
    }
    size += rowSize;
  }
  return pending;
}

function queueSheetLayout(ws: Excel.Worksheet, sheet: PlanSheet, plan: WorkbookPlan, caps: ExcelCapabilities): void {
  sheet.columns.forEach((c, i) => {
    const col = ws.getRange(`${columnLetters(i)}:${columnLetters(i)}`);
    if (c.width !== undefined) col.format.columnWidth = widthInPoints(c.width);
    if (c.hidden && caps.protection) col.columnHidden = true;
  });
  for (const { row, height } of sheet.rowHeights) ws.getRange(`${row + 1}:${row + 1}`).format.rowHeight = height;
  ws.getRange().format.font.name = plan.font.name;
  ws.getRange().format.font.size = plan.font.size;
  for (const f of sheet.formats) {
    const range = ws.getRange(f.range);
    if (f.style) queueStyle(range, plan.styles[f.style]);
    if (f.numberFormat) range.numberFormat = [[f.numberFormat]];
    if (f.locked !== undefined && caps.protection) range.format.protection.locked = f.locked;
  }
  if (caps.protection) for (const m of sheet.merges) ws.getRange(m).merge(false);
  if (sheet.frozen && caps.freezeAndEvents) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, Math.max(1, sheet.frozen.rows), Math.max(1, sheet.frozen.columns)));
  if (caps.dataValidation) {
    for (const v of sheet.validations) {
      const dv = ws.getRange(v.range).dataValidation;
      const rule = v.max === undefined ? { formula1: v.min, operator: "GreaterThanOrEqualTo" } : { formula1: v.min, formula2: v.max, operator: "Between" };
      const basic = rule as Excel.BasicDataValidation;
      dv.rule =
        v.kind === "custom"
          ? { custom: { formula: `=${v.formula ?? "TRUE"}` } }
          : v.kind === "whole"
            ? { wholeNumber: basic }
            : v.kind === "textLength"
              ? { textLength: basic }
              : { decimal: basic };
      dv.prompt = { showPrompt: true, title: v.promptTitle, message: v.prompt };
      dv.errorAlert = { showAlert: true, style: "Stop", title: v.errorTitle, message: v.error };
    }
  }
  if (caps.conditionalFormats) {
    for (const cf of sheet.conditionalFormats) {
      const c = ws.getRange(cf.range).conditionalFormats.add("Custom");
      c.custom.rule.formula = `=${cf.formula}`;
      const look = plan.highlights[cf.highlight];
      if (look.fill) c.custom.format.fill.color = `#${look.fill}`;
      if (look.color) c.custom.format.font.color = `#${look.color}`;
      if (look.bold !== undefined) c.custom.format.font.bold = look.bold;
    }
  }
  if (sheet.print && caps.pageLayout) {
    ws.pageLayout.orientation = sheet.print.orientation === "landscape" ? "Landscape" : "Portrait";
    ws.pageLayout.paperSize = "A4";
    if (sheet.print.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (sheet.print.titleRows) ws.pageLayout.setPrintTitleRows(`$${sheet.print.titleRows.from + 1}:$${sheet.print.titleRows.to + 1}`);
  }
}

async function removeTemps(context: Excel.RequestContext, names: readonly string[]): Promise<void> {
  try {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    for (const ws of sheets.items) if (names.includes(ws.name)) ws.delete();
    await context.sync();
  } catch {
    // the original error is what the user must see; a leftover temporary sheet is removed by the next apply
  }
}
