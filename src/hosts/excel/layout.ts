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
  if (caps.pageLayout) await queueGroupedFormats(meter, ws, sheet, plan, caps);
  for (const f of sheet.formats) {
    const grouped = caps.pageLayout;
    const style = f.style && !grouped ? plan.styles[f.style] : undefined;
    const locked = f.locked !== undefined && caps.protection && !grouped ? f.locked : undefined;
    const box = parseRange(f.range);
    const numberFormats = f.numberFormat && box ? Array.from({ length: box.bottom - box.top + 1 }, () => Array.from({ length: box.right - box.left + 1 }, () => f.numberFormat as string)) : null;
    if (!style && !numberFormats && locked === undefined) continue;
    await meter.reserve(opBytes(0, 1, f.range) + (style ? styleBytes(style) : 0) + (numberFormats ? opBytes(1, 0, numberFormats) : 0) + (locked !== undefined ? opBytes(1, 2, 5) : 0));
    const range = ws.getRange(f.range);
    if (style) queueStyle(range, style);
    // Range.numberFormat takes one entry per cell, like values
    if (numberFormats) range.numberFormat = numberFormats;
    if (locked !== undefined) range.format.protection.locked = locked;
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
    // from ExcelApi 1.9 the ranges sharing a rule take it in one operation (Worksheet.getRanges)
    const groups = new Map<string, { v: PlanSheet["validations"][number]; ranges: string[] }>();
    for (const v of sheet.validations) {
      const k = caps.pageLayout ? JSON.stringify({ ...v, range: "" }) : `${groups.size}`;
      const g = groups.get(k) ?? { v, ranges: [] };
      g.ranges.push(v.range);
      groups.set(k, g);
    }
    for (const { v, ranges } of groups.values()) {
      const rule = v.max === undefined ? { formula1: v.min, operator: "GreaterThanOrEqualTo" } : { formula1: v.min, formula2: v.max, operator: "Between" };
      const prompt = { showPrompt: true, title: v.promptTitle, message: v.prompt };
      const alert = { showAlert: true, style: "Stop", title: v.errorTitle, message: v.error };
      for (const addresses of addressLists(ranges)) {
        await meter.reserve(opBytes(3, 2, [addresses, rule, v.formula ?? "", prompt, alert]) + 40);
        const dv = (caps.pageLayout ? ws.getRanges(addresses) : ws.getRange(addresses)).dataValidation;
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
  }
  if (caps.conditionalFormats) {
    // ConditionalFormatCollection.add puts the new format "at the first/top priority" (Office.js reference), so
    // the plan's formats are added last to first: the plan's first ends on top, as in the .xlsx (priority 1)
    for (const cf of [...sheet.conditionalFormats].reverse()) {
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

/** Longest address list sent to Worksheet.getRanges at once (Excel's limit on it is not documented). */
const MAX_ADDRESSES = 2000;

/** Comma-separated address lists of at most MAX_ADDRESSES characters. */
function addressLists(ranges: readonly string[]): string[] {
  const out: string[] = [];
  let current = "";
  for (const r of ranges) {
    if (current && current.length + r.length + 1 > MAX_ADDRESSES) {
      out.push(current);
      current = "";
    }
    current = current ? `${current},${r}` : r;
  }
  if (current) out.push(current);
  return out;
}

/**
 * ExcelApi 1.9: each look, and each lock state, is applied once to all its cells through Worksheet.getRanges,
 * instead of one object path and a dozen actions per range (borders alone are 6 paths). As in the xlsx host, a
 * cell takes the last look the plan gives it, so the cells are first sorted into their final look.
 */
async function queueGroupedFormats(meter: RequestMeter, ws: Excel.Worksheet, sheet: PlanSheet, plan: WorkbookPlan, caps: ExcelCapabilities): Promise<void> {
  const styles = finalAreas(sheet, (f) => f.style);
  for (const [style, ranges] of styles) {
    const look = plan.styles[style as keyof WorkbookPlan["styles"]];
    for (const addresses of addressLists(ranges)) {
      await meter.reserve(opBytes(0, 1, addresses) + styleBytes(look));
      queueStyle(ws.getRanges(addresses), look);
    }
  }
  if (!caps.protection) return;
  for (const [locked, ranges] of finalAreas(sheet, (f) => f.locked)) {
    for (const addresses of addressLists(ranges)) {
      await meter.reserve(opBytes(1, 3, addresses));
      ws.getRanges(addresses).format.protection.locked = locked;
    }
  }
}

/** For each value of `pick`, the rectangles of cells whose last format gives it that value, as A1 ranges. */
function finalAreas<T extends string | boolean>(sheet: PlanSheet, pick: (f: PlanSheet["formats"][number]) => T | undefined): Map<T, string[]> {
  const boxes = sheet.formats.map((f) => parseRange(f.range));
  const width = Math.max(0, ...boxes.map((b) => (b ? b.right + 1 : 0)));
  const height = Math.max(0, ...boxes.map((b) => (b ? b.bottom + 1 : 0)));
  const values: T[] = [];
  const grid = new Uint16Array(width * height);
  sheet.formats.forEach((f, i) => {
    const v = pick(f);
    const b = boxes[i];
    if (v === undefined || !b) return;
    let id = values.indexOf(v) + 1;
    if (id === 0) id = values.push(v);
    for (let r = b.top; r <= b.bottom; r++) grid.fill(id, r * width + b.left, r * width + b.right + 1);
  });
  // runs along each row, then runs of equal runs down the rows
  const open = new Map<string, { top: number; bottom: number; left: number; right: number; id: number }>();
  const done: { top: number; bottom: number; left: number; right: number; id: number }[] = [];
  for (let r = 0; r <= height; r++) {
    const seen = new Set<string>();
    for (let c = 0; r < height && c < width; ) {
      const id = grid[r * width + c];
      let e = c;
      while (e + 1 < width && grid[r * width + e + 1] === id) e++;
      if (id) {
        const k = `${c},${e},${id}`;
        const box = open.get(k);
        if (box && box.bottom === r - 1) box.bottom = r;
        else {
          if (box) done.push(box);
          open.set(k, { top: r, bottom: r, left: c, right: e, id });
        }
        seen.add(k);
      }
      c = e + 1;
    }
    for (const [k, box] of open) {
      if (!seen.has(k)) {
        done.push(box);
        open.delete(k);
      }
    }
  }
  const out = new Map<T, string[]>();
  for (const b of done) {
    const v = values[b.id - 1];
    const list = out.get(v) ?? [];
    list.push(rangeRef(b.top, b.left, b.bottom, b.right));
    out.set(v, list);
  }
  return out;
}
