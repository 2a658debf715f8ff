import { strFromU8, strToU8 } from "fflate";
import type { CellScalar, SheetVisibility } from "../../workbook/plan";
import type { CellWrite, SheetSnapshot } from "../../workbook/snapshot";
import { dropCachedResults, setCells } from "./patchSheet";
import { FILE_LIMITS } from "../fileProblem";
import { parseSharedStrings, parseSheetXml, type ReadBudget } from "./sheetXml";
import { wellFormedXml } from "./wellFormed";
import { attributes } from "./xml";
import { unzip, zip, type ZipCodec } from "./zip";

/** An opened .xlsx: its parts (bytes until touched, text once changed) and where each sheet lives. */
export interface XlsxPackage {
  readonly parts: Map<string, Uint8Array | string>;
  readonly sheets: readonly { readonly name: string; readonly visibility: SheetVisibility; readonly path: string }[];
  readonly sharedStrings: readonly string[];
}

/**
 * A part's text, checked well-formed the first time it is read (kept as text from then on: a part is scanned
 * by regular expressions only after that linear check). Text a writer put there is ours and already sound.
 */
function text(pkg: { parts: Map<string, Uint8Array | string> }, path: string): string | undefined {
  const p = pkg.parts.get(path);
  if (p === undefined || typeof p === "string") return p;
  const checked = wellFormedXml(strFromU8(p), path);
  pkg.parts.set(path, checked);
  return checked;
}

function resolveTarget(target: string): string {
  return target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`;
}

/**
 * Reads a zip's parts and the workbook's sheet list.
 * @throws when the bytes are not a zip or hold no workbook part
 */
export function readPackage(bytes: Uint8Array, codec: ZipCodec): XlsxPackage {
  const parts = new Map<string, Uint8Array | string>(unzip(bytes, codec));
  const base = { parts };
  const workbook = text(base, "xl/workbook.xml");
  const rels = text(base, "xl/_rels/workbook.xml.rels");
  if (workbook === undefined || rels === undefined) throw new Error("no workbook part (xl/workbook.xml)");
  const targets = new Map<string, { target: string; type: string }>();
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b([^>]*?)\/?>/g)) {
    const a = attributes(m[1]);
    targets.set(a.Id, { target: resolveTarget(a.Target ?? ""), type: a.Type ?? "" });
  }
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

export function snapshotPackage(pkg: XlsxPackage, names?: readonly string[]): SheetSnapshot[] {
  const wanted = names ? new Set(names) : null;
  const budget: ReadBudget = { cells: FILE_LIMITS.cells };
  return pkg.sheets
    .filter((s) => !wanted || wanted.has(s.name))
    .map((s) => {
      const xml = text(pkg, s.path);
      if (xml === undefined) throw new Error(`sheet part missing: ${s.path}`);
      const parsed = parseSheetXml(xml, pkg.sharedStrings, s.name, budget);
      return { name: s.name, visibility: s.visibility, ...parsed };
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

/**
 * After writes: every formula's cached result is dropped (it may be stale), the calculation chain removed
 * (Excel rebuilds it) and full calculation on load requested, so no program shows an old total.
 */
export function invalidateResults(pkg: XlsxPackage): void {
  for (const s of pkg.sheets) {
    const xml = text(pkg, s.path);
    if (xml !== undefined) {
      const next = dropCachedResults(xml);
      if (next !== xml) pkg.parts.set(s.path, next);
    }
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
  for (const [path, data] of pkg.parts) files.set(path, typeof data === "string" ? strToU8(data) : data);
  return zip(files, codec);
}
