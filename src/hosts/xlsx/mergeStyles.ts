import { attributes } from "./xml";
import type { StyleAdditions, StyleBase } from "./stylesXml";

/** The sections of CT_Stylesheet in the order the schema requires. */
const ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"] as const;
type Section = (typeof ORDER)[number];

function section(xml: string, name: Section): { start: number; end: number; open: string; body: string; prefix: string } | null {
  const m = new RegExp(`<((?:\\w+:)?)${name}\\b([^>]*?)(/?)>`).exec(xml);
  if (!m) return null;
  if (m[3] === "/") return { start: m.index, end: m.index + m[0].length, open: m[0], body: "", prefix: m[1] };
  const close = `</${m[1]}${name}>`;
  const end = xml.indexOf(close, m.index + m[0].length);
  return { start: m.index, end: end + close.length, open: m[0], body: xml.slice(m.index + m[0].length, end), prefix: m[1] };
}

function children(xml: string, name: Section, child: string): string[] {
  const s = section(xml, name);
  if (!s) return [];
  return [...s.body.matchAll(new RegExp(`<(?:\\w+:)?${child}\\b[^>]*?(?:/>|>[\\s\\S]*?</(?:\\w+:)?${child}>)`, "g"))].map((m) => m[0]);
}

/** What an opened workbook's styles.xml holds, as the base a plan's style table appends to. */
export function styleBase(xml: string): StyleBase {
  const numFmts = new Map<string, number>();
  let next = 164;
  for (const f of children(xml, "numFmts", "numFmt")) {
    const a = attributes(f.slice(0, f.indexOf(">")));
    const id = Number(a.numFmtId);
    if (!Number.isFinite(id)) continue;
    if (a.formatCode !== undefined && !numFmts.has(a.formatCode)) numFmts.set(a.formatCode, id);
    next = Math.max(next, id + 1);
  }
  return {
    fonts: children(xml, "fonts", "font"),
    fills: children(xml, "fills", "fill"),
    borders: children(xml, "borders", "border"),
    xfs: children(xml, "cellXfs", "xf"),
    dxfs: children(xml, "dxfs", "dxf"),
    numFmts,
    nextNumFmt: next,
  };
}

/** Our element texts in the namespace prefix the file uses for SpreadsheetML (usually none). */
function prefixed(xml: string, prefix: string): string {
  return prefix ? xml.replace(/<(\/?)(?=[A-Za-z])/g, `<$1${prefix}`) : xml;
}

/**
 * styles.xml with the additions appended at the end of their sections (counts updated, sections created in
 * schema order where the file had none). Nothing that was there moves, so every existing index stays valid.
 */
export function mergeStylesXml(xml: string, added: StyleAdditions): string {
  const root = /<((?:\w+:)?)styleSheet\b/.exec(xml);
  const prefix = root?.[1] ?? "";
  const adds: Partial<Record<Section, readonly string[]>> = {
    numFmts: added.numFmts,
    fonts: added.fonts,
    fills: added.fills,
    borders: added.borders,
    cellXfs: added.xfs,
    dxfs: added.dxfs,
  };
  let out = xml;
  for (const name of ORDER) {
    const items = adds[name];
    if (!items || items.length === 0) continue;
    const body = items.map((i) => prefixed(i, prefix)).join("");
    const s = section(out, name);
    if (s) {
      const count = children(out, name, name === "cellXfs" ? "xf" : name.slice(0, -1)).length + items.length;
      const open = s.open.replace(/\/>$/, ">").replace(/\s+count="[^"]*"/, "").replace(/>$/, ` count="${count}">`);
      out = `${out.slice(0, s.start)}${open}${s.body}${body}</${s.prefix}${name}>${out.slice(s.end)}`;
    } else {
      // before the first later section the file has, or at the end of the stylesheet
      const later = ORDER.slice(ORDER.indexOf(name) + 1)
        .map((n) => section(out, n)?.start)
        .filter((i): i is number => i !== undefined);
      const at = later.length ? Math.min(...later) : out.lastIndexOf("</");
      out = `${out.slice(0, at)}<${prefix}${name} count="${items.length}">${body}</${prefix}${name}>${out.slice(at)}`;
    }
  }
  return out;
}
