import type { CellStyle } from "../../workbook/plan";
import { ACTION_BYTES, PATH_BYTES } from "./run";

const H = { left: "Left", center: "Center", right: "Right" } as const;
const V = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"] as const;

/** Queues one look on a range (no sync): font, fill, alignment, wrap and thin borders. */
export function queueStyle(range: { readonly format: Excel.RangeFormat }, s: CellStyle): void {
  const f = range.format;
  if (s.bold !== undefined) f.font.bold = s.bold;
  if (s.italic !== undefined) f.font.italic = s.italic;
  if (s.size !== undefined) f.font.size = s.size;
  if (s.color) f.font.color = `#${s.color}`;
  if (s.fill) f.fill.color = `#${s.fill}`;
  if (s.horizontal) f.horizontalAlignment = H[s.horizontal];
  if (s.vertical) f.verticalAlignment = V[s.vertical];
  if (s.wrap !== undefined) f.wrapText = s.wrap;
  if (s.border) for (const edge of EDGES) f.borders.getItem(edge).style = "Continuous";
}

/** Plan widths count characters (as .xlsx stores them); Office.js wants points (a character ≈ 7 px, 0.75 pt per px). */
export function widthInPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** What queueStyle sends: the range's format, font, fill and border objects and one action per property. */
export function styleBytes(s: CellStyle): number {
  const fontProps = [s.bold, s.italic, s.size, s.color].filter((p) => p !== undefined).length;
  const formatProps = [s.horizontal, s.vertical, s.wrap].filter((p) => p !== undefined).length;
  const paths = 1 + (fontProps > 0 ? 1 : 0) + (s.fill ? 1 : 0) + (s.border ? 1 + EDGES.length : 0);
  const actions = fontProps + formatProps + (s.fill ? 1 : 0) + (s.border ? EDGES.length : 0);
  return paths * PATH_BYTES + actions * ACTION_BYTES + 40 * actions;
}
