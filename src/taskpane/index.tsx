// Entry of the task pane, shared by two pages. excel.html (the manifest's page) references office.js in its
// <head>, as Office requires; taskpane.html is file mode for a plain browser and never loads office.js.
import { createRoot } from "react-dom/client";
import type { UiKey } from "../i18n/ui";
import { App } from "./App";
import { loadExcelHost } from "./lazy/loadExcelHost";
import { hostModeFromPage, hostModeFromSearch, officeJsSource, type HostMode } from "./hostMode";
import { loadOfficeJs, officeReady } from "./loadOffice";

/** Set by legacy/detect.js, which runs first, when the webview is too old for React: it has shown its own page. */
function legacyWebview(): boolean {
  return (window as { thiduaLegacy?: boolean }).thiduaLegacy === true;
}

async function start(): Promise<void> {
  const container = document.getElementById("root");
  if (!container || legacyWebview()) return;
  const search = window.location.search;
  // a manifest installed before the pages were split opens taskpane.html?host=excel: send it to the Excel page
  if (hostModeFromPage(document) === "file" && hostModeFromSearch(search) === "excel") {
    window.location.replace(`excel.html${search}${window.location.hash}`);
    return;
  }
  let mode: HostMode = hostModeFromPage(document);
  let startupError: UiKey | undefined;
  if (mode === "excel") {
    try {
      const local = officeJsSource(search, process.env.NODE_ENV === "development");
      // office.js came with the page's <head>; the dev server's copy only when asked and the CDN is out of reach
      const { host } = typeof Office === "undefined" && local !== officeJsSource("", false) ? await loadOfficeJs(document, local) : await officeReady();
      // Opened in a plain browser (a copied address): office.js says so, and files still work.
      if (host !== Office.HostType.Excel) mode = "file";
      // a chunk of its own, never in file mode's first load; should it fail, the pane tells it (source.excelFailed)
      else await loadExcelHost().catch(() => undefined);
    } catch {
      mode = "file";
      startupError = "startup.officeFailed";
    }
  }
  createRoot(container).render(<App mode={mode} startupError={startupError} />);
}

void start();
