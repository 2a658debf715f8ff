/**
 * Reads what a saved .xlsx says about the guard rails, straight from its XML parts and sharing no code with the
 * xlsx host: sheets and their states, defined names, each sheet's data validations, conditional formats (with
 * their dxf looks), protection and the locked flag of any cell. Regular expressions suffice: the files read here
 * are well formed and small (our own output).
 */
import { strFromU8, unzipSync } from "fflate";
import { parseCellRef } from "../../src/workbook/a1";

export interface XlsxValidation {
  readonly sqref: string;
  readonly type: string;
  readonly operator?: string;
  readonly formula1?: string;
  readonly formula2?: string;
  readonly allowBlank: boolean;
  readonly promptTitle?: string;
  readonly prompt?: string;
  readonly errorTitle?: string;
  readonly error?: string;
  readonly showInputMessage: boolean;
  readonly showErrorMessage: boolean;
}

export interface XlsxConditionalFormat {
  readonly sqref: string;
  readonly type: string;
  readonly priority: number;
  readonly formula?: string;
  /** the dxf's look: solid fill (bgColor, as Excel reads a dxf), font colour, bold; RRGGBB */
  readonly fill?: string;
  readonly color?: string;
  readonly bold?: boolean;
}

export interface XlsxSheetParts {
  readonly name: string;
  readonly state: "visible" | "hidden" | "veryHidden";
  readonly protected: boolean;
  readonly validations: readonly XlsxValidation[];
  /** sorted by priority, 1 (on top) first */
  readonly conditionalFormats: readonly XlsxConditionalFormat[];
  /** Excel's locked flag of a cell (0-based): the cell's xf, else its row's, else its column's, else xf 0 */
  readonly locked: (row: number, col: number) => boolean;
}

export interface XlsxParts {
  readonly sheets: readonly XlsxSheetParts[];
  /** workbook-level names (no localSheetId): name → reference as written */
  readonly names: Readonly<Record<string, string>>;
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, e: string) => {
    if (e[0] === "#") return String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e] ?? whole;
  });
}

/** Attributes of one start tag, decoded; a namespace prefix is kept ("r:id"). */
function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:]+)="([^"]*)"/g)) out[m[1]] = decodeXml(m[2]);
  return out;
}

/** Each element named `name` (without a prefix): its start tag's attributes and its inner XML ("" when empty). */
function elements(xml: string, name: string): { a: Record<string, string>; inner: string }[] {
  const out: { a: Record<string, string>; inner: string }[] = [];
  const re = new RegExp(`<${name}(\\s[^>]*?)?(/>|>([\\s\\S]*?)</${name}>)`, "g");
  for (const m of xml.matchAll(re)) out.push({ a: attrs(m[1] ?? ""), inner: m[3] ?? "" });
  return out;
}

function text(xml: string, name: string): string | undefined {
  const e = elements(xml, name)[0];
  return e === undefined ? undefined : decodeXml(e.inner.replace(/<[^>]+>/g, ""));
}

const on = (v: string | undefined) => v === "1" || v === "true";

function rgb(colorAttrs: Record<string, string> | undefined): string | undefined {
  const v = colorAttrs?.rgb;
  return v ? v.slice(-6).toUpperCase() : undefined;
}

/** A dxf's look as Excel shows it: a solid dxf fill is its bgColor (fgColor when only that is given). */
function dxfLook(inner: string): { fill?: string; color?: string; bold?: boolean } {
  const font = elements(inner, "font")[0]?.inner;
  const fill = elements(inner, "fill")[0]?.inner;
  const look: { fill?: string; color?: string; bold?: boolean } = {};
  const color = font ? rgb(elements(font, "color")[0]?.a) : undefined;
  if (color) look.color = color;
  const b = font ? elements(font, "b")[0] : undefined;
  if (b) look.bold = b.a.val === undefined || on(b.a.val);
  const bg = fill ? (rgb(elements(fill, "bgColor")[0]?.a) ?? rgb(elements(fill, "fgColor")[0]?.a)) : undefined;
  if (bg) look.fill = bg;
  return look;
}

function resolve(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

export function readXlsxParts(bytes: Uint8Array): XlsxParts {
  const zip = unzipSync(bytes);
  const part = (p: string) => (zip[p] ? strFromU8(zip[p]) : "");
  const workbook = part("xl/workbook.xml");
  const rels = new Map(elements(part("xl/_rels/workbook.xml.rels"), "Relationship").map((r) => [r.a.Id, resolve("xl/workbook.xml", r.a.Target)]));
  const styles = part("xl/styles.xml");
  const cellXfs = elements(elements(styles, "cellXfs")[0]?.inner ?? "", "xf").map((xf) => elements(xf.inner, "protection")[0]?.a.locked !== "0");
  const dxfs = elements(elements(styles, "dxfs")[0]?.inner ?? "", "dxf").map((d) => dxfLook(d.inner));
  const names: Record<string, string> = {};
  for (const n of elements(workbook, "definedName")) if (n.a.localSheetId === undefined) names[n.a.name] = decodeXml(n.inner);
  const sheets = elements(elements(workbook, "sheets")[0]?.inner ?? "", "sheet").map((s): XlsxSheetParts => {
    const xml = part(rels.get(s.a["r:id"]) ?? "");
    const protection = elements(xml, "sheetProtection")[0];
    const validations = elements(elements(xml, "dataValidations")[0]?.inner ?? "", "dataValidation").map(
      (v): XlsxValidation => ({
        sqref: v.a.sqref,
        type: v.a.type ?? "none",
        operator: v.a.operator,
        formula1: text(v.inner, "formula1"),
        formula2: text(v.inner, "formula2"),
        allowBlank: on(v.a.allowBlank),
        promptTitle: v.a.promptTitle,
        prompt: v.a.prompt,
        errorTitle: v.a.errorTitle,
        error: v.a.error,
        showInputMessage: on(v.a.showInputMessage),
        showErrorMessage: on(v.a.showErrorMessage),
      }),
    );
    const conditionalFormats = elements(xml, "conditionalFormatting")
      .flatMap((cf) =>
        elements(cf.inner, "cfRule").map((r): XlsxConditionalFormat => ({
          sqref: cf.a.sqref,
          type: r.a.type,
          priority: Number(r.a.priority),
          formula: text(r.inner, "formula"),
          ...(r.a.dxfId !== undefined ? dxfs[Number(r.a.dxfId)] : {}),
        })),
      )
      .sort((a, b) => a.priority - b.priority);
    const cellStyle = new Map<number, number>();
    const rowStyle = new Map<number, number>();
    for (const row of elements(elements(xml, "sheetData")[0]?.inner ?? "", "row")) {
      const r = Number(row.a.r) - 1;
      if (on(row.a.customFormat) && row.a.s !== undefined) rowStyle.set(r, Number(row.a.s));
      for (const c of row.inner.matchAll(/<c\s([^>]*?)\/?>/g)) {
        const a = attrs(c[1]);
        const at = parseCellRef(a.r);
        if (at && a.s !== undefined) cellStyle.set(at.row * 16384 + at.col, Number(a.s));
      }
    }
    const colStyle = elements(elements(xml, "cols")[0]?.inner ?? "", "col").map((c) => ({ min: Number(c.a.min) - 1, max: Number(c.a.max) - 1, style: c.a.style === undefined ? undefined : Number(c.a.style) }));
    const locked = (row: number, col: number) => {
      const s = cellStyle.get(row * 16384 + col) ?? rowStyle.get(row) ?? colStyle.find((c) => col >= c.min && col <= c.max && c.style !== undefined)?.style ?? 0;
      return cellXfs[s] ?? true;
    };
    return {
      name: s.a.name,
      state: (s.a.state as XlsxSheetParts["state"]) ?? "visible",
      protected: protection !== undefined && on(protection.a.sheet),
      validations,
      conditionalFormats,
      locked,
    };
  });
  return { sheets, names };
}
