/**
 * A name from bloc.json as the workbook will hold it. Names reach cells, sheet names and formulas, where OOXML
 * spells a character as `_xHHHH_`: a literal "_x0041_" in a name is read back as "A" by Excel, and LibreOffice
 * doesn't decode it inside a formula at all (every rank cell became #NAME?). So, as Excel reads such text, each
 * `_xHHHH_` is decoded (again until none is left: "_x005F_x0041_" → "_x0041_" → "A"); control characters, which
 * no cell, sheet name or file name may hold, become spaces; the name is NFC (an NFD "Hòa Vang" is the same name
 * as the NFC one, so the two are a duplicate), with whitespace collapsed.
 */
export function cleanName(name: string): string {
  let s = name;
  for (let next = decodeEscapes(s); next !== s; next = decodeEscapes(s)) s = next;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, " ").replace(/\s+/g, " ").trim().normalize("NFC");
}

function decodeEscapes(s: string): string {
  return s.replace(/_x([0-9a-fA-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}
