import type ExcelJS from "exceljs";
import type { CellStyle, PlanFormat, WorkbookPlan } from "../../workbook/plan";

const argb = (rgb: string) => `FF${rgb.toUpperCase()}`;

function font(base: WorkbookPlan["font"], s: CellStyle | undefined): Partial<ExcelJS.Font> {
  return {
    name: base.name,
    size: s?.size ?? base.size,
    ...(s?.bold ? { bold: true } : {}),
    ...(s?.italic ? { italic: true } : {}),
    ...(s?.color ? { color: { argb: argb(s.color) } } : {}),
  };
}

const thin = { style: "thin" as const, color: { argb: "FFA6A6A6" } };

export function excelStyle(plan: WorkbookPlan, f: { style?: PlanFormat["style"]; numberFormat?: string; locked?: boolean }): Partial<ExcelJS.Style> {
  const s = f.style ? plan.styles[f.style] : undefined;
  const out: Partial<ExcelJS.Style> = { font: font(plan.font, s) };
  if (s?.fill) out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
  if (s?.horizontal || s?.vertical || s?.wrap) out.alignment = { horizontal: s.horizontal, vertical: s.vertical, wrapText: s.wrap || undefined };
  if (s?.border) out.border = { top: thin, left: thin, bottom: thin, right: thin };
  if (f.numberFormat) out.numFmt = f.numberFormat;
  if (f.locked === false) out.protection = { locked: false };
  return out;
}

/** A conditional format's look: ExcelJS wants the fill colour of a differential style as bgColor. */
export function highlightStyle(s: CellStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (s.fill) out.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(s.fill) } };
  if (s.color) out.font = { color: { argb: argb(s.color) } };
  return out;
}
