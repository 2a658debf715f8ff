import { deflateSync, inflateSync } from "fflate";
import type { ZipCodec } from "./zip";

/**
 * Deflate in JavaScript (fflate), for a browser. A module of its own so that only what uses it loads it: fflate
 * builds its tables when loaded (~10 ms of every command line run, which uses Node's zlib instead).
 */
export const portableCodec: ZipCodec = {
  deflate: (data) => deflateSync(data, { level: 3 }),
  // a stream longer than `size` is cut at `size`: its CRC then fails
  inflate: (data, size) => inflateSync(data, { out: new Uint8Array(size) }),
};
