// ExcelJS (~1 MB) is a chunk of its own, fetched only when a file is opened or saved: never part of the
// pane's first load, and never fetched at all in Excel unless the user works on a file.
export type ExcelJsModule = typeof import("exceljs");

export function loadExcelJs(): Promise<ExcelJsModule> {
  return import(/* webpackChunkName: "exceljs" */ "exceljs").then((m) => ((m as { default?: ExcelJsModule }).default ?? m) as ExcelJsModule);
}
