import type { CellScalar, SheetVisibility } from "../../workbook/plan";
import type { CellWrite, SheetSnapshot, SnapshotOptions } from "../../workbook/snapshot";
import { dropCachedResults, setCells } from "./patchSheet";
import { FILE_LIMITS } from "../fileProblem";
import { SheetMemo, parseSharedStrings, readSheetBytes, readSheetXml, type ReadBudget } from "./sheetXml";
import { markChecked, partText, relationships, type Parts } from "./packageParts";
import { attributes, decodeXml } from "./xml";
import { parseWorkbookXml, refersToSheet } from "./workbookXml";
import { unzip, zip, type ZipCodec } from "./zip";

/** An opened .xlsx: its parts (bytes until touched, text once changed) and where each sheet lives. */
export interface XlsxPackage {
  readonly parts: Map<string, Uint8Array | string>;
  readonly sheets: readonly { readonly name: string; readonly visibility: SheetVisibility; readonly path: string }[];
  readonly sharedStrings: readonly string[];
}

const text = (pkg: { parts: Parts }, path: string) => partText(pkg.parts, path);
const utf8 = new TextEncoder();

/**
 * Reads a zip's parts and the workbook's sheet list.
 * @throws when the bytes are not a zip or hold no workbook part
 */
export function readPackage(bytes: Uint8Array, codec: ZipCodec): XlsxPackage {
  return indexPackage(new Map<string, Uint8Array | string>(unzip(bytes, codec)));
}

/**
 * The workbook's sheet list and shared strings, read from its parts (again after a plan changed them).
 * @throws when there is no workbook part
 */
export function indexPackage(parts: Parts): XlsxPackage {
  const base = { parts };
  const workbook = text(base, "xl/workbook.xml");
  if (workbook === undefined || partText(parts, "xl/_rels/workbook.xml.rels") === undefined) throw new Error("no workbook part (xl/workbook.xml)");
  const targets = new Map<string, { target: string; type: string }>();
  for (const r of relationships(parts, "xl/workbook.xml")) targets.set(r.id, { target: r.part, type: r.type });
  const sheets = [...workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)].flatMap((m) => {
    const a = attributes(m[1]);
    const rel = targets.get(a.id);
    if (!rel || !rel.type.endsWith("/worksheet")) return [];
    const visibility: SheetVisibility = a.state === "veryHidden" ? "veryHidden" : a.state === "hidden" ? "hidden" : "visible";
    return [{ name: a.name, visibility, path: rel.target }];
  });
  const sharedPath = [...targets.values()].find((t) => t.type.endsWith("/sharedStrings"))?.target;
  const shared = sharedPath ? text(base, sharedPath) : undefined;
  return { parts, sheets, sharedStrings: shared ? parseSharedStrings(shared) : [] };
}

/**
 * Values and formulas of the named sheets (all when omitted). Each sheet part is checked well-formed and read in
 * one pass (readSheetBytes), and known as checked for a later write.
 */
export function snapshotPackage(pkg: XlsxPackage, names?: readonly string[], options: SnapshotOptions = {}): SheetSnapshot[] {
  const wanted = names ? new Set(names) : null;
  const budget: ReadBudget = { cells: FILE_LIMITS.cells };
  const memo = new SheetMemo();
  return pkg.sheets
    .filter((s) => !wanted || wanted.has(s.name))
    .map((s) => {
      const part = pkg.parts.get(s.path);
      if (part === undefined) throw new Error(`sheet part missing: ${s.path}`);
      if (typeof part === "string") {
        const read = readSheetXml(part, pkg.sharedStrings, s.name, budget, s.path, options, memo);
        pkg.parts.set(s.path, read.xml);
        return { name: s.name, visibility: s.visibility, ...read.sheet };
      }
      // read from its bytes, never decoded as a whole unless a later edit needs its text
      const read = readSheetBytes(part, pkg.sharedStrings, s.name, budget, s.path, options, memo);
      if (read.rewritten !== undefined) pkg.parts.set(s.path, read.rewritten);
      else markChecked(part);
      return { name: s.name, visibility: s.visibility, ...read.sheet };
    });
}

/** Applies writes sheet by sheet (one rebuild of each touched sheet part). */
export function writePackageCells(pkg: XlsxPackage, writes: readonly CellWrite[]): void {
  const bySheet = new Map<string, Map<number, Map<number, CellScalar>>>();
  for (const w of writes) {
    const rows = bySheet.get(w.sheet) ?? new Map<number, Map<number, CellScalar>>();
    bySheet.set(w.sheet, rows);
    const cols = rows.get(w.row) ?? new Map<number, CellScalar>();
    rows.set(w.row, cols);
    cols.set(w.col, w.value);
  }
  for (const [name, rows] of bySheet) {
    const sheet = pkg.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`no sheet named ${name}`);
    pkg.parts.set(sheet.path, setCells(text(pkg, sheet.path)!, rows));
  }
}

/** The formulas of a worksheet part, decoded, one per line (empty when it has none). */
function formulasOf(xml: string): string {
  if (!/<(?:\w+:)?f[\s>]/.test(xml)) return "";
  return [...xml.matchAll(/<(?:\w+:)?f\b[^>]*>([^<]*)<\/(?:\w+:)?f>/g)].map((m) => decodeXml(m[1])).join("\n");
}

/**
 * Whether a sheet's formulas may read one of the `changed` sheets: directly, or through a defined name that
 * refers to one. Conservative: a name merely spelled inside a longer word counts too.
 */
function readsChanged(formulas: string, changed: ReadonlySet<string>, names: readonly string[]): boolean {
  if (!formulas) return false;
  for (const name of changed) if (refersToSheet(formulas, name)) return true;
  return names.some((n) => formulas.includes(n));
}

/**
 * After writes: the cached result of every formula that may read a changed sheet is dropped (it may be stale),
 * the calculation chain removed (Excel rebuilds it) and full calculation on load requested, so no program
 * shows an old total. Sheets whose formulas read none of the changed sheets keep their parts byte for byte.
 * @param changed names of the sheets written, replaced, added or removed; all sheets when omitted
 */
export function invalidateResults(pkg: XlsxPackage, changed?: ReadonlySet<string>): void {
  const wbText = text(pkg, "xl/workbook.xml")!;
  const readers = changed
    ? parseWorkbookXml(wbText)
        .names.filter((n) => [...changed].some((c) => refersToSheet(n.text, c)))
        .map((n) => n.name)
    : [];
  for (const s of pkg.sheets) {
    const xml = text(pkg, s.path);
    if (xml === undefined) continue;
    if (changed && !changed.has(s.name) && !readsChanged(formulasOf(xml), changed, readers)) continue;
    const next = dropCachedResults(xml);
    if (next !== xml) pkg.parts.set(s.path, next);
  }
  if (pkg.parts.delete("xl/calcChain.xml")) {
    pkg.parts.set("[Content_Types].xml", text(pkg, "[Content_Types].xml")!.replace(/<Override\b[^>]*PartName="\/xl\/calcChain\.xml"[^>]*\/>/, ""));
    pkg.parts.set("xl/_rels/workbook.xml.rels", text(pkg, "xl/_rels/workbook.xml.rels")!.replace(/<Relationship\b[^>]*Target="[^"]*calcChain\.xml"[^>]*\/>/, ""));
  }
  const wb = text(pkg, "xl/workbook.xml")!;
  const calc = /<((?:\w+:)?)calcPr\b([^>]*?)\/?>/.exec(wb);
  let next: string;
  if (calc) {
    const attrs = calc[2].replace(/\s+fullCalcOnLoad="[^"]*"/, "");
    next = wb.replace(calc[0], `<${calc[1]}calcPr${attrs} fullCalcOnLoad="1"/>`);
  } else {
    // calcPr follows definedNames and precedes the optional tail elements of CT_Workbook
    const tail = /<(?:\w+:)?(oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)\b|<\/(?:\w+:)?workbook>/.exec(wb)!;
    next = wb.slice(0, tail.index) + `<calcPr fullCalcOnLoad="1"/>` + wb.slice(tail.index);
  }
  pkg.parts.set("xl/workbook.xml", next);
}

export function savePackage(pkg: XlsxPackage, codec: ZipCodec): Uint8Array {
  const files = new Map<string, Uint8Array>();
  for (const [path, data] of pkg.parts) files.set(path, typeof data === "string" ? utf8.encode(data) : data);
  return zip(files, codec);
}
