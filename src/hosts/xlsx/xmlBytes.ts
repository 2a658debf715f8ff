/**
 * XML scanning on a part's UTF-8 bytes, for the worksheet reader: a worksheet is read without first turning its
 * megabytes into a JavaScript string, and only the few texts a reader keeps (formulas, inline strings, numbers that
 * are not plain decimals) are decoded. Every byte of a multi-byte UTF-8 sequence is ≥ 0x80, so '<', '>', quotes and
 * ASCII names are found on bytes exactly as on the decoded text.
 */

import { decodeXml } from "./xml";

const utf8 = new TextDecoder();

/** Where an element name starting at `i` ends: the same name characters as wellFormed.ts (anything ≥ 0x80 included). */
export function nameEndAt(b: Uint8Array, i: number): number {
  for (;; i++) {
    const c = b[i];
    const isName = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 58) /* 0-9 : */ || c === 95 || c === 45 || c === 46 || c >= 128;
    if (!isName) return i;
  }
}

/** The '>' ending a start tag whose name ends at `i`, quoted values skipped; -1 when cut short or holding a '<'. */
export function tagEndAt(b: Uint8Array, i: number): number {
  const n = b.length;
  while (i < n) {
    const c = b[i];
    if (c === 62 /* > */) return i;
    if (c === 60 /* < */) return -1;
    if (c === 34 /* " */ || c === 39 /* ' */) {
      for (i++; i < n; i++) {
        const q = b[i];
        if (q === c) break;
        if (q === 60) return -1;
      }
      if (i >= n) return -1;
    }
    i++;
  }
  return -1;
}

/** The text of bytes [from, to), UTF-8. */
export function textAt(b: Uint8Array, from: number, to: number): string {
  return utf8.decode(b.subarray(from, to));
}

/** The text of bytes [from, to) with XML's entities and OOXML's _xHHHH_ escapes decoded (decodeXml). */
export function xmlTextAt(b: Uint8Array, from: number, to: number): string {
  for (let i = from; i < to; i++) if (b[i] === 38 /* & */ || b[i] === 95 /* _ */) return decodeXml(utf8.decode(b.subarray(from, to)));
  return utf8.decode(b.subarray(from, to));
}

/** 10^k, exact for k ≤ 22 */
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * A cell's number as `Number(text)` reads it, null for blank or non-finite text. Plain decimals of at most 15
 * digits (all a spreadsheet writes for scores) are read without a string: the digits and 10^k are exact doubles,
 * so their quotient is the correctly rounded value, the one Number() gives. Anything else goes to Number().
 */
export function numberAt(b: Uint8Array, from: number, to: number): number | null {
  let i = from;
  const negative = b[i] === 45; /* - */
  if (negative) i++;
  let m = 0;
  let digits = 0;
  let fraction = -1;
  for (; i < to; i++) {
    const c = b[i];
    if (c >= 48 && c <= 57) {
      m = m * 10 + (c - 48);
      digits++;
      if (fraction >= 0) fraction++;
    } else if (c === 46 /* . */ && fraction < 0) fraction = 0;
    else break;
  }
  if (i === to && digits > 0 && digits <= 15) {
    const v = fraction > 0 ? m / POW10[fraction] : m;
    return negative ? -v : v;
  }
  const text = textAt(b, from, to);
  const n = Number(text);
  return text.trim() === "" || !Number.isFinite(n) ? null : n;
}

/** Whether bytes [from, to) spell `word` (ASCII). */
export function bytesAre(b: Uint8Array, from: number, to: number, word: string): boolean {
  if (to - from !== word.length) return false;
  for (let k = 0; k < word.length; k++) if (b[from + k] !== word.charCodeAt(k)) return false;
  return true;
}

/** Node's Buffer.compare (memcmp), where there is one: the pane's browser has none and compares in the loop below. */
const nativeCompare = (globalThis as { Buffer?: { compare(a: Uint8Array, b: Uint8Array): number } }).Buffer?.compare;

/**
 * Whether `n` bytes of `a` from `aFrom` are those of `b` from `bFrom`. Natively when the platform can: comparing a
 * unit sheet's 48 KB tail with the last one's in a cold JavaScript loop cost as much as reading it.
 */
export function sameBytes(a: Uint8Array, aFrom: number, b: Uint8Array, bFrom: number, n: number): boolean {
  if (nativeCompare !== undefined && n > 256) return nativeCompare(a.subarray(aFrom, aFrom + n), b.subarray(bFrom, bFrom + n)) === 0;
  const shift = aFrom - bFrom;
  for (let i = bFrom, end = bFrom + n; i < end; i++) if (a[i + shift] !== b[i]) return false;
  return true;
}
