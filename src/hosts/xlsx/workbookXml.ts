import type { SheetVisibility } from "../../workbook/plan";
import { attributes, decodeXml, encodeXml } from "./xml";

/**
 * workbook.xml as the package host edits it: the sheet list and the defined names become small lists; every
 * other byte of the part (views, calculation settings, extensions) is kept as it was.
 */
export interface WorkbookXml {
  /** `<sheet>` entries in tab order; `tag` is the element as the file spells it */
  sheets: SheetEntry[];
  names: NameEntry[];
  /** the namespace prefix workbook.xml binds to the relationships namespace */
  readonly relPrefix: string;
  /** the prefix of its SpreadsheetML elements (usually none) */
  readonly prefix: string;
  /** workbook.xml with the lists written back */
  readonly xml: () => string;
}

export interface SheetEntry {
  readonly tag: string;
  readonly name: string;
  readonly sheetId: number;
  readonly rid: string;
}

export interface NameEntry {
  readonly tag: string;
  readonly name: string;
  readonly localSheetId?: number;
  readonly text: string;
}

const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const SHEETS = /<((?:\w+:)?)sheets\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?sheets>)/;
const NAMES = /<((?:\w+:)?)definedNames\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?definedNames>)/;
/** elements of CT_Workbook after definedNames: a new definedNames block goes before the first one present */
const AFTER_NAMES = /<(?:\w+:)?(calcPr|oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)\b|<\/(?:\w+:)?workbook>/;

export function parseWorkbookXml(source: string): WorkbookXml {
  let xml = source;
  let relPrefix = /\sxmlns:(\w+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(xml)?.[1];
  if (relPrefix === undefined) {
    // a workbook without sheets may not declare the relationships namespace yet
    xml = xml.replace(/<((?:\w+:)?)workbook\b/, `<$1workbook xmlns:r="${REL_NS}"`);
    relPrefix = "r";
  }
  const block = SHEETS.exec(xml);
  if (!block) throw new Error("workbook.xml without sheets");
  const prefix = block[1];
  const sheets = [...(block[2] ?? "").matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)].map((m) => {
    const a = attributes(m[1]);
    return { tag: m[0], name: a.name, sheetId: Number(a.sheetId), rid: a.id };
  });
  const namesBlock = NAMES.exec(xml);
  const names = [...(namesBlock?.[2] ?? "").matchAll(/<(?:\w+:)?definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?definedName>)/g)].map((m) => {
    const a = attributes(m[1]);
    return { tag: m[0], name: a.name, ...(a.localSheetId !== undefined ? { localSheetId: Number(a.localSheetId) } : {}), text: decodeXml(m[2] ?? "") };
  });
  const wb: WorkbookXml = {
    sheets,
    names,
    relPrefix,
    prefix,
    xml() {
      const sheetsXml = `<${prefix}sheets>${wb.sheets.map((s) => s.tag).join("")}</${prefix}sheets>`;
      let out = xml.replace(SHEETS, () => sheetsXml);
      const namesXml = wb.names.length ? `<${prefix}definedNames>${wb.names.map((n) => n.tag).join("")}</${prefix}definedNames>` : "";
      if (NAMES.test(out)) out = out.replace(NAMES, () => namesXml);
      else if (namesXml) {
        const at = AFTER_NAMES.exec(out)!.index;
        out = out.slice(0, at) + namesXml + out.slice(at);
      }
      return out;
    },
  };
  return wb;
}

/** A `<sheet>` element of our own. */
export function sheetTag(wb: WorkbookXml, name: string, sheetId: number, rid: string, visibility: SheetVisibility): SheetEntry {
  const state = visibility === "visible" ? "" : ` state="${visibility}"`;
  return { tag: `<${wb.prefix}sheet name="${encodeXml(name)}" sheetId="${sheetId}"${state} ${wb.relPrefix}:id="${rid}"/>`, name, sheetId, rid };
}

/** The same entry under another spelling of its name (a plan may change its case). */
export function withName(entry: SheetEntry, name: string): SheetEntry {
  return entry.name === name ? entry : { ...entry, name, tag: entry.tag.replace(/\bname="[^"]*"/, () => `name="${encodeXml(name)}"`) };
}

/** The same entry with its visibility set (every other attribute as the file had it). */
export function withVisibility(entry: SheetEntry, visibility: SheetVisibility): SheetEntry {
  const bare = entry.tag.replace(/\s+state="[^"]*"/, "");
  const tag = visibility === "visible" ? bare : bare.replace(/\s*\/>$/, ` state="${visibility}"/>`);
  return { ...entry, tag };
}

/** A defined name of our own (global, or local to the sheet at `localSheetId`). */
export function nameTag(name: string, text: string, localSheetId?: number, prefix = ""): NameEntry {
  const local = localSheetId === undefined ? "" : ` localSheetId="${localSheetId}"`;
  return { tag: `<${prefix}definedName name="${encodeXml(name)}"${local}>${encodeXml(text)}</${prefix}definedName>`, name, text, ...(localSheetId === undefined ? {} : { localSheetId }) };
}

/** The same name with another localSheetId (after a sheet before it was removed). */
export function withLocalSheet(entry: NameEntry, localSheetId: number): NameEntry {
  return { ...entry, localSheetId, tag: entry.tag.replace(/\blocalSheetId="\d+"/, `localSheetId="${localSheetId}"`) };
}

/** `'Sheet name'` as a formula quotes it. */
export function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Whether a formula or a name's text refers to sheet `name` (quoted, or bare where a bare name is allowed). */
export function refersToSheet(formula: string, name: string): boolean {
  if (formula.includes(`${quotedSheet(name)}!`)) return true;
  if (!formula.includes(`${name}!`)) return false;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^\\p{L}\\p{N}_.'])${escaped}!`, "u").test(formula);
}
