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

/** Collects looks while sheets are written, then renders styles.xml with their indexes. */
export interface StyleTable {
  readonly idOf: (look: Look) => number;
  readonly dxfOf: (h: Highlight) => number;
  readonly xml: () => string;
}

export function styleTable(plan: WorkbookPlan): StyleTable {
  const fonts: string[] = [];
  const fills: string[] = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'];
  const borders: string[] = ["<border><left/><right/><top/><bottom/><diagonal/></border>"];
  const numFmts = new Map<string, number>();
  const xfs: string[] = [];
  const xfIndex = new Map<string, number>();
  const dxfs: Highlight[] = [];
  const indexIn = (list: string[], xml: string) => {
    const i = list.indexOf(xml);
    return i >= 0 ? i : list.push(xml) - 1;
  };
  const fontXml = (s: CellStyle | undefined) =>
    `<font>${s?.bold ? "<b/>" : ""}${s?.italic ? "<i/>" : ""}<sz val="${s?.size ?? plan.font.size}"/>${s?.color ? `<color rgb="${argb(s.color)}"/>` : ""}<name val="${encodeXml(plan.font.name)}"/></font>`;
  indexIn(fonts, fontXml(undefined));
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
      numFmt = BUILTIN_FORMATS[look.numberFormat] ?? numFmts.get(look.numberFormat) ?? 164 + numFmts.size;
      if (BUILTIN_FORMATS[look.numberFormat] === undefined) numFmts.set(look.numberFormat, numFmt);
    }
    const align = s?.horizontal || s?.vertical || s?.wrap ? `<alignment${s.horizontal ? ` horizontal="${s.horizontal}"` : ""}${s.vertical ? ` vertical="${s.vertical === "middle" ? "center" : s.vertical}"` : ""}${s.wrap ? ' wrapText="1"' : ""}/>` : "";
    const protection = look.locked === false ? '<protection locked="0"/>' : "";
    const attrs = `numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1"${align ? ' applyAlignment="1"' : ""}${protection ? ' applyProtection="1"' : ""}`;
    const body = align + protection;
    return xfs.push(body ? `<xf ${attrs}>${body}</xf>` : `<xf ${attrs}/>`) - 1;
  };
  add({});
  return {
    idOf(look) {
      const key = `${look.style ?? ""}|${look.numberFormat ?? ""}|${look.locked ?? ""}`;
      let i = xfIndex.get(key);
      if (i === undefined) xfIndex.set(key, (i = add(look)));
      return i;
    },
    dxfOf(h) {
      const i = dxfs.indexOf(h);
      return i >= 0 ? i : dxfs.push(h) - 1;
    },
    xml() {
      const dxfXml = dxfs.map((h) => {
        const s = plan.highlights[h];
        return `<dxf>${s.color ? `<font><color rgb="${argb(s.color)}"/></font>` : ""}${s.fill ? `<fill><patternFill patternType="solid"><bgColor rgb="${argb(s.fill)}"/></patternFill></fill>` : ""}</dxf>`;
      });
      const fmts = [...numFmts].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${encodeXml(code)}"/>`);
      return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
        (fmts.length ? `<numFmts count="${fmts.length}">${fmts.join("")}</numFmts>` : "") +
        `<fonts count="${fonts.length}">${fonts.join("")}</fonts><fills count="${fills.length}">${fills.join("")}</fills>` +
        `<borders count="${borders.length}">${borders.join("")}</borders>` +
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
        `<cellXfs count="${xfs.length}">${xfs.join("")}</cellXfs>` +
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
        `<dxfs count="${dxfXml.length}">${dxfXml.join("")}</dxfs></styleSheet>`
      );
    },
  };
}
