import type ExcelJS from "exceljs";
import type { PlanFormat, PlanSheet, WorkbookPlan } from "../../workbook/plan";
import { formatLayers } from "./formatLayers";
import { excelStyle, highlightStyle } from "./styles";

type Merged = { style?: PlanFormat["style"]; numberFormat?: string; locked?: boolean };

/** Writes a plan into an ExcelJS workbook: sheets of the same names are replaced, in the plan's order. */
export async function applyPlanToWorkbook(wb: ExcelJS.Workbook, plan: WorkbookPlan): Promise<void> {
  for (const sheet of plan.sheets) {
    const old = wb.getWorksheet(sheet.name);
    if (old) wb.removeWorksheet(old.id);
  }
  // one ExcelJS style object per distinct look: ExcelJS's writer caches style ids by object identity
  const styleCache = new Map<string, Partial<ExcelJS.Style>>();
  const styleFor = (m: Merged) => {
    const key = `${m.style ?? ""}|${m.numberFormat ?? ""}|${m.locked ?? ""}`;
    let s = styleCache.get(key);
    if (!s) styleCache.set(key, (s = excelStyle(plan, m)));
    return s;
  };
  for (const sheet of plan.sheets) await writeSheet(wb, plan, sheet, styleFor);
  for (const n of plan.names) wb.definedNames.add(`'${n.sheet.replace(/'/g, "''")}'!${n.range}`, n.name);
  // the file carries no cached results: every program must calculate on opening
  wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
}

async function writeSheet(wb: ExcelJS.Workbook, plan: WorkbookPlan, sheet: PlanSheet, styleFor: (m: Merged) => Partial<ExcelJS.Style>): Promise<void> {
  const ws = wb.addWorksheet(sheet.name, {
    state: sheet.visibility,
    views: sheet.frozen ? [{ state: "frozen", xSplit: sheet.frozen.columns, ySplit: sheet.frozen.rows }] : [],
  });
  sheet.columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    if (c.width !== undefined) col.width = c.width;
    if (c.hidden) col.hidden = true;
  });

  const width = Math.max(sheet.columns.length, sheet.values[0]?.length ?? 0) + 1;
  const layers = formatLayers(sheet, width, sheet.values.length + 1);
  const sheetStyles = new Map<number, Partial<ExcelJS.Style>>();
  sheet.values.forEach((vals, r) => {
    const row = ws.getRow(r + 1);
    const formulas = sheet.formulas[r];
    for (let c = 0; c < width; c++) {
      const key = r * width + c;
      const f = formulas[c];
      const v = vals[c];
      const look = layers.comboAt(key);
      const styled = look !== 0;
      if (f === null || f === undefined) {
        if ((v === null || v === undefined) && !styled) continue;
      }
      const cell = row.getCell(c + 1);
      if (f !== null && f !== undefined) cell.value = { formula: f.replace(/^=/, "") } as ExcelJS.CellFormulaValue;
      else if (v !== null && v !== undefined) cell.value = v;
      if (styled) {
        let style = sheetStyles.get(look);
        if (!style) {
          style = styleFor(layers.look(key));
          sheetStyles.set(look, style);
        }
        cell.style = style;
      }
    }
  });
  for (const { row, height } of sheet.rowHeights) ws.getRow(row + 1).height = height;
  for (const m of sheet.merges) ws.mergeCells(m);

  // ExcelJS's typings omit its range-level validation list; its writer merges equal neighbours itself
  const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  for (const v of sheet.validations) {
    const custom = v.kind === "custom";
    validations.add(v.range, {
      type: v.kind,
      ...(custom ? {} : { operator: v.max === undefined ? "greaterThanOrEqual" : "between" }),
      allowBlank: true,
      formulae: custom ? [v.formula ?? "TRUE"] : v.max === undefined ? [v.min] : [v.min, v.max],
      showInputMessage: true,
      promptTitle: v.promptTitle,
      prompt: v.prompt,
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: v.errorTitle,
      error: v.error,
    });
  }
  sheet.conditionalFormats.forEach((cf, i) => {
    ws.addConditionalFormatting({
      ref: cf.range,
      rules: [{ type: "expression", priority: i + 1, formulae: [cf.formula], style: highlightStyle(plan.highlights[cf.highlight]) }],
    });
  });
  if (sheet.print) {
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: 9, // A4
      orientation: sheet.print.orientation,
      fitToPage: sheet.print.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: sheet.print.titleRows ? `${sheet.print.titleRows.from + 1}:${sheet.print.titleRows.to + 1}` : undefined,
    };
  }
  if (sheet.protect) {
    // no password: the point is to stop accidental typing over formulas, not to lock anyone out
    await ws.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  }
}
