// The xlsx host (a chunk of its own) is fetched the first time a file is opened or generated in the browser,
// never on the pane's first load.
export type XlsxHostModule = typeof import("../../hosts/xlsx/xlsxHost");

export function loadXlsxHost(): Promise<XlsxHostModule> {
  return import(/* webpackChunkName: "xlsx-host" */ "../../hosts/xlsx/xlsxHost");
}
