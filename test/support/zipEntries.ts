// Reads a .zip's central directory without unpacking it: each entry's name as stored, and whether the entry says
// its name is UTF-8 (general-purpose flag bit 11). Windows' Explorer reads a name without that flag in the
// computer's old code page, so "Huế" shows as mojibake; a test of a download that unit officials open must look.
const CENTRAL = 0x02014b50;
const END = 0x06054b50;

export interface ZipEntryName {
  /** the stored name decoded as UTF-8 */
  readonly name: string;
  /** general-purpose bit 11: the name is UTF-8 */
  readonly utf8: boolean;
}

/** @throws when the bytes hold no end-of-central-directory record */
export function zipEntryNames(bytes: Uint8Array): ZipEntryName[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  // the record is 22 bytes plus a comment of at most 65535
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === END) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error("not a zip file: no end of central directory");
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const out: ZipEntryName[] = [];
  const decoder = new TextDecoder("utf-8", { fatal: true });
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== CENTRAL) throw new Error(`zip central directory entry ${i} is damaged`);
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    out.push({ name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)), utf8: (flags & 0x0800) !== 0 });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return out;
}
