// The Excel host (a chunk of its own) is fetched in Excel mode only, once office.js is ready and before the
// pane first renders; file mode, the pane's first load in a browser, never carries it.
export type ExcelHostModule = typeof import("../../hosts/excel/excelHost");

let loaded: ExcelHostModule | null = null;

/** Fetches the Excel host's chunk; a failure is told by `excelHostModule` when the pane asks for the host. */
export async function loadExcelHost(): Promise<void> {
  loaded ??= await import(/* webpackChunkName: "excel-host" */ "../../hosts/excel/excelHost");
}

/** The Excel host's module, once `loadExcelHost` has fetched it. */
export function excelHostModule(): ExcelHostModule {
  if (!loaded) throw new Error("the Excel host's script did not load; reopen the add-in");
  return loaded;
}
