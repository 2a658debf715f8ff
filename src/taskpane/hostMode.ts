// Where the pane runs, decided from its address before anything loads: the manifest opens the pane with
// `?host=excel`; any other address (a plain browser) is file mode, which must never load office.js, since
// outside Office it opens a telemetry frame to a Microsoft host.
export type HostMode = "excel" | "file";

export function hostModeFromSearch(search: string): HostMode {
  return new URLSearchParams(search).get("host") === "excel" ? "excel" : "file";
}

/** Office requires add-ins to load office.js from its CDN; the dev server also serves a local copy at /office.js. */
export const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** `?officejs=local` picks the dev server's copy, for trying Excel mode outside Office; development builds only. */
export function officeJsSource(search: string, development: boolean): string {
  return development && new URLSearchParams(search).get("officejs") === "local" ? "/office.js" : OFFICE_JS_CDN;
}
