import type { Unit } from "../domain/types";

/** Characters no file system of the offices accepts in a name (Windows' list), and control characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const FORBIDDEN = /[/\\:*?"<>|\u0000-\u001f\u007f]/g;
/** Device names Windows refuses whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;
/** Room for " (U123).xlsx" within the 255 bytes most file systems allow, counting UTF-8 bytes. */
const MAX_BYTES = 200;

function cutBytes(s: string, max: number): string {
  // TextEncoder rather than Buffer: the task pane runs this in a browser
  const encoder = new TextEncoder();
  let out = "";
  let bytes = 0;
  for (const ch of s) {
    const n = encoder.encode(ch).length;
    if (bytes + n > max) break;
    out += ch;
    bytes += n;
  }
  return out;
}

/**
 * A unit's name as a file name: Vietnamese letters kept (NFC, as Windows and Linux store them), the characters
 * Windows forbids replaced by "-", spaces collapsed, no trailing dot or space (Windows drops them), never a
 * device name, never empty.
 */
export function safeFileName(name: string): string {
  let s = name.normalize("NFC").replace(FORBIDDEN, "-").replace(/\s+/g, " ").trim();
  s = cutBytes(s, MAX_BYTES).replace(/[. ]+$/, "").replace(/^[. ]+/, "");
  if (s === "" || RESERVED.test(s)) s = `${s}_`;
  return s;
}

/** The same name without diacritics (đ → d), for a file system that refuses them. */
export function asciiFileName(name: string): string {
  return safeFileName(name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").replace(/[^\x20-\x7e]/g, "_"));
}

/**
 * One `.xlsx` name per unit, named after the unit, unique even on a case-insensitive file system: a clash gets the
 * unit's id added (ids are unique in a bloc).
 */
export function copyFileNames(units: readonly Unit[], toName: (s: string) => string = safeFileName): string[] {
  const bases = units.map((u) => toName(u.name));
  const count = new Map<string, number>();
  for (const b of bases) count.set(b.toLocaleLowerCase("vi"), (count.get(b.toLocaleLowerCase("vi")) ?? 0) + 1);
  return bases.map((b, i) => ((count.get(b.toLocaleLowerCase("vi")) ?? 0) > 1 ? `${b} (${toName(units[i].id)}).xlsx` : `${b}.xlsx`));
}
