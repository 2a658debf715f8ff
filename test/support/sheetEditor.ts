import { strFromU8, strToU8 } from "fflate";
import { parseSharedStrings } from "../../src/hosts/xlsx/sheetXml";
import { decodeXml, encodeXml, textRuns } from "../../src/hosts/xlsx/xml";
import { unzip, zip } from "../../src/hosts/xlsx/zip";
import { portableCodec } from "../../src/hosts/xlsx/portableCodec";
import { cellRef } from "../../src/workbook/a1";

/**
 * A spreadsheet program in a few lines, for tests that edit a workbook as a user would: open, type into cells,
 * rename, hide, delete or splice, save. Only the sheets touched are rewritten, and in them only the cells typed
 * into (other cells keep their XML, cached results included); like a program that does not recalculate, it
 * adjusts no formula when rows or columns move. Its API follows the cell-model spreadsheet libraries tests used
 * to rely on (`getCell(ref).value`), so the tests read as before.
 */

export type EditValue =
  | string
  | number
  | boolean
  | null
  | { readonly formula: string; readonly result?: string | number | boolean }
  | { readonly error: string }
  /** a shared formula: the anchor cell carries `formula` and `ref`, the others only the group's index */
  | { readonly shared: number; readonly formula?: string; readonly ref?: string }
  | { readonly richText: readonly { readonly text: string; readonly font?: { readonly bold?: boolean } }[] };

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const ROW = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;

interface RowModel {
  attrs: string;
  cells: Map<number, string>;
}

function position(ref: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(ref.replace(/\$/g, ""));
  if (!m) throw new Error(`not a cell: ${ref}`);
  return { row: Number(m[2]) - 1, col: [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1 };
}

const attrOf = (attrs: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];

function valueXml(ref: string, style: string | undefined, value: EditValue): string {
  const s = style === undefined ? "" : ` s="${style}"`;
  if (value === null || value === "") return `<c r="${ref}"${s}/>`;
  if (typeof value === "number") return `<c r="${ref}"${s}><v>${value}</v></c>`;
  if (typeof value === "boolean") return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (typeof value === "string") return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${encodeXml(value)}</t></is></c>`;
  if ("error" in value) return `<c r="${ref}"${s} t="e"><v>${value.error}</v></c>`;
  if ("shared" in value) {
    const f = value.formula === undefined ? `<f t="shared" si="${value.shared}"/>` : `<f t="shared" ref="${value.ref}" si="${value.shared}">${encodeXml(value.formula)}</f>`;
    return `<c r="${ref}"${s}>${f}</c>`;
  }
  if ("richText" in value) {
    const runs = value.richText.map((r) => `<r>${r.font?.bold ? "<rPr><b/></rPr>" : ""}<t xml:space="preserve">${encodeXml(r.text)}</t></r>`).join("");
    return `<c r="${ref}"${s} t="inlineStr"><is>${runs}</is></c>`;
  }
  const r = value.result;
  const t = typeof r === "string" ? ' t="str"' : typeof r === "boolean" ? ' t="b"' : "";
  const v = r === undefined ? "" : `<v>${typeof r === "boolean" ? (r ? 1 : 0) : encodeXml(String(r))}</v>`;
  return `<c r="${ref}"${s}${t}><f>${encodeXml(value.formula)}</f>${v}</c>`;
}

export class EditCell {
  constructor(
    private readonly sheet: EditSheet,
    readonly row: number,
    readonly col: number,
  ) {}

  get value(): EditValue {
    const raw = this.sheet.rawCell(this.row, this.col);
    if (!raw) return null;
    const m = new RegExp(CELL.source).exec(raw)!;
    const t = attrOf(m[1], "t");
    const body = m[2] ?? "";
    const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
    const f = /<f\b[^>]*>([\s\S]*?)<\/f>/.exec(body)?.[1];
    const plain = (): string | number | boolean | undefined => {
      if (t === "inlineStr") return textRuns(body);
      if (v === undefined) return undefined;
      if (t === "s") return this.sheet.book.strings[Number(v)];
      if (t === "b") return v === "1";
      if (t === "str") return decodeXml(v);
      return Number(v);
    };
    if (f !== undefined) return { formula: decodeXml(f), ...(v !== undefined ? { result: plain() } : {}) } as EditValue;
    if (t === "e") return { error: v ?? "" };
    return plain() ?? null;
  }

  set value(value: EditValue) {
    const raw = this.sheet.rawCell(this.row, this.col);
    const style = raw ? attrOf(raw.slice(0, raw.indexOf(">")), "s") : undefined;
    this.sheet.setRaw(this.row, this.col, valueXml(cellRef(this.row, this.col), style, value));
  }

  /** the cell format's protection, as styles.xml gives it */
  get protection(): { locked: boolean } {
    const raw = this.sheet.rawCell(this.row, this.col);
    const s = raw ? Number(attrOf(raw.slice(0, raw.indexOf(">")), "s") ?? 0) : 0;
    return { locked: !/<protection\b[^>]*\blocked="(0|false)"/.test(this.sheet.book.xfs[s] ?? "") };
  }
}

export class EditSheet {
  private rows: Map<number, RowModel> | null = null;
  constructor(
    readonly book: EditWorkbook,
    readonly id: number,
    private entryName: string,
    public state: "visible" | "hidden" | "veryHidden",
    readonly path: string,
  ) {}

  get name(): string {
    return this.entryName;
  }
  set name(next: string) {
    this.entryName = next;
  }

  private model(): Map<number, RowModel> {
    if (this.rows) return this.rows;
    const xml = this.book.text(this.path);
    const data = /<sheetData\b[^>]*?(?:\/>|>([\s\S]*?)<\/sheetData>)/.exec(xml)?.[1] ?? "";
    const rows = new Map<number, RowModel>();
    let r = -1;
    for (const m of data.matchAll(ROW)) {
      r = attrOf(m[1], "r") ? Number(attrOf(m[1], "r")) - 1 : r + 1;
      const cells = new Map<number, string>();
      let c = -1;
      for (const cm of (m[2] ?? "").matchAll(CELL)) {
        const ref = attrOf(cm[1], "r");
        c = ref ? position(ref).col : c + 1;
        cells.set(c, cm[0]);
      }
      rows.set(r, { attrs: m[1].replace(/\s*\br="\d+"/, "").replace(/\/$/, ""), cells });
    }
    return (this.rows = rows);
  }

  dirty = false;

  rawCell(row: number, col: number): string | undefined {
    return this.model().get(row)?.cells.get(col);
  }

  setRaw(row: number, col: number, xml: string): void {
    const rows = this.model();
    const r = rows.get(row) ?? { attrs: "", cells: new Map<number, string>() };
    rows.set(row, r);
    r.cells.set(col, xml);
    this.dirty = true;
  }

  /** `getCell("B2")` or `getCell(row, col)`, 1-based as spreadsheet programs count. */
  getCell(refOrRow: string | number, col?: number): EditCell {
    const p = typeof refOrRow === "string" ? position(refOrRow) : { row: refOrRow - 1, col: col! - 1 };
    return new EditCell(this, p.row, p.col);
  }

  get rowCount(): number {
    return Math.max(0, ...[...this.model().keys()].map((r) => r + 1));
  }

  /** Each row that has cells: its cells by 1-based column, and its 1-based number. */
  eachRow(visit: (row: { getCell(col: number): EditCell; cellCount: number }, r: number) => void): void {
    for (const r of [...this.model().keys()].sort((a, b) => a - b)) visit(this.getRow(r + 1), r + 1);
  }

  getRow(r: number): { getCell(col: number): EditCell; cellCount: number } {
    const cells = this.model().get(r - 1)?.cells;
    return { getCell: (c) => this.getCell(r, c), cellCount: cells && cells.size ? Math.max(...cells.keys()) + 1 : 0 };
  }

  /** Deletes `count` rows from 1-based row `start`; the rows below move up (formulas are not adjusted). */
  spliceRows(start: number, count: number): void {
    this.moveCells((row, col) => (row < start - 1 ? { row, col } : row < start - 1 + count ? null : { row: row - count, col }));
  }

  /** Deletes `count` columns at 1-based column `start` and inserts `inserts.length` empty ones there. */
  spliceColumns(start: number, count: number, ...inserts: unknown[]): void {
    const shift = inserts.length - count;
    this.moveCells((row, col) => (col < start - 1 ? { row, col } : col < start - 1 + count ? null : { row, col: col + shift }));
  }

  private moveCells(to: (row: number, col: number) => { row: number; col: number } | null): void {
    const next = new Map<number, RowModel>();
    for (const [r, model] of this.model()) {
      for (const [c, xml] of model.cells) {
        const p = to(r, c);
        if (!p) continue;
        const row = next.get(p.row) ?? { attrs: p.row === r ? model.attrs : "", cells: new Map<number, string>() };
        next.set(p.row, row);
        row.cells.set(p.col, xml.replace(/\br="[A-Z]+\d+"/, `r="${cellRef(p.row, p.col)}"`));
      }
    }
    this.rows = next;
    this.dirty = true;
  }

  /** The sheet part with its rows written back (only called when the sheet was edited). */
  xml(): string {
    const xml = this.book.text(this.path);
    const rows = [...this.model()]
      .sort((a, b) => a[0] - b[0])
      .map(([r, m]) => `<row r="${r + 1}"${m.attrs}>${[...m.cells].sort((a, b) => a[0] - b[0]).map((c) => c[1]).join("")}</row>`)
      .join("");
    return xml.replace(/<sheetData\b[^>]*?(?:\/>|>[\s\S]*?<\/sheetData>)/, () => `<sheetData>${rows}</sheetData>`);
  }
}

export class EditWorkbook {
  readonly strings: string[];
  readonly xfs: string[];
  worksheets: EditSheet[];
  /** the first visible tab and the active one, when a test sets them */
  views: { firstSheet?: number; activeTab?: number }[] = [];
  private removed: string[] = [];

  constructor(private readonly parts: Map<string, Uint8Array>) {
    const wb = this.text("xl/workbook.xml");
    const rels = this.text("xl/_rels/workbook.xml.rels");
    const target = (id: string) => {
      const t = new RegExp(`<Relationship\\b[^>]*\\bId="${id}"[^>]*>`).exec(rels)![0];
      const path = attrOf(t, "Target")!;
      return path.startsWith("/") ? path.slice(1) : `xl/${path}`;
    };
    this.worksheets = [...wb.matchAll(/<sheet\b([^>]*?)\/>/g)].map((m) => {
      const state = (attrOf(m[1], "state") ?? "visible") as EditSheet["state"];
      return new EditSheet(this, Number(attrOf(m[1], "sheetId")), decodeXml(attrOf(m[1], "name")!), state, target(attrOf(m[1], "r:id")!));
    });
    this.strings = parts.has("xl/sharedStrings.xml") ? parseSharedStrings(this.text("xl/sharedStrings.xml")) : [];
    const styles = parts.has("xl/styles.xml") ? this.text("xl/styles.xml") : "";
    this.xfs = [...(/<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "").matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0]);
  }

  text(path: string): string {
    const p = this.parts.get(path);
    if (!p) throw new Error(`no part ${path}`);
    return strFromU8(p);
  }

  getWorksheet(name: string): EditSheet | undefined {
    return this.worksheets.find((w) => w.name === name);
  }

  removeWorksheet(id: number): void {
    const ws = this.worksheets.find((w) => w.id === id);
    if (!ws) return;
    this.worksheets = this.worksheets.filter((w) => w !== ws);
    this.removed.push(ws.path);
  }

  /** The edited workbook's bytes: sheet list, names, states and views in workbook.xml; edited sheet parts. */
  save(): Uint8Array {
    for (const ws of this.worksheets) if (ws.dirty) this.parts.set(ws.path, strToU8(ws.xml()));
    let wb = this.text("xl/workbook.xml");
    const byId = new Map(this.worksheets.map((w) => [w.id, w]));
    wb = wb.replace(/<sheet\b([^>]*?)\/>/g, (tag, attrs: string) => {
      const ws = byId.get(Number(attrOf(attrs, "sheetId")));
      if (!ws) return "";
      const rest = attrs.replace(/\s*\bname="[^"]*"/, "").replace(/\s*\bstate="[^"]*"/, "");
      return `<sheet name="${encodeXml(ws.name)}"${ws.state === "visible" ? "" : ` state="${ws.state}"`}${rest}/>`;
    });
    const view = this.views[0];
    if (view) {
      wb = wb.replace(/<workbookView\b([^>]*?)\/>/, (_, attrs: string) => {
        const rest = attrs.replace(/\s*\b(firstSheet|activeTab)="\d+"/g, "");
        return `<workbookView${rest} firstSheet="${view.firstSheet ?? 0}" activeTab="${view.activeTab ?? 0}"/>`;
      });
      // only the active sheet may be selected
      for (const ws of this.worksheets) {
        if (!this.parts.has(ws.path)) continue;
        const xml = this.text(ws.path).replace(/\s*\btabSelected="[^"]*"/, "");
        this.parts.set(ws.path, strToU8(this.worksheets.indexOf(ws) === view.activeTab ? xml.replace(/<sheetView\b/, '<sheetView tabSelected="1"') : xml));
      }
    }
    this.parts.set("xl/workbook.xml", strToU8(wb));
    for (const path of this.removed) {
      // the part goes, and its relationship; the calculation chain may name its cells, so it goes too
      this.parts.delete(path);
      const file = path.slice("xl/".length);
      this.parts.set("xl/_rels/workbook.xml.rels", strToU8(this.text("xl/_rels/workbook.xml.rels").replace(new RegExp(`<Relationship\\b[^>]*Target="/?(xl/)?${file}"[^>]*/>`), "")));
      this.parts.set("[Content_Types].xml", strToU8(this.text("[Content_Types].xml").replace(`<Override PartName="/${path}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`, "")));
    }
    return zip(this.parts, portableCodec);
  }
}

/** Opens `bytes`, lets `edit` change the workbook, and returns it saved. */
export async function editWorkbook(bytes: Uint8Array, edit: (wb: EditWorkbook) => void | Promise<void>): Promise<Uint8Array> {
  const wb = new EditWorkbook(unzip(bytes, portableCodec));
  await edit(wb);
  return wb.save();
}

/** A workbook of the user's own (not made by the add-in): sheets of constants, as a program writes them. */
export function userWorkbook(sheets: readonly { readonly name: string; readonly cells: Readonly<Record<string, EditValue>> }[]): Uint8Array {
  const sheetXml = (cells: Readonly<Record<string, EditValue>>) => {
    const rows = new Map<number, string[]>();
    for (const [ref, v] of Object.entries(cells).sort((a, b) => position(a[0]).row - position(b[0]).row || position(a[0]).col - position(b[0]).col)) {
      const p = position(ref);
      rows.set(p.row, [...(rows.get(p.row) ?? []), valueXml(ref, undefined, v)]);
    }
    const data = [...rows].map(([r, cs]) => `<row r="${r + 1}">${cs.join("")}</row>`).join("");
    return `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetData>${data}</sheetData></worksheet>`;
  };
  const parts = new Map<string, Uint8Array>([
    [
      "[Content_Types].xml",
      strToU8(
        `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
          sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("") +
          "</Types>",
      ),
    ],
    ["_rels/.rels", strToU8(`${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`)],
    [
      "xl/workbook.xml",
      strToU8(`${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheets.map((s, i) => `<sheet name="${encodeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`),
    ],
    [
      "xl/_rels/workbook.xml.rels",
      strToU8(
        `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("")}</Relationships>`,
      ),
    ],
    ...sheets.map((s, i): [string, Uint8Array] => [`xl/worksheets/sheet${i + 1}.xml`, strToU8(sheetXml(s.cells))]),
  ]);
  return zip(parts, portableCodec);
}
