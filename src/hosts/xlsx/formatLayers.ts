import { parseRange } from "../../workbook/a1";
import type { PlanSheet } from "../../workbook/plan";
import type { Look } from "./stylesXml";

/**
 * A sheet's format list merged into one look per cell, later entries overriding earlier ones. A look is three
 * small numbers per cell (style, number format, lock), so a 100 000-cell sheet creates no object per cell.
 */
export interface FormatLayers {
  /** a number naming the cell's look (equal looks, equal numbers), 0 when the plan gives the cell none */
  comboAt(key: number): number;
  /** the look behind a combo number */
  look(key: number): Look;
}

export function formatLayers(sheet: PlanSheet, width: number, height: number): FormatLayers {
  const n = width * height;
  const styleIds = new Uint8Array(n);
  const formatIds = new Uint8Array(n);
  const locks = new Uint8Array(n); // 0 unset, 1 locked, 2 unlocked
  const styleNames: (Look["style"] | undefined)[] = [undefined];
  const numberFormats: (string | undefined)[] = [undefined];
  const idOf = <T>(list: T[], v: T) => {
    const i = list.indexOf(v);
    return i >= 0 ? i : list.push(v) - 1;
  };
  for (const f of sheet.formats) {
    const r = parseRange(f.range);
    if (!r) throw new Error(`bad range in plan: ${f.range}`);
    const st = f.style === undefined ? 0 : idOf(styleNames, f.style);
    const nf = f.numberFormat === undefined ? 0 : idOf(numberFormats, f.numberFormat);
    const lk = f.locked === undefined ? 0 : f.locked ? 1 : 2;
    for (let row = r.top; row <= Math.min(r.bottom, height - 1); row++) {
      for (let col = r.left; col <= Math.min(r.right, width - 1); col++) {
        const key = row * width + col;
        if (st) styleIds[key] = st;
        if (nf) formatIds[key] = nf;
        if (lk) locks[key] = lk;
      }
    }
  }
  return {
    comboAt: (key) => styleIds[key] * 65536 + formatIds[key] * 256 + locks[key],
    look: (key) => ({ style: styleNames[styleIds[key]], numberFormat: numberFormats[formatIds[key]], locked: locks[key] === 0 ? undefined : locks[key] === 1 }),
  };
}
