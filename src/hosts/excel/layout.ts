import type { PlanSheet, WorkbookPlan } from "../../workbook/plan";
import { columnLetters, parseRange, rangeRef } from "../../workbook/a1";
import type { ExcelCapabilities } from "./capabilities";
import { cellInput } from "./cellText";
import { queueStyle, styleBytes, widthInPoints } from "./format";
import { opBytes, utf8Size, PAYLOAD_LIMIT, type RequestMeter } from "./run";

/**
 * Values and formulas as whole row blocks through `formulas` (ExcelApi 1.1), constants that Excel would parse
 * sent as text. `rename` maps the plan's sheet references to the names the sheets carry while this is written.
 */
export async function writeCells(meter: RequestMeter, ws: Excel.Worksheet, sheet: PlanSheet, rename: (formula: string) => string): Promise<void> {
  const width = Math.max(0, ...sheet.values.map((r) => r.length), ...sheet.formulas.map((r) => r.length));
  const height = Math.max(sheet.values.length, sheet.formulas.length);
  if (height === 0 || width === 0) return;
  const rows = Array.from({ length: height }, (_, r) =>
    Array.from({ length: width }, (_, c) => {
      const f = sheet.formulas[r]?.[c];
      return f ? rename(f) : cellInput(sheet.values[r]?.[c]);
    }),
  );
  let start = 0;
  let size = 0;
  for (let r = 0; r <= rows.length; r++) {
    const rowSize = r < rows.length ? utf8Size(rows[r]) : 0;
    if (r === rows.length || (size + rowSize > PAYLOAD_LIMIT / 2 && r > start)) {
      await meter.reserve(opBytes(1, 1, rows.slice(start, r)));
      ws.getRange(rangeRef(start, 0, r - 1, width - 1)).formulas = rows.slice(start, r);
      start = r;
      size = 0;
    }
    size += rowSize;
  }
}

/** Formats, validation, protection flags and print settings, each only where this Excel has the member. */
export async function queueSheetLayout(meter: RequestMeter, ws: Excel.Worksheet, sheet: PlanSheet, plan: WorkbookPlan, caps: ExcelCapabilities, rename: (formula: string) => string): Promise<void> {
  if (caps.protection) {
    for (const [i, c] of sheet.columns.entries()) {
      if (c.width === undefined && !c.hidden) continue;
      await meter.reserve(opBytes(2, 2, 24));
      const col = ws.getRange(`${columnLetters(i)}:${columnLetters(i)}`);
      if (c.width !== undefined) col.format.columnWidth = widthInPoints(c.width);
      if (c.hidden) col.columnHidden = true;
    }
    for (const { row, height } of sheet.rowHeights) {
      await meter.reserve(opBytes(1, 2, 24));
      ws.getRange(`${row + 1}:${row + 1}`).format.rowHeight = height;
    }
  }
  await meter.reserve(opBytes(2, 3, plan.font));
  const all = ws.getRange().format.font;
  all.name = plan.font.name;
  all.size = plan.font.size;
  for (const f of sheet.formats) {
    const style = f.style ? plan.styles[f.style] : undefined;
    const box = parseRange(f.range);
    const numberFormats = f.numberFormat && box ? Array.from({ length: box.bottom - box.top + 1 }, () => Array.from({ length: box.right - box.left + 1 }, () => f.numberFormat as string)) : null;
    await meter.reserve(opBytes(0, 1, f.range) + (style ? styleBytes(style) : 0) + (numberFormats ? opBytes(1, 0, numberFormats) : 0) + (f.locked !== undefined ? opBytes(1, 2, 5) : 0));
    const range = ws.getRange(f.range);
    if (style) queueStyle(range, style);
    // Range.numberFormat takes one entry per cell, like values
    if (numberFormats) range.numberFormat = numberFormats;
    if (f.locked !== undefined && caps.protection) range.format.protection.locked = f.locked;
  }
  if (caps.protection) {
    for (const m of sheet.merges) {
      await meter.reserve(opBytes(1, 1, m));
      ws.getRange(m).merge(false);
    }
  }
  if (sheet.frozen && caps.freezeAndEvents) {
    await meter.reserve(opBytes(1, 2, 40));
    ws.freezePanes.freezeAt(ws.getRange(rangeRef(0, 0, Math.max(1, sheet.frozen.rows) - 1, Math.max(1, sheet.frozen.columns) - 1)));
  }
  if (caps.dataValidation) {
    for (const v of sheet.validations) {
      const rule = v.max === undefined ? { formula1: v.min, operator: "GreaterThanOrEqualTo" } : { formula1: v.min, formula2: v.max, operator: "Between" };
      const prompt = { showPrompt: true, title: v.promptTitle, message: v.prompt };
      const alert = { showAlert: true, style: "Stop", title: v.errorTitle, message: v.error };
      await meter.reserve(opBytes(3, 2, [v.range, rule, v.formula ?? "", prompt, alert]) + 40);
      const dv = ws.getRange(v.range).dataValidation;
      const basic = rule as Excel.BasicDataValidation;
      // a custom rule may name other sheets: it binds like a formula
      dv.rule =
        v.kind === "custom"
          ? { custom: { formula: rename(`=${v.formula ?? "TRUE"}`) } }
          : v.kind === "whole"
            ? { wholeNumber: basic }
            : v.kind === "textLength"
              ? { textLength: basic }
              : { decimal: basic };
      dv.prompt = prompt;
      dv.errorAlert = alert as Excel.DataValidationErrorAlert;
    }
  }
  if (caps.conditionalFormats) {
    for (const cf of sheet.conditionalFormats) {
      const look = plan.highlights[cf.highlight];
      const formula = rename(`=${cf.formula}`);
      await meter.reserve(opBytes(5, 7, [cf.range, formula, look]) + 20);
      const c = ws.getRange(cf.range).conditionalFormats.add("Custom");
      c.custom.rule.formula = formula;
      if (look.fill) c.custom.format.fill.color = `#${look.fill}`;
      if (look.color) c.custom.format.font.color = `#${look.color}`;
      if (look.bold !== undefined) c.custom.format.font.bold = look.bold;
    }
  }
  if (sheet.print && caps.pageLayout) {
    await meter.reserve(opBytes(4, 2, 80));
    ws.pageLayout.orientation = sheet.print.orientation === "landscape" ? "Landscape" : "Portrait";
    ws.pageLayout.paperSize = "A4";
    if (sheet.print.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (sheet.print.titleRows) ws.pageLayout.setPrintTitleRows(`$${sheet.print.titleRows.from + 1}:$${sheet.print.titleRows.to + 1}`);
  }
}
