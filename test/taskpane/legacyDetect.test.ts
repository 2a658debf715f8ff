/** @jest-environment jsdom */
// The old-webview guard (src/taskpane/legacy/detect.js): detection on user agents recorded from real webviews,
// the fallback page it writes, its words against the UI tables, and that it is ES5 (there is no IE11 here).
import { parse } from "acorn";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { viewsVi as vi } from "../../src/i18n/ui";
import { en } from "../../src/i18n/ui.en";

const SOURCE = readFileSync(join(__dirname, "../../src/taskpane/legacy/detect.js"), "utf8");

const UA = {
  excel2016Ie11:
    "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; .NET CLR 2.0.50727; .NET CLR 3.0.30729; .NET CLR 3.5.30729; ms-office; MSOffice 16)",
  excel2013Ie10: "Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.1; WOW64; Trident/6.0; ms-office; MSOffice 15)",
  edgeHtml18:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.17763",
  edgeHtml16:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/58.0.3029.110 Safari/537.36 Edge/16.16299",
  webView2:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91",
  chrome: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
  safariMac:
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
  wkWebViewExcelMac: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)",
};

type FakeWindow = {
  navigator: { userAgent: string };
  document: Document;
  location: { protocol: string; host: string; pathname: string; search: string };
  Promise?: unknown;
  fetch?: unknown;
  Symbol?: unknown;
  Function: (...body: string[]) => unknown;
  SyntaxError: typeof SyntaxError;
  thiduaLegacy?: boolean;
  thiduaIsLegacyWebview?: (ua: string, w: FakeWindow) => boolean;
  thiduaLegacyText?: Record<"vi" | "en", Record<string, string>>;
};

/** A modern window as the script sees it (jsdom has no fetch, so the script gets its own window object). */
function fakeWindow(userAgent: string, overrides: Partial<FakeWindow> = {}): FakeWindow {
  return {
    navigator: { userAgent },
    document,
    location: { protocol: "https:", host: "thidua.example.gov.vn", pathname: "/addin/taskpane.html", search: "?host=excel" },
    Promise,
    fetch: () => undefined,
    Symbol,
    Function,
    SyntaxError,
    ...overrides,
  };
}

function run(w: FakeWindow): FakeWindow {
  new Function("window", SOURCE)(w);
  return w;
}

beforeEach(() => {
  document.body.innerHTML = '<div id="legacy"></div><div id="root"></div>';
});

describe("isLegacyWebview", () => {
  const isLegacy = (ua: string, overrides: Partial<FakeWindow> = {}) => {
    const w = fakeWindow(ua, overrides);
    return run(fakeWindow(UA.chrome)).thiduaIsLegacyWebview!(ua, w);
  };

  it.each([
    ["Excel 2016's Internet Explorer 11 webview", UA.excel2016Ie11],
    ["Excel 2013's Internet Explorer 10 webview", UA.excel2013Ie10],
    ["EdgeHTML 18", UA.edgeHtml18],
    ["EdgeHTML 16", UA.edgeHtml16],
  ])("flags %s", (_name, ua) => {
    expect(isLegacy(ua)).toBe(true);
  });

  it.each([
    ["Edge Chromium WebView2", UA.webView2],
    ["Chrome", UA.chrome],
    ["Safari on a Mac", UA.safariMac],
    ["Excel for Mac's WKWebView", UA.wkWebViewExcelMac],
  ])("lets %s through", (_name, ua) => {
    expect(isLegacy(ua)).toBe(false);
  });

  it.each(["Promise", "fetch", "Symbol"] as const)("flags a browser without %s whatever its user agent", (feature) => {
    expect(isLegacy(UA.chrome, { [feature]: undefined })).toBe(true);
  });

  it("flags a browser that cannot parse the bundle's syntax (arrows, async, ?. and ??)", () => {
    const oldParser = () => {
      throw new SyntaxError("Unexpected token");
    };
    expect(isLegacy(UA.chrome, { Function: oldParser })).toBe(true);
  });

  it("does not blame the browser when a content security policy forbids eval", () => {
    const csp = () => {
      throw new EvalError("Refused to evaluate a string as JavaScript");
    };
    expect(isLegacy(UA.chrome, { Function: csp })).toBe(false);
  });
});

describe("the guard on the page", () => {
  it("in Excel 2016's IE11 webview flags the page, hides the pane and says what to do in Vietnamese and English", () => {
    const w = run(fakeWindow(UA.excel2016Ie11));
    expect(w.thiduaLegacy).toBe(true);
    expect(document.getElementById("root")!.style.display).toBe("none");
    const sections = Array.from(document.querySelectorAll("#legacy section"));
    expect(sections.map((s) => s.getAttribute("lang"))).toEqual(["vi", "en"]);
    expect(sections[0].querySelector("h1")!.textContent).toBe(vi["legacy.title"]);
    expect(sections[1].querySelector("h1")!.textContent).toBe(en["legacy.title"]);
    const text = document.getElementById("legacy")!.textContent!;
    for (const key of ["legacy.why", "legacy.useBrowser", "legacy.useFormulas"] as const) {
      expect(text).toContain(vi[key]);
      expect(text).toContain(en[key]);
    }
    // the address to open in a modern browser is the pane's own, without ?host=excel: file mode
    expect(text).toContain("https://thidua.example.gov.vn/addin/taskpane.html");
    expect(text).not.toContain("host=excel");
  });

  it("in a modern browser leaves the page alone", () => {
    const w = run(fakeWindow(UA.webView2));
    expect(w.thiduaLegacy).toBeUndefined();
    expect(document.getElementById("root")!.style.display).toBe("");
    expect(document.getElementById("legacy")!.childNodes).toHaveLength(0);
  });

  it("carries the legacy.* words of src/i18n/ui.ts exactly", () => {
    const text = run(fakeWindow(UA.chrome)).thiduaLegacyText!;
    for (const [lang, table] of [["vi", vi], ["en", en]] as const) {
      expect(text[lang]).toEqual({
        title: table["legacy.title"],
        why: table["legacy.why"],
        useBrowser: table["legacy.useBrowser"],
        useFormulas: table["legacy.useFormulas"],
      });
    }
  });
});

describe("detect.js as ES5", () => {
  it("parses as ECMAScript 5 (acorn)", () => {
    expect(() => parse(SOURCE, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
  });

  it("compiles as a function body in this engine too", () => {
    expect(() => new Function("window", SOURCE)).not.toThrow();
  });

  it("would be rejected if it used ES2015 syntax (the check can fail)", () => {
    for (const es6 of ["const TEXT", "let TEXT", "var f = () => 1; var TEXT", "var s = `x`; var TEXT", "class A {} var TEXT"]) {
      expect(() => parse(SOURCE.replace("var TEXT", es6), { ecmaVersion: 5, sourceType: "script" })).toThrow();
    }
  });

  it("calls no library function that IE11 lacks", () => {
    const code = SOURCE.replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/\/\*[\s\S]*?\*\//g, "");
    for (const modern of [".includes(", ".startsWith(", ".endsWith(", "Object.assign", "Object.entries", "Object.values", "Array.from", ".find(", ".closest(", ".append(", ".remove()", "new Promise", "fetch("]) {
      expect([modern, code.includes(modern)]).toEqual([modern, false]);
    }
  });
});
