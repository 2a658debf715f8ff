import ExcelJS from "exceljs";
import type { CellValue, SheetSnapshot } from "../../workbook/snapshot";

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** An ExcelJS cell value as a plain one: formulas give their cached result, rich text its plain text. */
export function plainValue(v: ExcelJS.CellValue | undefined): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  // a date is a number in the sheet; ExcelJS turns it into a Date only because of its format
  if (v instanceof Date) return (v.getTime() - EXCEL_EPOCH) / 86_400_000;
  if ("error" in v) return { error: String(v.error) };
  if ("richText" in v) return v.richText.map((t) => t.text).join("");
  if ("formula" in v || "sharedFormula" in v) return plainValue((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ("text" in v) return String((v as ExcelJS.CellHyperlinkValue).text);
  return null;
}

export function snapshotSheet(ws: ExcelJS.Worksheet): SheetSnapshot {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  let width = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // merged cells other than the top-left echo its value in ExcelJS; Excel shows them empty
      if (cell.type === ExcelJS.ValueType.Merge) return;
      while (values.length < r) {
        values.push([]);
        formulas.push([]);
      }
      values[r - 1][c - 1] = plainValue(cell.value);
      formulas[r - 1][c - 1] = cell.type === ExcelJS.ValueType.Formula ? `=${cell.formula}` : null;
      width = Math.max(width, c);
    });
  });
  const dense = <T>(rows: T[][]) => rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? null));
  const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection;
  return {
    name: ws.name,
    visibility: ws.state === "veryHidden" ? "veryHidden" : ws.state === "hidden" ? "hidden" : "visible",
    protected: protection?.sheet === true,
    values: dense(values) as CellValue[][],
    formulas: dense(formulas) as (string | null)[][],
  };
}
