import { parseBloc } from "../../src/domain/blocRules";
import { parseRubric } from "../../src/domain/rubricRules";
import type { Bloc, Rubric, Stage } from "../../src/domain/types";
import { openXlsx } from "../../src/hosts/xlsx/xlsxHost";
import { validateWorkbook, type ValidateOptions, type ValidateOutcome } from "../../src/services/validateWorkbook";
import { cellRef } from "../../src/workbook/a1";
import { sheetNamesFor } from "../../src/workbook/buildTemplatePlan";
import { summaryLayout, unitLayout } from "../../src/workbook/layout";
import type { SheetNames } from "../../src/workbook/metaSheet";
import { editWorkbook, type EditSheet, type EditWorkbook } from "./sheetEditor";

/** Edits a workbook the way a user's spreadsheet program would: opened, changed, saved (cached results kept). */
export async function tamper(bytes: Uint8Array, edit: (wb: EditWorkbook) => void | Promise<void>): Promise<Uint8Array> {
  return editWorkbook(bytes, edit);
}

export function sheet(wb: EditWorkbook, name: string): EditSheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** validate on bytes through the xlsx host, as the CLI does. */
export async function validateBytes(bytes: Uint8Array, options: ValidateOptions = {}): Promise<ValidateOutcome> {
  return validateWorkbook(await openXlsx(bytes), "khoi.xlsx", options);
}

/** Where things are in a fixture workbook: sheet names and A1 cells, derived from the layout as data. */
export interface WorkbookMap {
  readonly rubric: Rubric;
  readonly bloc: Bloc;
  readonly sheets: SheetNames;
  unitSheet(unit: string): string;
  inputCell(item: string, stage: Stage): string;
  summaryCell(unit: string, key: string): string;
}

export function workbookMap(rubricText: string, blocText: string): WorkbookMap {
  const r = parseRubric(JSON.parse(rubricText));
  const b = parseBloc(JSON.parse(blocText));
  if (!r.ok || !b.ok) throw new Error("fixture rubric or bloc rejected");
  const rubric = r.value;
  const bloc = b.value;
  const sheets = sheetNamesFor(bloc);
  const unit = unitLayout(rubric);
  const summary = summaryLayout(rubric, bloc.units.length);
  const indexOf = (id: string) => {
    const i = bloc.units.findIndex((u) => u.id === id);
    if (i < 0) throw new Error(`no unit ${id}`);
    return i;
  };
  return {
    rubric,
    bloc,
    sheets,
    unitSheet: (id) => sheets.units[indexOf(id)],
    inputCell: (item, stage) => cellRef(unit.items.find((it) => it.id === item)!.row, unit.col[`stage:${stage}`]),
    summaryCell: (id, key) => cellRef(summary.firstUnitRow + indexOf(id), summary.col[key]),
  };
}

/** The findings of one code, as (sheet, cell) pairs plus what a test wants to see of them. */
export function where(out: ValidateOutcome, code: string): { sheet?: string; cell?: string; unit?: string; item?: string }[] {
  return out.findings.filter((f) => f.code === code).map((f) => ({ sheet: f.source?.sheet, cell: f.source?.cell, unit: f.unit, item: f.item }));
}

export function errorCodes(out: ValidateOutcome): string[] {
  return [...new Set(out.findings.filter((f) => f.severity === "error").map((f) => f.code))].sort();
}
