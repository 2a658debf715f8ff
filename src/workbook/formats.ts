import { decimalsOf } from "../domain/fixed";
import type { Rubric } from "../domain/types";
import type { CellStyle, Highlight, StyleName } from "./plan";

/** Vietnamese administrative documents are set in Times New Roman. */
export const BASE_FONT = { name: "Times New Roman", size: 12 } as const;

/** The looks of a generated workbook; hosts translate them. Input cells are the yellow ones. */
export const STYLES: Readonly<Record<StyleName, CellStyle>> = {
  title: { bold: true, size: 14, horizontal: "center", vertical: "middle" },
  subtitle: { bold: true, size: 12, horizontal: "center", vertical: "middle" },
  hint: { italic: true, size: 10, color: "555555", wrap: true, vertical: "top" },
  header: { bold: true, fill: "D9E1F2", horizontal: "center", vertical: "middle", wrap: true, border: true },
  section: { bold: true, fill: "EDEDED", vertical: "top", wrap: true, border: true },
  text: { vertical: "top", wrap: true, border: true },
  number: { vertical: "top", horizontal: "center", border: true },
  input: { fill: "FFF2CC", vertical: "top", horizontal: "center", border: true },
  computed: { vertical: "top", horizontal: "center", border: true, fill: "F2F2F2" },
  total: { bold: true, vertical: "top", border: true, fill: "E2EFDA" },
  helper: { size: 9, color: "808080" },
  signHint: { italic: true, horizontal: "center", vertical: "top" },
};

export const HIGHLIGHTS: Readonly<Record<Highlight, CellStyle>> = {
  error: { fill: "FFC7CE", color: "9C0006" },
  missing: { fill: "FFEB9C" },
};

export function numberFormat(decimals: number): string {
  return decimals <= 0 ? "0" : `0.${"0".repeat(decimals)}`;
}

/** Decimals shown for scores and subtotals: enough for the step, at least the rubric's. */
export function scoreDecimals(rubric: Rubric): number {
  return Math.max(rubric.scale.decimals, decimalsOf(rubric.scale.step));
}

export const COUNT_FORMAT = "0";
export const GENERAL_FORMAT = "General";
