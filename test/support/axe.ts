// axe-core run inside a page of the end-to-end tests, from node_modules (no download).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";

const AXE_FILE = join(__dirname, "..", "..", "node_modules", "axe-core", "axe.min.js");

export type AxeFinding = { id: string; impact: string; nodes: string[] };

let source: string | undefined;

/**
 * axe-core's violations over the whole page. Tabster's `data-tabster-dummy` elements are Fluent's own focus
 * helpers: aria-hidden on purpose, focusable only to hand focus on, which axe flags as aria-hidden-focus (a known
 * false positive). Exactly those nodes are left out of exactly that rule.
 * @throws when axe-core is not installed
 */
export async function axeViolations(page: Page): Promise<AxeFinding[]> {
  if (!source) {
    if (!existsSync(AXE_FILE)) throw new Error(`${AXE_FILE} is missing (a devDependency). Install it with:\n  npm install`);
    source = readFileSync(AXE_FILE, "utf8");
  }
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: source });
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
