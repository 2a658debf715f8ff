// The xlsx host imports ExcelJS (~1 MB), so it shares ExcelJS's lazy chunk: fetched the first time a file is
// opened or generated in the browser, never on the pane's first load.
export type XlsxHostModule = typeof import("../../hosts/xlsx/xlsxHost");

export function loadXlsxHost(): Promise<XlsxHostModule> {
  return import(/* webpackChunkName: "exceljs" */ "../../hosts/xlsx/xlsxHost");
}
