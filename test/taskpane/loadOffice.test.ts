/** @jest-environment jsdom */
import { loadOfficeJs, officeReady } from "../../src/taskpane/loadOffice";

type OfficeStub = { onReady: () => Promise<{ host: string | null }>; HostType: { Excel: string } };
/** The page's global scope, where office.js defines `Office` once its script has run. */
const scope = globalThis as unknown as { Office?: OfficeStub };

afterEach(() => {
  delete scope.Office;
  document.head.innerHTML = "";
});

function injectedScript(): HTMLScriptElement {
  const scripts = Array.from(document.head.querySelectorAll("script"));
  expect(scripts).toHaveLength(1);
  return scripts[0];
}

describe("loadOfficeJs", () => {
  it("adds one script tag for the given source and resolves with Office.onReady's host", async () => {
    const done = loadOfficeJs(document, "https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    const script = injectedScript();
    expect(script.src).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    scope.Office = { onReady: () => Promise.resolve({ host: "Excel" }), HostType: { Excel: "Excel" } };
    script.onload!(new Event("load"));
    await expect(done).resolves.toEqual({ host: "Excel" });
  });

  it("resolves with host null when office.js finds no Office around it", async () => {
    const done = loadOfficeJs(document, "/office.js");
    scope.Office = { onReady: () => Promise.resolve({ host: null }), HostType: { Excel: "Excel" } };
    injectedScript().onload!(new Event("load"));
    await expect(done).resolves.toEqual({ host: null });
  });

  it("rejects when the script cannot be loaded", async () => {
    const done = loadOfficeJs(document, "https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    injectedScript().onerror!(new Event("error"));
    await expect(done).rejects.toThrow("office.js could not be loaded");
  });
});

describe("officeReady (office.js from the Excel page's <head>)", () => {
  it("waits for Office.onReady and gives its host", async () => {
    scope.Office = { onReady: () => Promise.resolve({ host: "Excel" }), HostType: { Excel: "Excel" } };
    await expect(officeReady()).resolves.toEqual({ host: "Excel" });
  });

  it("rejects when the page's office.js did not load", async () => {
    await expect(officeReady()).rejects.toThrow("office.js did not load");
  });
});
