// The pane as Excel shows it at its narrowest (320 px) and at a common width (450 px), in Vietnamese and in
// English, in a real browser (Debian's Chromium) on the production build, in file mode with a filled workbook:
// - every dropdown and menu of every view opened with the mouse and with the keyboard, a value picked, then
//   another tab clicked and used: a popup must never leave a sheet over the pane (Fluent copies the provider's
//   classes onto the popups' mount node, so page layout there once blanked the pane);
// - no table cell clipped: nothing inside a table wider than its box while its overflow is cut;
// - axe-core on every view: no serious or critical violation, no moderate landmark one either;
// - screenshots of each view at 320 px, to the temp folder, and to docs/screenshots with THIDUA_SCREENSHOTS=docs.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import type { Lang } from "../../src/i18n/types";
import { t, type UiKey } from "../../src/i18n/uiText";
import { JOBS, type Job } from "../../src/taskpane/jobs";
import { loadUiText, loadViewWords } from "../../src/taskpane/lazy/loadUiText";
import { paneConfig, runWebpack } from "../support/buildPane";
import { launchChromium } from "../support/chromium";
import { serveStatic, type StaticServer } from "../support/staticServer";
import { fixtureWorkbook, tiedScores } from "../taskpane/fixtureWorkbooks";

const ROOT = join(__dirname, "..", "..");
const SHOTS = mkdtempSync(join(tmpdir(), "thidua-narrow-screens-"));
const DOCS_SHOTS = process.env.THIDUA_SCREENSHOTS === "docs" ? join(ROOT, "docs", "screenshots") : null;
const AXE_FILE = join(ROOT, "node_modules", "axe-core", "axe.min.js");
const WIDTHS = [320, 450] as const;
const SHOT_MAX_HEIGHT = 2600;
const LANGS: readonly Lang[] = ["vi", "en"];
const VIEW_TITLE: Record<Job, UiKey> = { generate: "view.generate.title", validate: "view.validate.title", rank: "view.rank.title", copies: "view.copies.title", merge: "view.merge.title", seal: "view.seal.title", report: "view.report.title", board: "view.board.title" };

let browser: Browser;
let server: StaticServer;
let filledPath: string;

let axeSource: string;

beforeAll(async () => {
  browser = await launchChromium(); // first: a missing Chromium fails at once with its install line
  await Promise.all([loadUiText("en"), loadViewWords()]); // this test words what it looks for, in both languages
  if (!existsSync(AXE_FILE)) throw new Error(`${AXE_FILE} is missing (a devDependency). Install it with:\n  npm install`);
  axeSource = readFileSync(AXE_FILE, "utf8");
  const outDir = mkdtempSync(join(tmpdir(), "thidua-narrow-e2e-"));
  await runWebpack(await paneConfig("production", outDir));
  server = await serveStatic(outDir, 47615);
  const filled = await fixtureWorkbook({ scores: tiedScores() });
  filledPath = join(mkdtempSync(join(tmpdir(), "thidua-narrow-filled-")), "Khoi huyen 2023 - da cham.xlsx");
  writeFileSync(filledPath, await filled.save());
  if (DOCS_SHOTS) mkdirSync(DOCS_SHOTS, { recursive: true });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** One pane at one width in one language, a workbook open, every view opened once. */
type Pane = { page: Page; context: BrowserContext; lang: Lang; width: number; errors: string[] };

async function openPane(width: number, lang: Lang): Promise<Pane> {
  const context = await browser.newContext({ viewport: { width, height: 760 }, reducedMotion: "reduce" });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${server.origin}/taskpane.html`, { waitUntil: "load" });
  await page.getByRole("tab", { name: t("vi", "tab.generate") }).waitFor({ timeout: 15_000 });
  if (lang === "en") await page.getByRole("button", { name: "English", exact: true }).click();
  const pane = { page, context, lang, width, errors };
  await page.getByRole("button", { name: text(pane, "generate.useSample") }).click();
  await page.getByRole("combobox", { name: text(pane, "generate.head"), exact: true }).waitFor();
  return pane;
}

const text = (pane: Pane, key: UiKey, params?: Record<string, string>) => t(pane.lang, key, params);
const tab = (pane: Pane, job: Job) => pane.page.getByRole("tab", { name: text(pane, JOBS.find((j) => j.job === job)!.label), exact: true });
const panel = (pane: Pane) => pane.page.getByRole("tabpanel");

async function openFilledWorkbook(pane: Pane): Promise<void> {
  await pane.page.getByLabel(text(pane, "source.openLabel")).setInputFiles(filledPath);
  await pane.page.getByText(text(pane, "source.current", { file: "Khoi huyen 2023 - da cham.xlsx" }), { exact: true }).waitFor();
}

/** Opens a job's tab and waits for its view (a chunk fetched on first use) and what it computes on opening. */
async function show(pane: Pane, job: Job): Promise<void> {
  await tab(pane, job).click();
  await panel(pane).getByRole("heading", { name: text(pane, VIEW_TITLE[job]), exact: true }).waitFor({ timeout: 30_000 });
  if (job === "validate") {
    const verdict = new RegExp(`^(${text(pane, "validate.ready")}|${text(pane, "validate.notReady")})$`);
    await panel(pane).getByText(verdict).first().waitFor({ timeout: 30_000 });
  }
  if (job === "rank") await panel(pane).getByRole("table").waitFor({ timeout: 30_000 });
  if (job === "seal") await panel(pane).getByRole("combobox").first().waitFor({ timeout: 30_000 });
  await pane.page.waitForLoadState("networkidle");
}

/** What is drawn at a locator's centre: inside it, inside an open popup, or (the bug) something laid over it. */
async function hitAt(target: Locator): Promise<"itself" | "popup" | string> {
  return target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    if (hit && el.contains(hit)) return "itself";
    if (hit?.closest("[role=listbox],[role=menu]")) return "popup";
    return hit ? `${hit.tagName.toLowerCase()}.${hit.className} (data-portal-node=${hit.getAttribute("data-portal-node")})` : "nothing";
  });
}

/** The mount nodes Fluent made for popups, as [height, padding]: none may take room of its own (its popup floats). */
async function portalBoxes(page: Page): Promise<[number, string][]> {
  return page.evaluate(() =>
    [...document.querySelectorAll("[data-portal-node]")].map((n): [number, string] => [n.getBoundingClientRect().height, getComputedStyle(n).padding]),
  );
}

/** After a popup closed: another tab is what the pointer reaches, clicking it selects it and shows its view, which takes a click too. */
async function useAnotherTab(pane: Pane, from: Job): Promise<void> {
  const order = JOBS.map((j) => j.job);
  const other = order[(order.indexOf(from) + 1) % order.length];
  await tab(pane, other).scrollIntoViewIfNeeded();
  expect(await hitAt(tab(pane, other))).toBe("itself");
  await tab(pane, other).click({ timeout: 5_000 });
  expect(await tab(pane, other).getAttribute("aria-selected")).toBe("true");
  const heading = panel(pane).getByRole("heading", { name: text(pane, VIEW_TITLE[other]), exact: true });
  await heading.waitFor({ timeout: 30_000 });
  await heading.scrollIntoViewIfNeeded();
  expect(await hitAt(heading)).toBe("itself");
  // back by a click as well, and the view left behind still answers the pointer
  await tab(pane, from).click({ timeout: 5_000 });
  await panel(pane).getByRole("heading", { name: text(pane, VIEW_TITLE[from]), exact: true }).waitFor();
  expect(await tab(pane, from).getAttribute("aria-selected")).toBe("true");
}

/** The open popup's options, and the one the keyboard has on it. */
const listbox = (pane: Pane) => pane.page.getByRole("listbox");

/** Every dropdown of the view, opened by the mouse then by the keyboard; each time a value is picked and the pane used after. */
async function everyDropdown(pane: Pane, job: Job): Promise<number> {
  const boxes = panel(pane).getByRole("combobox");
  const count = await boxes.count();
  for (let i = 0; i < count; i++) {
    const box = boxes.nth(i);
    // by the mouse: click, the list opens, the tabs stay reachable, click the last option
    await box.click();
    await listbox(pane).waitFor();
    expect(await hitAt(box)).toMatch(/^(itself|popup)$/);
    const portals = await portalBoxes(pane.page);
    expect(portals.length).toBeGreaterThan(0);
    for (const p of portals) expect(p).toEqual([0, "0px"]);
    const other = listbox(pane).getByRole("option", { selected: false }).last();
    const picked = (await other.innerText()).trim();
    await other.click();
    await listbox(pane).waitFor({ state: "hidden" });
    expect((await box.innerText()).trim()).toBe(picked);
    await useAnotherTab(pane, job);

    // by the keyboard: focus, ArrowDown opens, Home then ArrowDown past the chosen one, Enter picks
    await box.focus();
    await pane.page.keyboard.press("ArrowDown");
    await listbox(pane).waitFor();
    await pane.page.keyboard.press("Home");
    const activeOption = async () => pane.page.locator(`[id="${await box.getAttribute("aria-activedescendant")}"]`);
    if ((await (await activeOption()).getAttribute("aria-selected")) === "true") await pane.page.keyboard.press("ArrowDown");
    const chosen = (await (await activeOption()).innerText()).trim();
    await pane.page.keyboard.press("Enter");
    await listbox(pane).waitFor({ state: "hidden" });
    expect((await box.innerText()).trim()).toBe(chosen);
    expect(chosen).not.toBe(picked);
    await useAnotherTab(pane, job);
  }
  return count;
}

/**
 * Table cells whose content is cut: a cell, or anything inside one whose overflow is not visible, that is wider
 * (or taller) than its box. Also the table's own right edge past the pane's, and a page that scrolls sideways.
 */
async function clipped(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const panel = document.querySelector("[role=tabpanel]:not([hidden])")!;
    for (const table of panel.querySelectorAll("table")) {
      for (const cell of table.querySelectorAll("td, th")) {
        for (const el of [cell, ...cell.querySelectorAll("*")] as HTMLElement[]) {
          const s = getComputedStyle(el);
          const cuts = el === cell || s.overflowX !== "visible" || s.overflowY !== "visible" || s.textOverflow === "ellipsis";
          if (!cuts || el.getClientRects().length === 0) continue;
          if (el.scrollWidth > el.clientWidth || (s.overflowY !== "visible" && el.scrollHeight > el.clientHeight)) {
            out.push(`${el.tagName} "${(el.textContent ?? "").slice(0, 40)}" ${el.scrollWidth}>${el.clientWidth}`);
          }
        }
      }
      if (table.getBoundingClientRect().right > panel.getBoundingClientRect().right + 0.5) out.push(`table wider than the pane`);
    }
    if (document.documentElement.scrollWidth > document.documentElement.clientWidth) out.push(`page scrolls sideways: ${document.documentElement.scrollWidth}`);
    return out;
  });
}

type AxeFinding = { id: string; impact: string; nodes: string[] };

/**
 * axe-core over the whole page. Tabster's `data-tabster-dummy` elements are Fluent's own focus helpers: aria-hidden
 * on purpose, focusable only to hand focus on, which axe flags as aria-hidden-focus (a known false positive that
 * Accessibility Insights does not count either). Exactly those nodes are left out of exactly that rule.
 */
async function axe(page: Page): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string | null; nodes: { target: string[]; html: string }[] }[] };
    const run = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<Result> } }).axe.run;
    const result = await run(document, { resultTypes: ["violations"] });
    const tabsterDummy = (target: string[]) => target.length === 1 && document.querySelector(target[0])?.hasAttribute("data-tabster-dummy") === true;
    return result.violations
      .map((v) => ({ id: v.id, impact: v.impact ?? "", nodes: v.nodes.filter((n) => !(v.id === "aria-hidden-focus" && tabsterDummy(n.target))).map((n) => n.html.slice(0, 120)) }))
      .filter((v) => v.nodes.length > 0);
  });
}

async function screenshot(pane: Pane, job: Job): Promise<void> {
  if (pane.width !== 320) return;
  await pane.page.mouse.move(0, 0);
  await pane.page.waitForTimeout(200);
  // the rank view's explanations can run to metres of text: the picture stops well after the table and the vote
  const height = Math.min(await pane.page.evaluate(() => document.documentElement.scrollHeight), SHOT_MAX_HEIGHT);
  const png = await pane.page.screenshot({ fullPage: true, clip: { x: 0, y: 0, width: pane.width, height } });
  const name = `pane-320-${job}-${pane.lang}.png`;
  writeFileSync(join(SHOTS, name), png);
  if (DOCS_SHOTS) writeFileSync(join(DOCS_SHOTS, name), png);
}

describe.each(WIDTHS.flatMap((w) => LANGS.map((l) => [w, l] as const)))("the pane at %i px in %s", (width, lang) => {
  let pane: Pane;

  beforeAll(async () => {
    pane = await openPane(width, lang);
  }, 60_000);

  afterAll(async () => {
    await pane?.context.close();
  });

  it("opens Generate's dropdowns by mouse and keyboard, picks a value, and the pane stays usable", async () => {
    expect(await everyDropdown(pane, "generate")).toBe(2);
  });

  it("opens the dropdowns of Validate, Rank, Seal and Report on an open workbook the same way", async () => {
    await openFilledWorkbook(pane);
    const counts: Record<string, number> = {};
    for (const job of ["validate", "rank", "seal", "report"] as const) {
      await show(pane, job);
      counts[job] = await everyDropdown(pane, job);
    }
    expect(counts).toEqual({ validate: 1, rank: 1, seal: 1, report: 2 });
  });

  it("shows the rank table whole: rank, unit and total, the rest stacked, nothing clipped (points by section open too)", async () => {
    await show(pane, "rank");
    const stage = panel(pane).getByRole("combobox", { name: text(pane, "rank.stage"), exact: true });
    await stage.click();
    await listbox(pane).getByRole("option").last().click();
    await panel(pane).getByRole("table", { name: text(pane, "rank.caption", { stage: pane.lang === "vi" ? "kết quả cuối cùng" : "final result" }) }).waitFor({ timeout: 30_000 });
    const table = panel(pane).getByRole("table");
    expect(await table.getByRole("columnheader").allInnerTexts()).toEqual(["rank.col.rank", "rank.col.unit", "rank.col.total"].map((k) => text(pane, k as UiKey)));
    expect(await clipped(pane.page)).toEqual([]);
    const totals = await table.locator("tbody tr td:nth-child(3)").allInnerTexts();
    expect(totals.slice(0, 3).map((s) => s.trim())).toEqual(pane.lang === "vi" ? ["95,25", "92,50", "92,50"] : ["95.25", "92.50", "92.50"]);
    await table.locator("details").evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    expect(await clipped(pane.page)).toEqual([]);
    await table.locator("details").evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = false)));
  });

  it("has no axe-core violation on any view (none serious or critical, nor of lower impact), so a main landmark holds the jobs", async () => {
    const found: Record<string, AxeFinding[]> = {};
    for (const { job } of JOBS) {
      await show(pane, job);
      const all = await axe(pane.page);
      // none of any impact: serious and critical ones are what the issue counts, but a moderate landmark or
      // region one (a missing <main>, the tabs outside any landmark) is as easy to bring back
      found[job] = all;
      expect(await clipped(pane.page)).toEqual([]);
      await screenshot(pane, job);
    }
    expect(found).toEqual(Object.fromEntries(JOBS.map(({ job }) => [job, []])));
  });

  it("logged no error", () => {
    expect(pane.errors).toEqual([]);
  });
});
