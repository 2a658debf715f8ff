/** A1 references from 0-based rows and columns. */

export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function cellRef(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** $A$1 */
export function absRef(row: number, col: number): string {
  return `$${columnLetters(col)}$${row + 1}`;
}

export function rangeRef(top: number, left: number, bottom: number, right: number): string {
  const a = cellRef(top, left);
  const b = cellRef(bottom, right);
  return a === b ? a : `${a}:${b}`;
}

/** $A$1:$A$9 */
export function absRange(top: number, left: number, bottom: number, right: number): string {
  return `${absRef(top, left)}:${absRef(bottom, right)}`;
}

/** A1 → {row, col}; null when the text is not a single cell reference. */
export function parseCellRef(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** "E6:G11" → its corners; a single cell is a 1×1 range. */
export function parseRange(ref: string): { top: number; left: number; bottom: number; right: number } | null {
  const [a, b = a] = ref.split(":");
  const p = parseCellRef(a);
  const q = parseCellRef(b);
  if (!p || !q) return null;
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

/** A sheet name as formulas spell it: always quoted, quotes doubled ('Tổng hợp'!A1). */
export function sheetPrefix(name: string): string {
  return `'${name.replace(/'/g, "''")}'!`;
}

/** A text constant inside a formula: "say ""hi""". */
export function formulaText(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** A number inside a formula, in the shortest exact decimal form (no exponent for ordinary magnitudes). */
export function formulaNumber(n: number): string {
  const s = String(n);
  if (!/e/i.test(s)) return s;
  return n.toFixed(12).replace(/0+$/, "").replace(/\.$/, "");
}
