import { deflateRawSync, constants } from "node:zlib";
import { unzip, zip } from "../../src/hosts/xlsx/zip";
import { portableCodec } from "../../src/hosts/xlsx/portableCodec";

/** Crafted .xlsx bytes, made in memory for the bounded-reader tests (nothing big is committed). */

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The workbook with part `name` rewritten by `edit` (zipped again, with correct checksums). */
export function withPart(bytes: Uint8Array, name: string, edit: (xml: string) => string): Uint8Array {
  const parts = unzip(bytes, portableCodec);
  const part = parts.get(name);
  if (!part) throw new Error(`no part ${name}`);
  parts.set(name, encoder.encode(edit(decoder.decode(part))));
  return zip(parts, portableCodec);
}

/** The path of the worksheet part of sheet `sheet` (through workbook.xml and its relationships). */
export function sheetPart(bytes: Uint8Array, sheet: string): string {
  const parts = unzip(bytes, portableCodec);
  const wb = decoder.decode(parts.get("xl/workbook.xml")!);
  const rels = decoder.decode(parts.get("xl/_rels/workbook.xml.rels")!);
  const tag = [...wb.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]).find((t) => t.includes(`name="${sheet}"`));
  const id = tag && /r:id="([^"]+)"/.exec(tag)?.[1];
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((t) => t.includes(`Id="${id}"`));
  const target = rel && /Target="([^"]+)"/.exec(rel)?.[1];
  if (!target) throw new Error(`no sheet ${sheet}`);
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

/** The same zip with the CRC-32 of entry `name` changed in its central directory record. */
export function badCrc(bytes: Uint8Array, name: string): Uint8Array {
  const out = new Uint8Array(bytes);
  const view = new DataView(out.buffer);
  const target = encoder.encode(name);
  for (let p = out.length - 46; p >= 0; p--) {
    if (view.getUint32(p, true) !== 0x02014b50) continue;
    const len = view.getUint16(p + 28, true);
    if (len === target.length && out.subarray(p + 46, p + 46 + len).every((b, i) => b === target[i])) {
      view.setUint32(p + 16, view.getUint32(p + 16, true) ^ 0xdeadbeef, true);
      return out;
    }
  }
  throw new Error(`no entry ${name}`);
}

/**
 * A zip whose one entry inflates to `megabytes` MB of zeros from about 1 KB per MB: a flushed deflate block of
 * 1 MB of zeros repeated (each is self-contained after a full flush), then a final empty block. `declared` is the
 * size the directory claims (the true size, or a lie).
 */
export function zipBomb(megabytes: number, declared: "true" | "lie", name = "xl/worksheets/sheet1.xml"): Uint8Array {
  const block = deflateRawSync(new Uint8Array(1 << 20), { finishFlush: constants.Z_FULL_FLUSH });
  const data = new Uint8Array(block.length * megabytes + 2);
  for (let i = 0; i < megabytes; i++) data.set(block, i * block.length);
  data.set([0x03, 0x00], block.length * megabytes);
  const size = declared === "true" ? megabytes * (1 << 20) : 4096;
  return rawZip([{ name, data, size, crc: 0 }]);
}

/** A zip of already deflated entries with the sizes and CRCs given (whatever they are). */
export function rawZip(entries: readonly { name: string; data: Uint8Array; size: number; crc: number }[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const nameBytes = encoder.encode(e.name);
    const local = new Uint8Array(30 + nameBytes.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(8, 8, true);
    lv.setUint32(14, e.crc, true);
    lv.setUint32(18, e.data.length, true);
    lv.setUint32(22, e.size, true);
    lv.setUint16(26, nameBytes.length, true);
    local.set(nameBytes, 30);
    const dir = new Uint8Array(46 + nameBytes.length);
    const dv = new DataView(dir.buffer);
    dv.setUint32(0, 0x02014b50, true);
    dv.setUint16(4, 20, true);
    dv.setUint16(6, 20, true);
    dv.setUint16(10, 8, true);
    dv.setUint32(16, e.crc, true);
    dv.setUint32(20, e.data.length, true);
    dv.setUint32(24, e.size, true);
    dv.setUint16(28, nameBytes.length, true);
    dv.setUint32(42, offset, true);
    dir.set(nameBytes, 46);
    chunks.push(local, e.data);
    central.push(dir);
    offset += local.length + e.data.length;
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const eocd = new Uint8Array(22);
  const ev = new DataView(eocd.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  const all = [...chunks, ...central, eocd];
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of all) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
