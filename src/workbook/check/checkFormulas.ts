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

/** Where a finding is: made for a finding only, as this looks at every formula of every sheet (19 000 in a 60-unit bloc). */
function whereOf(found: SheetSnapshot, unit: string | undefined, row: number, col: number) {
  return { unit, source: { sheet: found.name, cell: cellRef(row, col) } };
}

// one function for every call: a default written in the parameter list is a new closure per sheet, and each new one
// threw the optimized checkFormulas away ("wrong feedback cell")
const noRowSkipped = (): boolean => false;

export function checkFormulas(
  expected: PlanSheet,
  found: SheetSnapshot,
  unitOf: (row: number) => string | undefined,
  skipRow: (row: number) => boolean = noRowSkipped,
  normalize: (f: string) => string = normalizeFormula,
): Finding[] {
  const out: Finding[] = [];
  const { formulas } = expected;
  for (let row = 0; row < formulas.length; row++) {
    const cells = formulas[row];
    if (cells === undefined || skipRow(row)) continue;
    const actuals = found.formulas[row];
    for (let col = 0; col < cells.length; col++) {
      const formula = cells[col];
      if (formula === null || formula === undefined) continue;
      const actual = actuals?.[col] ?? null;
      if (actual === formula) continue;
      if (actual === null) {
        const value = scalar(cellAt(found, row, col));
        const empty = value === null || value === "";
        out.push(finding("ERR_FORMULA_CHANGED", { kind: empty ? "empty" : "value", expected: formula, found: empty ? null : value }, whereOf(found, unitOf(row), row, col)));
      } else if (normalize(actual) !== normalize(formula)) {
        out.push(finding("ERR_FORMULA_CHANGED", { kind: "edited", expected: formula, found: actual }, whereOf(found, unitOf(row), row, col)));
      }
    }
  }
  return out;
}
