import type { SheetSnapshot } from "../snapshot";
import { cellRef } from "../a1";
import { fromLegacy, sheetEncoding, type LegacyEncoding } from "./legacyText";

export type GridCell = string | number | null;

/** A sheet's cells as the table readers use them: texts in Unicode (old encodings converted), numbers as numbers. */
export interface Grid {
  readonly sheet: string;
  readonly rows: readonly (readonly GridCell[])[];
  /** the old encoding the sheet's texts were converted from, with how many cells and the first one */
  readonly legacy: { readonly encoding: LegacyEncoding; readonly cells: number; readonly first: string } | null;
}

/** Words compared as an official types them: case, spacing, line breaks and a trailing colon or dot don't matter. */
export function norm(text: string): string {
  return text.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim().replace(/[\s:.*]+$/, "");
}

export function textOf(cell: GridCell | undefined): string {
  if (cell === null || cell === undefined) return "";
  return typeof cell === "number" ? String(cell) : cell.trim();
}

export function gridOf(sheet: SheetSnapshot): Grid {
  const texts: string[] = [];
  for (const row of sheet.values) for (const v of row) if (typeof v === "string") texts.push(v);
  const encoding = sheetEncoding(texts);
  let cells = 0;
  let first = "";
  const rows = sheet.values.map((row, r) =>
    row.map((v, c): GridCell => {
      if (v === null || typeof v === "number") return v;
      if (typeof v === "boolean") return String(v);
      if (typeof v === "object") return v.error;
      if (encoding === null) return v;
      const converted = fromLegacy(v, encoding);
      if (converted.encoding !== null) {
        if (cells++ === 0) first = cellRef(r, c);
        return converted.text;
      }
      return v;
    }),
  );
  return { sheet: sheet.name, rows, legacy: encoding && cells > 0 ? { encoding, cells, first } : null };
}

/** "2,5" / " 2.5 " / "10 điểm" / 2.5 → the number; empty → null; anything else → NaN (the caller says which cell). */
export function numberOf(cell: GridCell | undefined): number | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "number") return cell;
  // a maximum written with its unit, as tables often do ("10 điểm", "2,5đ")
  const t = cell.replace(/\u00a0/g, "").trim().replace(/\s*(điểm|đ)$/iu, "");
  if (t === "") return null;
  if (!/^[+-]?(\d+([.,]\d+)?|[.,]\d+)$/.test(t)) return Number.NaN;
  return Number(t.replace(",", "."));
}
