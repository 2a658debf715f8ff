import type { CellScalar } from "./plan";
import type { CellValue, CellWrite } from "./snapshot";

/**
 * Keyed rows of a hidden data sheet: column A holds the key, the text continues over B, C, … in chunks that fit a
 * cell (32767 characters at most). The very hidden meta sheet is laid out this way, and so is a unit's copy.
 */
export const CHUNK = 30000;

/** Chunks never start with = + - @, which a spreadsheet would take for the start of a formula when typed. */
export function chunkText(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    let end = Math.min(text.length, i + CHUNK);
    while (end < text.length && end > i + 1 && /[=+\-@]/.test(text[end])) end--;
    out.push(text.slice(i, end));
    i = end;
  }
  return out.length > 0 ? out : [""];
}

function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  return typeof v === "object" ? v.error : String(v);
}

/** key → the row's text (cells B… joined); the first row of a key wins. */
export function readKeyedRows(values: readonly (readonly CellValue[])[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const row of values) {
    const key = row[0];
    if (typeof key !== "string" || out.has(key)) continue;
    out.set(key, row.slice(1).map(cellText).join(""));
  }
  return out;
}

/** The cells of one keyed row, from column A. */
export function keyedRow(key: string, text: string): CellScalar[] {
  return [key, ...chunkText(text)];
}

/**
 * Writes that set each row `key` of a sheet to its text: the key's existing row when there is one (cells the new
 * text no longer needs are emptied), else a new row below the used range.
 */
export function keyedRowWrites(sheet: string, values: readonly (readonly CellValue[])[], entries: readonly (readonly [key: string, text: string])[]): CellWrite[] {
  let next = values.length;
  const writes: CellWrite[] = [];
  for (const [key, text] of entries) {
    let row = values.findIndex((r) => r[0] === key);
    if (row < 0) row = next++;
    const cells = keyedRow(key, text);
    const width = Math.max(cells.length, values[row]?.length ?? 0);
    for (let col = 0; col < width; col++) {
      const value = cells[col] ?? null;
      if (value === null && (values[row]?.[col] ?? null) === null) continue;
      writes.push({ sheet, row, col, value });
    }
  }
  return writes;
}
