// Where the pane runs, decided by its page before anything loads: the manifest opens excel.html, which has
// office.js in its <head>; taskpane.html (a plain browser) is file mode, which must never load office.js, since
// outside Office it opens a telemetry frame to a Microsoft host.
export type HostMode = "excel" | "file";

/** The Excel page (excel.html) marks its root element with data-host="excel"; any other page is file mode. */
export function hostModeFromPage(doc: Document): HostMode {
  return doc.documentElement.getAttribute("data-host") === "excel" ? "excel" : "file";
}

/** `?host=excel`: the address older manifests open, now sent on to the Excel page. */
export function hostModeFromSearch(search: string): HostMode {
  return new URLSearchParams(search).get("host") === "excel" ? "excel" : "file";
}

/** Office requires add-ins to load office.js from its CDN; the dev server also serves a local copy at /office.js. */
export const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** `?officejs=local` picks the dev server's copy, for trying Excel mode outside Office; development builds only. */
export function officeJsSource(search: string, development: boolean): string {
  return development && new URLSearchParams(search).get("officejs") === "local" ? "/office.js" : OFFICE_JS_CDN;
}
