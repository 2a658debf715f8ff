import type { CellStyle, Highlight, PlanFormat, WorkbookPlan } from "../../workbook/plan";
import { encodeXml } from "./xml";

/** A cell's look as the plan states it; each distinct look becomes one cellXfs entry of styles.xml. */
export interface Look {
  readonly style?: PlanFormat["style"];
  readonly numberFormat?: string;
  readonly locked?: boolean;
}

const BUILTIN_FORMATS: Readonly<Record<string, number>> = { General: 0, "0": 1, "0.00": 2 };
const argb = (rgb: string) => `FF${rgb.toUpperCase()}`;

/**
 * The entries an opened workbook's styles.xml already has, each element's text as the file spells it. A plan's
 * looks are matched against them (text equality) and appended after them otherwise: what exists is never
 * renumbered, so every cell of the user's sheets keeps its look.
 */
export interface StyleBase {
  readonly fonts: readonly string[];
  readonly fills: readonly string[];
  readonly borders: readonly string[];
  readonly xfs: readonly string[];
  readonly dxfs: readonly string[];
  /** format code → numFmtId of the file's custom number formats */
  readonly numFmts: ReadonlyMap<string, number>;
  /** the first numFmtId free for a new custom format */
  readonly nextNumFmt: number;
}

/** What a StyleTable added on top of its base, element texts in index order. */
export interface StyleAdditions {
  readonly numFmts: readonly string[];
  readonly fonts: readonly string[];
  readonly fills: readonly string[];
  readonly borders: readonly string[];
  readonly xfs: readonly string[];
  readonly dxfs: readonly string[];
}

/** Collects looks while sheets are written, then renders styles.xml with their indexes. */
export interface StyleTable {
  readonly idOf: (look: Look) => number;
  readonly dxfOf: (h: Highlight) => number;
  readonly xml: () => string;
  /** the entries appended to the base (all entries when there is none) */
  readonly added: () => StyleAdditions;
}

const EMPTY_BASE: StyleBase = { fonts: [], fills: [], borders: [], xfs: [], dxfs: [], numFmts: new Map(), nextNumFmt: 164 };

/** A style table for a new workbook, or (with `base`) one that appends to an opened workbook's styles. */
export function styleTable(plan: WorkbookPlan, base?: StyleBase): StyleTable {
  const b = base ?? EMPTY_BASE;
  const fonts: string[] = [...b.fonts];
  const fills: string[] = base ? [...b.fills] : ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'];
  const borders: string[] = base ? [...b.borders] : ["<border><left/><right/><top/><bottom/><diagonal/></border>"];
  const numFmts = new Map<string, number>();
  const xfs: string[] = [...b.xfs];
  const xfIndex = new Map<string, number>();
  const dxfs: string[] = [...b.dxfs];
  const dxfIndex = new Map<Highlight, number>();
  const indexIn = (list: string[], xml: string) => {
    const i = list.indexOf(xml);
    return i >= 0 ? i : list.push(xml) - 1;
  };
  const fontXml = (s: CellStyle | undefined) =>
    `<font>${s?.bold ? "<b/>" : ""}${s?.italic ? "<i/>" : ""}<sz val="${s?.size ?? plan.font.size}"/>${s?.color ? `<color rgb="${argb(s.color)}"/>` : ""}<name val="${encodeXml(plan.font.name)}"/></font>`;
  if (!base) indexIn(fonts, fontXml(undefined));
  const thin = '<color rgb="FFA6A6A6"/>';
  const add = (look: Look): number => {
    const s = look.style ? plan.styles[look.style] : undefined;
    const font = indexIn(fonts, fontXml(s));
    const fill = s?.fill ? indexIn(fills, `<fill><patternFill patternType="solid"><fgColor rgb="${argb(s.fill)}"/><bgColor indexed="64"/></patternFill></fill>`) : 0;
    const border = s?.border
      ? indexIn(borders, `<border><left style="thin">${thin}</left><right style="thin">${thin}</right><top style="thin">${thin}</top><bottom style="thin">${thin}</bottom><diagonal/></border>`)
      : 0;
    let numFmt = 0;
    if (look.numberFormat !== undefined) {
      numFmt = BUILTIN_FORMATS[look.numberFormat] ?? b.numFmts.get(look.numberFormat) ?? numFmts.get(look.numberFormat) ?? b.nextNumFmt + numFmts.size;
      if (BUILTIN_FORMATS[look.numberFormat] === undefined && !b.numFmts.has(look.numberFormat)) numFmts.set(look.numberFormat, numFmt);
    }
    const align = s?.horizontal || s?.vertical || s?.wrap ? `<alignment${s.horizontal ? ` horizontal="${s.horizontal}"` : ""}${s.vertical ? ` vertical="${s.vertical === "middle" ? "center" : s.vertical}"` : ""}${s.wrap ? ' wrapText="1"' : ""}/>` : "";
    const protection = look.locked === false ? '<protection locked="0"/>' : "";
    const attrs = `numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1"${align ? ' applyAlignment="1"' : ""}${protection ? ' applyProtection="1"' : ""}`;
    const body = align + protection;
    const xml = body ? `<xf ${attrs}>${body}</xf>` : `<xf ${attrs}/>`;
    // a look the opened file already has (written by an earlier run) is reused, so repeated runs don't grow it
    const existing = b.xfs.indexOf(xml);
    return existing >= 0 ? existing : xfs.push(xml) - 1;
  };
  if (!base) add({});
  const dxfXml = (h: Highlight) => {
    const s = plan.highlights[h];
    return `<dxf>${s.color ? `<font><color rgb="${argb(s.color)}"/></font>` : ""}${s.fill ? `<fill><patternFill patternType="solid"><bgColor rgb="${argb(s.fill)}"/></patternFill></fill>` : ""}</dxf>`;
  };
  const numFmtXml = () => [...numFmts].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${encodeXml(code)}"/>`);
  return {
    idOf(look) {
      const key = `${look.style ?? ""}|${look.numberFormat ?? ""}|${look.locked ?? ""}`;
      let i = xfIndex.get(key);
      if (i === undefined) xfIndex.set(key, (i = add(look)));
      return i;
    },
    dxfOf(h) {
      let i = dxfIndex.get(h);
      if (i === undefined) dxfIndex.set(h, (i = indexIn(dxfs, dxfXml(h))));
      return i;
    },
    added: () => ({
      numFmts: numFmtXml(),
      fonts: fonts.slice(b.fonts.length),
      fills: fills.slice(b.fills.length),
      borders: borders.slice(b.borders.length),
      xfs: xfs.slice(b.xfs.length),
      dxfs: dxfs.slice(b.dxfs.length),
    }),
    xml() {
      const fmts = numFmtXml();
      return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
        (fmts.length ? `<numFmts count="${fmts.length}">${fmts.join("")}</numFmts>` : "") +
        `<fonts count="${fonts.length}">${fonts.join("")}</fonts><fills count="${fills.length}">${fills.join("")}</fills>` +
        `<borders count="${borders.length}">${borders.join("")}</borders>` +
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
        `<cellXfs count="${xfs.length}">${xfs.join("")}</cellXfs>` +
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
        `<dxfs count="${dxfs.length}">${dxfs.join("")}</dxfs></styleSheet>`
      );
    },
  };
}
