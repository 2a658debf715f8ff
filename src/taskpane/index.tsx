// Entry of the task pane. The mode is decided from the address before anything else: only the Excel mode
// (?host=excel, set by the manifest) loads office.js; a plain browser renders at once and never loads it.
import { createRoot } from "react-dom/client";
import type { UiKey } from "../i18n/ui";
import { App } from "./App";
import { hostModeFromSearch, officeJsSource, type HostMode } from "./hostMode";
import { loadOfficeJs } from "./loadOffice";

/** Set by legacy/detect.js, which runs first, when the webview is too old for React: it has shown its own page. */
function legacyWebview(): boolean {
  return (window as { thiduaLegacy?: boolean }).thiduaLegacy === true;
}

async function start(): Promise<void> {
  const container = document.getElementById("root");
  if (!container || legacyWebview()) return;
  const search = window.location.search;
  let mode: HostMode = hostModeFromSearch(search);
  let startupError: UiKey | undefined;
  if (mode === "excel") {
    try {
      const { host } = await loadOfficeJs(document, officeJsSource(search, process.env.NODE_ENV === "development"));
      // Opened with the marker but not by Excel (a copied address): office.js says so, and files still work.
      if (host !== Office.HostType.Excel) mode = "file";
    } catch {
      mode = "file";
      startupError = "startup.officeFailed";
    }
  }
  createRoot(container).render(<App mode={mode} startupError={startupError} />);
}

void start();
