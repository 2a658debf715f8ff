/** Bytes of files that are not a usable .xlsx, as users send them. */

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * An OLE compound file's header sector and a directory entry naming `stream` (UTF-16LE), as Office writes them:
 * "EncryptedPackage" for a password-protected .xlsx, "Workbook" for an Excel 97-2003 .xls.
 */
export function cfbWith(stream: string): Uint8Array {
  const bytes = new Uint8Array(1536);
  bytes.set(CFB, 0);
  [...stream].forEach((ch, i) => {
    bytes[1024 + 2 * i] = ch.charCodeAt(0);
    bytes[1024 + 2 * i + 1] = 0;
  });
  return bytes;
}

/** The start of a zip whose first entry is `name` stored with `data` (enough for sniffing, not a whole zip). */
export function zipStarting(name: string, data: string): Uint8Array {
  const body = new TextEncoder().encode(name + data);
  const out = new Uint8Array(30 + body.length);
  out.set([0x50, 0x4b, 0x03, 0x04]);
  out[26] = name.length;
  out.set(body, 30);
  return out;
}
