import { finding, type Finding } from "../../domain/findings";
import { cellRef } from "../a1";
import { normalizeFormula } from "../normalizeFormula";
import type { PlanSheet } from "../plan";
import { cellAt, type CellValue, type SheetSnapshot } from "../snapshot";

function scalar(v: CellValue): string | number | boolean | null {
  return v !== null && typeof v === "object" ? v.error : v;
}

/**
 * ERR_FORMULA_CHANGED for every cell where generation put a formula and the file now holds a typed value, nothing,
 * or a different formula. Formulas are compared normalised (what Excel and LibreOffice rewrite on save), so a
 * re-saved copy is not flagged; a value in a formula's place always is, whatever it is.
 * `unitOf` names the unit a row belongs to (the sheet's unit, or the summary's row), for grouping.
 */
/** Unit sheets repeat the same formulas: each distinct text is normalised once per validation. */
export function formulaNormalizer(): (f: string) => string {
  const seen = new Map<string, string>();
  return (f) => {
    let n = seen.get(f);
    if (n === undefined) seen.set(f, (n = normalizeFormula(f)));
    return n;
  };
}

export function checkFormulas(
  expected: PlanSheet,
  found: SheetSnapshot,
  unitOf: (row: number) => string | undefined,
  skipRow: (row: number) => boolean = () => false,
  normalize: (f: string) => string = normalizeFormula,
): Finding[] {
  const out: Finding[] = [];
  expected.formulas.forEach((cells, row) => {
    if (skipRow(row)) return;
    cells.forEach((formula, col) => {
      if (formula === null) return;
      const actual = found.formulas[row]?.[col] ?? null;
      const where = { unit: unitOf(row), source: { sheet: found.name, cell: cellRef(row, col) } };
      if (actual === null) {
        const value = scalar(cellAt(found, row, col));
        const empty = value === null || value === "";
        out.push(finding("ERR_FORMULA_CHANGED", { kind: empty ? "empty" : "value", expected: formula, found: empty ? null : value }, where));
      } else if (actual !== formula && normalize(actual) !== normalize(formula)) {
        out.push(finding("ERR_FORMULA_CHANGED", { kind: "edited", expected: formula, found: actual }, where));
      }
    });
  });
  return out;
}
