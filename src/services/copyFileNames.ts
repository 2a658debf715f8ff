import type { Unit } from "../domain/types";

/** Characters no file system of the offices accepts in a name (Windows' list), and control characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const FORBIDDEN = /[/\\:*?"<>|\u0000-\u001f\u007f]/g;
/**
 * Invisible characters that reorder or hide text: U+202E makes "Huế‮xslx.exe" read as "Huế exe.xlsx". No file
 * name keeps them (nor zero-width or other format characters).
 */
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g;
/** Device names Windows refuses whatever follows the first dot ("COM1.txt.xlsx" too), superscript digits included. */
const RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3])(\s*)(\.|$)/i;
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
  let s = name.normalize("NFC").replace(INVISIBLE, "").replace(FORBIDDEN, "-").replace(/\s+/g, " ").trim();
  s = cutBytes(s, MAX_BYTES).replace(/[. ]+$/, "").replace(/^[. ]+/, "");
  if (s === "") return "_";
  return s.replace(RESERVED, (_, device: string, _space: string, dot: string) => `${device}_${dot}`);
}

/** The same name without diacritics (đ → d), for a file system that refuses them. */
export function asciiFileName(name: string): string {
  return safeFileName(name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").replace(/[^\x20-\x7e]/g, "_"));
}

/**
 * One `.xlsx` name per unit, named after the unit, unique even on a case-insensitive file system: a clash gets the
 * unit's id added (ids are unique in a bloc); should that name be taken too (a unit named "Huế (U1)" next to two
 * "Huế"), a number is added until it is free. No copy ever overwrites another.
 */
export function copyFileNames(units: readonly Unit[], toName: (s: string) => string = safeFileName): string[] {
  const key = (s: string) => s.normalize("NFC").toLocaleLowerCase("vi");
  const bases = units.map((u) => toName(u.name));
  const count = new Map<string, number>();
  for (const b of bases) count.set(key(b), (count.get(key(b)) ?? 0) + 1);
  const wanted = bases.map((b, i) => ((count.get(key(b)) ?? 0) > 1 ? `${b} (${toName(units[i].id)})` : b));
  // names no clash touched keep their plain form first; the others take what is left
  const taken = new Set<string>();
  const out: string[] = new Array(units.length);
  const order = [...wanted.keys()].sort((a, b) => Number(wanted[a] !== bases[a]) - Number(wanted[b] !== bases[b]));
  for (const i of order) {
    let name = wanted[i];
    for (let n = 2; taken.has(key(name)); n++) name = `${wanted[i]} (${n})`;
    taken.add(key(name));
    out[i] = `${name}.xlsx`;
  }
  return out;
}
