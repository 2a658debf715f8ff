import { finding, type Finding } from "../../domain/findings";
import type { Bloc } from "../../domain/types";
import type { WorkbookLabels } from "../../i18n/workbook";
import { cellRef } from "../a1";
import { SUBTITLE_ROW, type SummaryLayout } from "../layout";
import type { SheetNames } from "../metaSheet";
import { cellAt, type CellValue, type SheetSnapshot } from "../snapshot";

function shownText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  return (typeof v === "object" ? v.error : String(v)).replace(/\s+/g, " ").trim().normalize("NFC");
}

/**
 * ERR_UNIT_NAME where a unit's name, as the official reads it, is not the stored bloc's: the subtitle of its
 * sheet ("Đơn vị: … (U01) — khối") and its row of "Tổng hợp". The formulas follow positions, not names, so two
 * names swapped would put one unit's scores and rank under the other's name on paper while every check of values
 * passed. `present` gives a sheet only when its layout is sound (a broken sheet is reported once, elsewhere).
 */
export function checkUnitNames(bloc: Bloc, sheets: SheetNames, labels: WorkbookLabels, summary: SummaryLayout, present: (name: string) => SheetSnapshot | undefined): Finding[] {
  const out: Finding[] = [];
  const check = (sheet: SheetSnapshot, row: number, col: number, expected: string, unit: string) => {
    const found = shownText(cellAt(sheet, row, col));
    if (found === shownText(expected)) return;
    const cell = cellRef(row, col);
    out.push(finding("ERR_UNIT_NAME", { sheet: sheet.name, cell, expected, found }, { unit, source: { sheet: sheet.name, cell } }));
  };
  bloc.units.forEach((u, k) => {
    const own = present(sheets.units[k]);
    if (own) check(own, SUBTITLE_ROW, 0, labels.unit.subtitle(u.name, u.id, bloc.name), u.id);
  });
  const total = present(sheets.summary);
  if (total) bloc.units.forEach((u, k) => check(total, summary.firstUnitRow + k, summary.col.unit, u.name, u.id));
  return out;
}
