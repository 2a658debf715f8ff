import * as zlib from "node:zlib";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import type { ZipCodec } from "../hosts/xlsx/zip";

/** Node's native zlib for the xlsx host: the CLI's workbooks are compressed five times faster than in JavaScript. */
export const nodeZipCodec: ZipCodec = {
  deflate: (data) => {
    const b = deflateRawSync(data, { level: 3 });
    return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  },
  inflate: (data, size) => {
    // throws past the declared size: a zip bomb never allocates more than its directory admits. The output comes in
    // one chunk of the declared size (+1, so zlib needs no second call to see the end), not zlib's 16 KB chunks
    // joined by a copy: 7 MB of sheets inflate in ~11 ms instead of ~20
    const b = inflateRawSync(data, { maxOutputLength: Math.max(1, size), chunkSize: Math.max(64, size + 1) });
    return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  },
  // zlib.crc32 arrived in Node 20.15; older Nodes use the JavaScript one
  crc32: (zlib as unknown as { crc32?: (d: Uint8Array) => number }).crc32,
};
