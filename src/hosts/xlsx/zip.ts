import { damaged, FILE_LIMITS, overLimit } from "../fileProblem";

/**
 * The smallest zip reader/writer an .xlsx needs (no zip64, no encryption), with the deflate codec passed in:
 * fflate everywhere (portableCodec.ts), or Node's native zlib where there is one (five times faster on a 7 MB workbook).
 */
export interface ZipCodec {
  readonly deflate: (data: Uint8Array) => Uint8Array;
  /** never returns more than `size` bytes (the declared size): longer output is cut or refused */
  readonly inflate: (data: Uint8Array, size: number) => Uint8Array;
  /** a native CRC-32 where there is one */
  readonly crc32?: (data: Uint8Array) => number;
}

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

function crc32(data: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/**
 * Every entry of a zip, by name, inflated and checked: entry count and total inflated size are bounded before
 * anything is inflated (by the sizes the directory declares), no entry may inflate past its declared size, and
 * each one's length and CRC-32 must match the directory. A zip bomb costs at most the declared bound.
 * @throws FileProblemError (ERR_FILE_DAMAGED, ERR_FILE_LIMIT) when the bytes are not a zip this reader accepts
 */
export function unzip(bytes: Uint8Array, codec: ZipCodec, limits: { entries: number; inflatedBytes: number } = FILE_LIMITS): Map<string, Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw damaged("zip");
  const count = view.getUint16(end + 10, true);
  if (count > limits.entries) throw overLimit("entries", count, limits.entries);
  const decoder = new TextDecoder();
  const inside = (from: number, length: number) => from >= 0 && length >= 0 && from + length <= bytes.length;
  // first the directory alone: every declared size is known before one byte is inflated
  const entries: { name: string; method: number; crc: number; compressed: number; size: number; local: number }[] = [];
  let declared = 0;
  let p = view.getUint32(end + 16, true);
  for (let k = 0; k < count; k++) {
    if (!inside(p, 46) || view.getUint32(p, true) !== 0x02014b50) throw damaged("zip");
    const nameLen = view.getUint16(p + 28, true);
    if (!inside(p + 46, nameLen)) throw damaged("zip");
    const entry = {
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen)),
      method: view.getUint16(p + 10, true),
      crc: view.getUint32(p + 16, true),
      compressed: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      local: view.getUint32(p + 42, true),
    };
    declared += entry.size;
    if (declared > limits.inflatedBytes) throw overLimit("inflated", declared, limits.inflatedBytes);
    entries.push(entry);
    p += 46 + nameLen + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  const out = new Map<string, Uint8Array>();
  const check = codec.crc32 ?? crc32;
  for (const e of entries) {
    if (!inside(e.local, 30) || view.getUint32(e.local, true) !== 0x04034b50) throw damaged("zip", e.name);
    const dataStart = e.local + 30 + view.getUint16(e.local + 26, true) + view.getUint16(e.local + 28, true);
    if (!inside(dataStart, e.compressed)) throw damaged("zip", e.name);
    const raw = bytes.subarray(dataStart, dataStart + e.compressed);
    let data: Uint8Array;
    if (e.method === 0) data = raw;
    else if (e.method === 8) {
      try {
        data = e.size === 0 ? new Uint8Array(0) : codec.inflate(raw, e.size);
      } catch {
        // a stream that is cut short, or inflates past its declared size
        throw damaged("crc", e.name);
      }
    } else throw damaged("method", e.name);
    if (data.length !== e.size || check(data) !== e.crc) throw damaged("crc", e.name);
    out.set(e.name, data);
  }
  return out;
}

/** A zip of the given entries, in order, each deflated. */
export function zip(entries: ReadonlyMap<string, Uint8Array>, codec: ZipCodec): Uint8Array {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const nameBytes = encoder.encode(name);
    const packed = codec.deflate(data);
    const crc = (codec.crc32 ?? crc32)(data);
    const local = new Uint8Array(30 + nameBytes.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, 0x0800, true); // names are UTF-8
    lv.setUint16(8, 8, true);
    lv.setUint16(12, 0x21, true); // 1980-01-01: a fixed date keeps output reproducible
    lv.setUint32(14, crc, true);
    lv.setUint32(18, packed.length, true);
    lv.setUint32(22, data.length, true);
    lv.setUint16(26, nameBytes.length, true);
    local.set(nameBytes, 30);
    const dir = new Uint8Array(46 + nameBytes.length);
    const dv = new DataView(dir.buffer);
    dv.setUint32(0, 0x02014b50, true);
    dv.setUint16(4, 20, true);
    dv.setUint16(6, 20, true);
    dv.setUint16(8, 0x0800, true);
    dv.setUint16(10, 8, true);
    dv.setUint16(14, 0x21, true);
    dv.setUint32(16, crc, true);
    dv.setUint32(20, packed.length, true);
    dv.setUint32(24, data.length, true);
    dv.setUint16(28, nameBytes.length, true);
    dv.setUint32(42, offset, true);
    dir.set(nameBytes, 46);
    chunks.push(local, packed);
    central.push(dir);
    offset += local.length + packed.length;
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const eocd = new Uint8Array(22);
  const ev = new DataView(eocd.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.size, true);
  ev.setUint16(10, entries.size, true);
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
