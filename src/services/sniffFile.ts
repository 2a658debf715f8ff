import { finding, type Finding } from "../domain/findings";

/**
 * What a file is, from its first bytes, before any parser sees it: an .xlsx is a zip ("PK\x03\x04"); a
 * password-protected .xlsx is an OLE compound file (CFB) holding an "EncryptedPackage" stream; an old .xls is
 * a CFB without one. Parsers fail on these with messages about zips and offsets; this says what to do.
 */

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** an .ods starts with a stored "mimetype" entry naming its type (ODF's packaging rule) */
const ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet";

const OTHER: readonly { readonly magic: string; readonly kind: string }[] = [
  { magic: "%PDF", kind: "PDF" },
  { magic: "{\\rtf", kind: "RTF" },
  { magic: "\u0089PNG", kind: "PNG" },
  { magic: "\u00ff\u00d8\u00ff", kind: "JPEG" },
  { magic: "Rar!", kind: "RAR" },
  { magic: "7z\u00bc\u00af", kind: "7z" },
];

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  if (bytes.length < at + magic.length) return false;
  return magic.every((b, i) => bytes[at + i] === b);
}

function latin1(bytes: Uint8Array, from: number, to: number): string {
  let s = "";
  for (let i = from; i < Math.min(to, bytes.length); i++) s += String.fromCharCode(bytes[i]);
  return s;
}

/** UTF-16LE bytes of `name`, as CFB directory entries spell stream names. */
function utf16(name: string): number[] {
  return [...name].flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8]);
}

function contains(bytes: Uint8Array, needle: readonly number[]): boolean {
  const first = needle[0];
  for (let i = bytes.indexOf(first); i >= 0 && i <= bytes.length - needle.length; i = bytes.indexOf(first, i + 1)) {
    if (startsWith(bytes, needle, i)) return true;
  }
  return false;
}

/** null when the bytes may be an .xlsx (a zip that is not an .ods); else ERR_FILE_FORMAT saying what they are. */
export function sniffFile(bytes: Uint8Array, file: string): Finding | null {
  if (bytes.length === 0) return finding("ERR_FILE_FORMAT", { file, reason: "empty" });
  if (startsWith(bytes, ZIP)) {
    // local header: the name starts at 30, the stored data follows the name and the extra field
    const nameLength = bytes[26] | (bytes[27] << 8);
    const extraLength = bytes[28] | (bytes[29] << 8);
    const name = latin1(bytes, 30, 30 + nameLength);
    const start = 30 + nameLength + extraLength;
    if (name === "mimetype" && latin1(bytes, start, start + ODS_MIME.length) === ODS_MIME) return finding("ERR_FILE_FORMAT", { file, reason: "ods" });
    return null;
  }
  if (startsWith(bytes, CFB)) {
    const encrypted = contains(bytes, utf16("EncryptedPackage"));
    return finding("ERR_FILE_FORMAT", { file, reason: encrypted ? "encrypted" : "xls" });
  }
  const head = latin1(bytes, 0, 8);
  const known = OTHER.find((o) => head.startsWith(o.magic));
  return finding("ERR_FILE_FORMAT", { file, reason: "other", kind: known?.kind ?? null });
}
