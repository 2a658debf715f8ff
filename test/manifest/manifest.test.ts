/** @jest-environment jsdom */
// Offline stand-in for `office-addin-manifest validate` (which needs a Microsoft service): the schema's element
// order, resource ids, https URLs, icon files and sizes, id and version formats — and the production manifest.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readPngHeader } from "../support/png";
import { all, allUrls, child, children, parseXml, xsiType } from "./manifestXml";

const ROOT = join(__dirname, "..", "..");
const DEV_BASE = "https://localhost:3000/";
const manifestText = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const doc = parseXml(manifestText);
const app = doc.documentElement;

// The order of OfficeApp's children in the TaskPaneApp schema (offappmanifest 1.1); all but a few are optional.
const SCHEMA_ORDER = [
  "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
  "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions",
  "AllowSnapshot", "VersionOverrides", "ExtendedOverrides",
];
const REQUIRED = ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "DefaultSettings", "Permissions"];

/** Where each kind of resid must point, by the referring element's name. */
const RESOURCE_KIND: Record<string, string> = {
  Image: "Images",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
};

function resources(kind: string): Map<string, Element> {
  const group = all(doc, kind)[0];
  const map = new Map<string, Element>();
  for (const el of group ? children(group) : []) map.set(el.getAttribute("id") ?? "", el);
  return map;
}

function iconFile(url: string): string {
  expect(url.startsWith(`${DEV_BASE}assets/`)).toBe(true);
  return join(ROOT, url.slice(DEV_BASE.length));
}

describe("manifest.xml", () => {
  it("is a TaskPaneApp whose children follow the schema's order, with every required element", () => {
    expect(app.localName).toBe("OfficeApp");
    expect(xsiType(app)).toBe("TaskPaneApp");
    const names = children(app).map((c) => c.localName);
    for (const n of names) expect(SCHEMA_ORDER).toContain(n);
    const positions = names.map((n) => SCHEMA_ORDER.indexOf(n));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(new Set(names).size).toBe(names.length);
    for (const r of REQUIRED) expect(names).toContain(r);
  });

  it("has a GUID id and a four-part version that starts with package.json's version", () => {
    expect(child(app, "Id")?.textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    const version = child(app, "Version")?.textContent ?? "";
    expect(version).toMatch(/^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/);
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(version.startsWith(`${pkg.version}.`)).toBe(true);
  });

  it("is named in Vietnamese by default, with an en-US override of name and description", () => {
    expect(child(app, "DefaultLocale")?.textContent).toBe("vi-VN");
    for (const name of ["DisplayName", "Description"]) {
      const el = child(app, name)!;
      expect(el.getAttribute("DefaultValue")).toBeTruthy();
      const en = children(el).find((c) => c.localName === "Override" && c.getAttribute("Locale") === "en-US");
      expect(en?.getAttribute("Value")).toBeTruthy();
    }
    expect(child(app, "DisplayName")!.getAttribute("DefaultValue")).toBe("Thi đua");
    // The schema's limits: 125 characters for a name, 250 for a description.
    expect(child(app, "DisplayName")!.getAttribute("DefaultValue")!.length).toBeLessThanOrEqual(125);
    expect(child(app, "Description")!.getAttribute("DefaultValue")!.length).toBeLessThanOrEqual(250);
  });

  it("targets Excel workbooks and asks only for ExcelApi 1.1", () => {
    expect(all(child(app, "Hosts")!, "Host").map((h) => h.getAttribute("Name"))).toEqual(["Workbook"]);
    const sets = all(child(app, "Requirements")!, "Set");
    expect(sets.map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")])).toEqual([["ExcelApi", "1.1"]]);
    expect(all(child(app, "VersionOverrides")!, "Host").map(xsiType)).toEqual(["Workbook"]);
  });

  it("opens the Excel page (office.js in its head), from the default settings and from the Home-tab button", () => {
    const source = all(child(app, "DefaultSettings")!, "SourceLocation")[0];
    expect(source.getAttribute("DefaultValue")).toBe(`${DEV_BASE}excel.html`);
    const tab = all(doc, "OfficeTab")[0];
    expect(tab.getAttribute("id")).toBe("TabHome");
    const action = all(tab, "Action")[0];
    expect(xsiType(action)).toBe("ShowTaskpane");
    const resid = child(action, "SourceLocation")!.getAttribute("resid")!;
    expect(resources("Urls").get(resid)?.getAttribute("DefaultValue")).toBe(`${DEV_BASE}excel.html`);
  });

  it("resolves every resid to a resource of the right kind, with unique ids of at most 32 characters", () => {
    const referring = all(doc, "*").filter((el) => el.hasAttribute("resid"));
    expect(referring.length).toBeGreaterThan(5);
    const used = new Set<string>();
    for (const el of referring) {
      const kind = RESOURCE_KIND[el.localName];
      expect(kind).toBeDefined();
      const id = el.getAttribute("resid")!;
      expect(resources(kind).has(id)).toBe(true);
      used.add(`${kind}/${id}`);
    }
    for (const kind of ["Images", "Urls", "ShortStrings", "LongStrings"]) {
      const ids = children(all(doc, kind)[0]).map((e) => e.getAttribute("id") ?? "");
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) {
        expect(id.length).toBeLessThanOrEqual(32);
        expect(used.has(`${kind}/${id}`)).toBe(true); // nothing declared and never used
      }
    }
  });

  it("keeps short strings within 125 characters and long strings within 250, in every locale", () => {
    for (const [kind, max] of [["ShortStrings", 125], ["LongStrings", 250]] as const) {
      for (const s of children(all(doc, kind)[0])) {
        expect(s.getAttribute("DefaultValue")!.length).toBeLessThanOrEqual(max);
        for (const o of children(s)) expect(o.getAttribute("Value")!.length).toBeLessThanOrEqual(max);
        expect(children(s).some((o) => o.getAttribute("Locale") === "en-US")).toBe(true);
      }
    }
  });

  it("uses https for every URL, all on the dev server", () => {
    const urls = allUrls(doc);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) {
      expect(new URL(u).protocol).toBe("https:");
      expect(u.startsWith(DEV_BASE) || u === DEV_BASE.slice(0, -1)).toBe(true);
    }
    expect(all(doc, "AppDomain").map((d) => d.textContent)).toEqual(["https://localhost:3000"]);
  });

  it("points every icon at a PNG in assets/ of the size it declares", () => {
    const checks: [string, number][] = [
      [child(app, "IconUrl")!.getAttribute("DefaultValue")!, 32],
      [child(app, "HighResolutionIconUrl")!.getAttribute("DefaultValue")!, 64],
    ];
    const images = resources("Images");
    for (const ref of all(doc, "Image").filter((el) => el.hasAttribute("resid"))) {
      checks.push([images.get(ref.getAttribute("resid")!)!.getAttribute("DefaultValue")!, Number(ref.getAttribute("size"))]);
    }
    const sizesInButtons = new Set(all(doc, "Image").filter((el) => el.hasAttribute("size")).map((el) => el.getAttribute("size")));
    expect([...sizesInButtons].sort()).toEqual(["16", "32", "80"]);
    for (const [url, size] of checks) {
      const file = iconFile(url);
      expect(existsSync(file)).toBe(true);
      const header = readPngHeader(readFileSync(file));
      expect([header.width, header.height]).toEqual([size, size]);
    }
  });

  it("ships icons at 16, 32, 64, 80 and 128 pixels", () => {
    for (const size of [16, 32, 64, 80, 128]) {
      const header = readPngHeader(readFileSync(join(ROOT, "assets", `icon-${size}.png`)));
      expect([header.width, header.height, header.bitDepth, header.colorType]).toEqual([size, size, 8, 6]);
    }
  });
});

describe("the production manifest (scripts/writeManifest.mjs)", () => {
  const script = join(ROOT, "scripts", "writeManifest.mjs");

  it("moves every URL to THIDUA_BASE_URL and the app domain to its origin", () => {
    const out = mkdtempSync(join(tmpdir(), "thidua-manifest-"));
    const base = "https://thidua.example.gov.vn/addin/";
    execFileSync(process.execPath, [script, out], { cwd: ROOT, env: { ...process.env, THIDUA_BASE_URL: "https://thidua.example.gov.vn/addin" } });
    const text = readFileSync(join(out, "manifest.xml"), "utf8");
    expect(text).not.toContain("localhost");
    const prod = parseXml(text);
    const urls = allUrls(prod);
    expect(urls.length).toBe(allUrls(doc).length);
    for (const u of urls) expect(u.startsWith(base) || u === "https://thidua.example.gov.vn").toBe(true);
    expect(all(prod, "SourceLocation")[0].getAttribute("DefaultValue")).toBe(`${base}excel.html`);
    expect(all(prod, "AppDomain").map((d) => d.textContent)).toEqual(["https://thidua.example.gov.vn"]);
    expect(all(prod, "Id")[0].textContent).toBe(child(app, "Id")!.textContent);
  });

  it("defaults to https://localhost:3000/ when no base URL is configured", () => {
    const out = mkdtempSync(join(tmpdir(), "thidua-manifest-"));
    const env = { ...process.env };
    delete env.THIDUA_BASE_URL;
    execFileSync(process.execPath, [script, out], { cwd: ROOT, env });
    expect(readFileSync(join(out, "manifest.xml"), "utf8")).toBe(manifestText);
  });

  it("refuses a base URL that is not https, with exit code 2 and no file", () => {
    const out = mkdtempSync(join(tmpdir(), "thidua-manifest-"));
    const r = spawnSync(process.execPath, [script, out], { cwd: ROOT, env: { ...process.env, THIDUA_BASE_URL: "http://thidua.example.gov.vn/" }, encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("https");
    expect(existsSync(join(out, "manifest.xml"))).toBe(false);
  });
});
