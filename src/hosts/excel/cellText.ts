import type { CellScalar } from "../../workbook/plan";

/**
 * Excel parses a string written through `values` or `formulas` as if it were typed: "=…", "+…", "-…" become
 * formulas ("- Tổ chức" is #NAME?), "01" and "1.1" numbers, "30%" 0.3, "1/2" a date, "TRUE" a boolean, "#N/A"
 * an error. A leading apostrophe keeps the rest as text, and Excel does not count the apostrophe as part of the
 * value, so it reads back without it.
 */
const TYPED = /^(\s*[-+=@'#$€£¥(.,\d]|\s*(true|false)\s*$)/i;

export function needsQuote(s: string): boolean {
  return TYPED.test(s);
}

/** What to send for a constant so Excel stores exactly it. */
export function cellInput(v: CellScalar | undefined): string | number | boolean {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return needsQuote(v) ? `'${v}` : v;
  return v;
}
