import type { Bloc, Rubric, SourceRef, Stage } from "../domain/types";
import { cellRef } from "./a1";
import { noteColumn, unitLayout } from "./layout";
import type { SheetNames } from "./metaSheet";

/**
 * The sheet and cell of the free-text cell that goes with (unit, item, stage): the evidence cell at the rubric's
 * first stage, the stage's reason cell (lý do) at a later one — what a finding about a missing reason points at.
 * Null when the unit, item or stage is not in the workbook.
 */
export function noteCellRef(rubric: Rubric, bloc: Bloc, sheets: SheetNames, unit: string, item: string, stage: Stage): SourceRef | null {
  const k = bloc.units.findIndex((u) => u.id === unit);
  if (k < 0 || !rubric.stages.includes(stage)) return null;
  const layout = unitLayout(rubric);
  const row = layout.items.find((it) => it.id === item)?.row;
  if (row === undefined) return null;
  return { sheet: sheets.units[k], cell: cellRef(row, noteColumn(layout, stage)) };
}
