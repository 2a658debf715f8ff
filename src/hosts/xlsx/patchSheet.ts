import { cellRef } from "../../workbook/a1";
import type { CellScalar } from "../../workbook/plan";
import { encodeXml } from "./xml";

const CELL = /<((?:\w+:)?)c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;

function cellXml(prefix: string, ref: string, style: string | undefined, value: CellScalar): string {
  const s = style !== undefined ? ` s="${style}"` : "";
  if (value === null || value === "") return `<${prefix}c r="${ref}"${s}/>`;
  if (typeof value === "number") return `<${prefix}c r="${ref}"${s}><${prefix}v>${value}</${prefix}v></${prefix}c>`;
  if (typeof value === "boolean") return `<${prefix}c r="${ref}"${s} t="b"><${prefix}v>${value ? 1 : 0}</${prefix}v></${prefix}c>`;
  // inline strings leave the shared string table untouched
  return `<${prefix}c r="${ref}"${s} t="inlineStr"><${prefix}is><${prefix}t xml:space="preserve">${encodeXml(value)}</${prefix}t></${prefix}is></${prefix}c>`;
}

/** New content of one <row>: its cells with the writes applied (a written cell keeps its style), in column order. */
function patchRow(content: string, row: number, writes: ReadonlyMap<number, CellScalar>, prefix: string): string {
  const cells: { col: number; xml: string }[] = [];
  const styles = new Map<number, string | undefined>();
  let col = -1;
  CELL.lastIndex = 0;
  for (let m = CELL.exec(content); m; m = CELL.exec(content)) {
    const r = /\br="([A-Z]+)\d+"/.exec(m[2]);
    col = r ? [...r[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1 : col + 1;
    if (writes.has(col)) styles.set(col, /\bs="(\d+)"/.exec(m[2])?.[1]);
    else cells.push({ col, xml: m[0] });
  }
  for (const [c, value] of writes) cells.push({ col: c, xml: cellXml(prefix, cellRef(row, c), styles.get(c), value) });
  cells.sort((a, b) => a.col - b.col);
  return cells.map((c) => c.xml).join("");
}

/**
 * Writes constants into a worksheet part. Only the rows written to are rebuilt; everything else (styles,
 * validations, conditional formats, protection) stays byte for byte as the file had it.
 */
export function setCells(xml: string, writes: ReadonlyMap<number, ReadonlyMap<number, CellScalar>>): string {
  const open = /<((?:\w+:)?)sheetData\b[^>]*?(\/?)>/.exec(xml);
  if (!open) throw new Error("worksheet without sheetData");
  const prefix = open[1];
  const bodyStart = open.index + open[0].length;
  const close = open[2] === "/" ? bodyStart : xml.indexOf(`</${prefix}sheetData>`, bodyStart);
  const body = xml.slice(bodyStart, close);
  const pending = new Map(writes);
  const order = [...writes.keys()].sort((a, b) => a - b);
  let next = 0;
  const ROW = /<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g;
  let out = "";
  let last = 0;
  let rowIndex = -1;
  const newRows = (upTo: number) => {
    // rows that did not exist yet go before the first existing row below them
    for (; next < order.length && order[next] < upTo; next++) {
      const r = order[next];
      const cells = pending.get(r);
      if (!cells) continue;
      out += `<${prefix}row r="${r + 1}">${patchRow("", r, cells, prefix)}</${prefix}row>`;
      pending.delete(r);
    }
  };
  for (let m = ROW.exec(body); m; m = ROW.exec(body)) {
    const r = /\br="(\d+)"/.exec(m[1]);
    rowIndex = r ? Number(r[1]) - 1 : rowIndex + 1;
    out += body.slice(last, m.index);
    newRows(rowIndex);
    const mine = pending.get(rowIndex);
    if (mine) {
      const attrs = m[1].replace(/\/$/, "");
      out += `<${prefix}row${attrs}>${patchRow(m[2] ?? "", rowIndex, mine, prefix)}</${prefix}row>`;
      pending.delete(rowIndex);
    } else out += m[0];
    last = m.index + m[0].length;
  }
  out += body.slice(last);
  newRows(Infinity);
  const tail = open[2] === "/" ? xml.slice(bodyStart) : xml.slice(close);
  const head = open[2] === "/" ? xml.slice(0, open.index) + `<${prefix}sheetData>` : xml.slice(0, bodyStart);
  return head + out + (open[2] === "/" ? `</${prefix}sheetData>` : "") + tail;
}

/** Formula cells lose their cached result (stale once an input changed); the formula stays. */
export function dropCachedResults(xml: string): string {
  // most parts have no cached result at all (generate writes none): a cheap test before the full rewrite
  if (!/f>\s*<(?:\w+:)?v[ >]/.test(xml)) return xml;
  return xml.replace(CELL, (whole, prefix: string, attrs: string, body: string | undefined) => {
    if (!body || !/<(?:\w+:)?f\b/.test(body)) return whole;
    const kept = body.replace(/<(?:\w+:)?v(?:\s[^>]*)?>[\s\S]*?<\/(?:\w+:)?v>|<(?:\w+:)?v\/>/, "");
    return `<${prefix}c${attrs.replace(/\s+t="[^"]*"/, "")}>${kept}</${prefix}c>`;
  });
}
