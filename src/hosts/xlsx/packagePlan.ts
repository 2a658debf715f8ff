import type { WorkbookPlan } from "../../workbook/plan";
import { mergeStylesXml, styleBase } from "./mergeStyles";
import { addRelationship, dropRelationshipsOf, partText, relationships, removePartTree, removeRelationshipsTo, setContentType, type Parts } from "./packageParts";
import { planSheetXml, printTitles, stringTable } from "./planSheetXml";
import { styleTable } from "./stylesXml";
import { nameTag, parseWorkbookXml, refersToSheet, sheetTag, withLocalSheet, withName, withVisibility, type WorkbookXml } from "./workbookXml";
import { indexPackage, type XlsxPackage } from "./xlsxPackage";

const WORKBOOK = "xl/workbook.xml";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
const STRINGS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";

/** The path of the part the workbook relates to with relationship type `kind` (worksheet, styles…). */
function workbookPart(parts: Parts, rid: string): string | undefined {
  return relationships(parts, WORKBOOK).find((r) => r.id === rid)?.part;
}

function partOfType(parts: Parts, kind: string): string | undefined {
  return relationships(parts, WORKBOOK).find((r) => r.type === `${REL}/${kind}`)?.part;
}

/** A worksheet path not used yet (nor its rels part). */
function freeSheetPath(parts: Parts): string {
  for (let k = 1; ; k++) {
    const path = `xl/worksheets/sheet${k}.xml`;
    if (!parts.has(path) && !parts.has(`xl/worksheets/_rels/sheet${k}.xml.rels`)) return path;
  }
}

/** The shared string table's entry count and the indexes of its unformatted texts (reused for equal texts). */
function stringBase(xml: string | undefined) {
  const plain = new Map<string, number>();
  if (xml === undefined) return { count: 0, plain };
  let count = 0;
  for (const m of xml.matchAll(/<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g)) {
    const t = /^<(?:\w+:)?t(?:\s[^>]*)?>([^<]*)<\/(?:\w+:)?t>$/.exec(m[1] ?? "");
    if (t) {
      const text = t[1].replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[e]!);
      // _xHHHH_ escapes are left to the general decoder: such texts are simply not reused
      if (!text.includes("_x") && !plain.has(text)) plain.set(text, count);
    }
    count++;
  }
  return { count, plain };
}

function appendStrings(xml: string, added: readonly string[]): string {
  const root = /<((?:\w+:)?)sst\b([^>]*?)(\/?)>/.exec(xml)!;
  const prefix = root[1];
  const total = (xml.match(/<(?:\w+:)?si\b/g) ?? []).length + added.length;
  const attrs = root[2].replace(/\s+(uniqueCount|count)="[^"]*"/g, "");
  const body = added.map((s) => (prefix ? s.replace(/<(\/?)(?=[a-z])/g, `<$1${prefix}`) : s)).join("");
  const open = `<${prefix}sst${attrs} count="${total}" uniqueCount="${total}">`;
  if (root[3] === "/") return xml.replace(root[0], `${open}${body}</${prefix}sst>`);
  const close = xml.lastIndexOf(`</${prefix}sst>`);
  return xml.slice(0, root.index) + open + xml.slice(root.index + root[0].length, close) + body + xml.slice(close);
}

/** docProps/app.xml lists sheet titles; once sheets come and go that list is dropped (it is optional) rather than left wrong. */
function dropSheetTitles(parts: Parts): void {
  const app = partText(parts, "docProps/app.xml");
  if (app === undefined) return;
  const next = app.replace(/<(?:\w+:)?HeadingPairs\b[\s\S]*?<\/(?:\w+:)?HeadingPairs>/, "").replace(/<(?:\w+:)?TitlesOfParts\b[\s\S]*?<\/(?:\w+:)?TitlesOfParts>/, "");
  if (next !== app) parts.set("docProps/app.xml", next);
}

/**
 * Applies a plan to an opened workbook at the level of its parts: a sheet of the same name (ignoring case) is
 * replaced in place (same position, sheetId, relationship id and part), other sheets are added after the last
 * one. The plan's styles and strings are appended to the workbook's tables, its names replace names of the
 * same name (ignoring case). Parts the plan does not own — other sheets, drawings, charts, comments and their relationships — are
 * not touched, so they come back byte for byte.
 * @returns the package indexed again (sheet list, shared strings)
 */
export function applyPlanToPackage(pkg: XlsxPackage, plan: WorkbookPlan): XlsxPackage {
  const parts = pkg.parts;
  const wb = parseWorkbookXml(partText(parts, WORKBOOK)!);
  const stylesPath = partOfType(parts, "styles");
  const stylesText = stylesPath ? partText(parts, stylesPath) : undefined;
  const styles = stylesText !== undefined ? styleTable(plan, styleBase(stylesText)) : styleTable(plan);
  const stringsPath = partOfType(parts, "sharedStrings");
  const stringsText = stringsPath ? partText(parts, stringsPath) : undefined;
  const strings = stringTable(stringBase(stringsText));
  let added = false;
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase(); // sheet names ignore case
  for (const sheet of plan.sheets) {
    const at = wb.sheets.findIndex((s) => same(s.name, sheet.name));
    const path = at >= 0 ? workbookPart(parts, wb.sheets[at].rid) : undefined;
    if (at >= 0 && path) {
      const selected = /\btabSelected="(1|true)"/.test(partText(parts, path) ?? "");
      // what the old sheet pointed at (a drawing, comments) belonged to it: the plan's sheet replaces all of it
      dropRelationshipsOf(parts, path);
      parts.set(path, planSheetXml(sheet, selected, styles, strings));
      wb.sheets[at] = withVisibility(withName(wb.sheets[at], sheet.name), sheet.visibility);
      // the old sheet's print settings and filters went with it
      wb.names = wb.names.filter((n) => !(n.localSheetId === at && n.name.startsWith("_xlnm.")));
    } else {
      if (at >= 0) removeSheetAt(parts, wb, at); // an entry without a part: replaced by a sound one
      const next = freeSheetPath(parts);
      parts.set(next, planSheetXml(sheet, false, styles, strings));
      setContentType(parts, next, SHEET_TYPE);
      const rid = addRelationship(parts, WORKBOOK, `${REL}/worksheet`, next.slice("xl/".length));
      const sheetId = Math.max(0, ...wb.sheets.map((s) => s.sheetId).filter(Number.isFinite)) + 1;
      wb.sheets.push(sheetTag(wb, sheet.name, sheetId, rid, sheet.visibility));
      added = true;
    }
  }
  for (const sheet of plan.sheets) {
    const titles = printTitles(sheet);
    if (titles) wb.names.push(nameTag("_xlnm.Print_Titles", titles, wb.sheets.findIndex((s) => same(s.name, sheet.name)), wb.prefix));
  }
  const planNames = new Set(plan.names.map((n) => n.name.toLowerCase()));
  wb.names = wb.names.filter((n) => n.localSheetId !== undefined || !planNames.has(n.name.toLowerCase()));
  for (const n of plan.names) wb.names.push(nameTag(n.name, `'${n.sheet.replace(/'/g, "''")}'!${n.range}`, undefined, wb.prefix));
  parts.set(WORKBOOK, wb.xml());

  if (stylesPath && stylesText !== undefined) parts.set(stylesPath, mergeStylesXml(stylesText, styles.added()));
  else {
    parts.set("xl/styles.xml", styles.xml());
    setContentType(parts, "xl/styles.xml", STYLES_TYPE);
    addRelationship(parts, WORKBOOK, `${REL}/styles`, "styles.xml");
  }
  const newStrings = strings.added();
  if (stringsPath && stringsText !== undefined) {
    if (newStrings.length) parts.set(stringsPath, appendStrings(stringsText, newStrings));
  } else if (newStrings.length) {
    parts.set("xl/sharedStrings.xml", strings.xml());
    setContentType(parts, "xl/sharedStrings.xml", STRINGS_TYPE);
    addRelationship(parts, WORKBOOK, `${REL}/sharedStrings`, "sharedStrings.xml");
  }
  if (added) dropSheetTitles(parts);
  return indexPackage(parts);
}

/**
 * Deletes a sheet: its part, its relationships and what only it used (drawing, charts, comments), its entry
 * and relationship in the workbook, the names local to it or referring to it; the names of later sheets and
 * the workbook's view follow the new positions.
 */
function removeSheetAt(parts: Parts, wb: WorkbookXml, at: number): void {
  const entry = wb.sheets[at];
  const path = workbookPart(parts, entry.rid);
  if (path) {
    removeRelationshipsTo(parts, WORKBOOK, path);
    removePartTree(parts, path);
  }
  wb.sheets.splice(at, 1);
  wb.names = wb.names
    .filter((n) => n.localSheetId !== at && !refersToSheet(n.text, entry.name))
    .map((n) => (n.localSheetId !== undefined && n.localSheetId > at ? withLocalSheet(n, n.localSheetId - 1) : n));
}

/** Shifts the workbook view's active and first tab past a removed sheet. */
function shiftViews(xml: string, at: number, count: number): string {
  return xml.replace(/<((?:\w+:)?)workbookView\b[^>]*?\/?>/g, (tag) =>
    tag.replace(/\b(activeTab|firstSheet)="(\d+)"/g, (_, attr: string, v: string) => {
      const i = Number(v);
      const next = i > at ? i - 1 : Math.min(i, Math.max(0, count - 1));
      return `${attr}="${next}"`;
    }),
  );
}

/** Removes the named sheets (names not present are ignored). */
export function removePackageSheets(pkg: XlsxPackage, names: readonly string[]): XlsxPackage {
  const parts = pkg.parts;
  const wb = parseWorkbookXml(partText(parts, WORKBOOK)!);
  const removed: number[] = [];
  for (const name of names) {
    const at = wb.sheets.findIndex((s) => s.name === name);
    if (at < 0) continue;
    removeSheetAt(parts, wb, at);
    removed.push(at);
  }
  if (removed.length === 0) return pkg;
  let xml = wb.xml();
  for (const at of removed) xml = shiftViews(xml, at, wb.sheets.length);
  parts.set(WORKBOOK, xml);
  dropSheetTitles(parts);
  return indexPackage(parts);
}
