import type { WorkbookPlan } from "../../src/workbook/plan";
import type { CellValue, WorkbookSnapshot } from "../../src/workbook/snapshot";

/** A plan as a host would read it back right after applying it (formulas without cached results). */
export function planToSnapshot(plan: WorkbookPlan): { sheets: { name: string; visibility: WorkbookSnapshot["sheets"][number]["visibility"]; protected: boolean; values: CellValue[][]; formulas: (string | null)[][] }[] } {
  return {
    sheets: plan.sheets.map((s) => ({
      name: s.name,
      visibility: s.visibility,
      protected: s.protect,
      values: s.values.map((r) => [...r]),
      formulas: s.formulas.map((r) => [...r]),
    })),
  };
}
