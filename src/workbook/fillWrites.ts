import type { TargetEntry } from "../domain/scoreBook";
import type { ScoreEntry } from "../domain/types";
import type { Bloc, Rubric } from "../domain/types";
import { entryCellValue, noteColumn, unitLayout } from "./layout";
import type { SheetNames } from "./metaSheet";
import type { CellWrite } from "./snapshot";

/**
 * The cell writes that put accepted entries into a workbook: each value into its (unit, item, stage) cell, and
 * each entry's note beside it: into the evidence cell at the rubric's first stage, into the stage's reason cell
 * at a later one (the CSV's `note` column means the same).
 * Entries must come from a score book built on the same rubric and bloc, so every position exists.
 */
export function fillWrites(
  rubric: Rubric,
  bloc: Bloc,
  sheets: Pick<SheetNames, "units">,
  entries: readonly ScoreEntry[],
  targets: readonly TargetEntry[] = [],
): CellWrite[] {
  const layout = unitLayout(rubric);
  const rowOf = new Map(layout.items.map((it) => [it.id, it.row]));
  const sheetOf = new Map(bloc.units.map((u, i) => [u.id, sheets.units[i]]));
  const writes: CellWrite[] = [];
  for (const e of entries) {
    const sheet = sheetOf.get(e.unit);
    const row = rowOf.get(e.item);
    if (sheet === undefined || row === undefined) throw new Error(`entry outside the layout: ${e.unit}/${e.item}`);
    writes.push({ sheet, row, col: layout.col[`stage:${e.stage}`], value: entryCellValue(e.value) });
    if (e.note) writes.push({ sheet, row, col: noteColumn(layout, e.stage), value: e.note });
  }
  // measured criteria's targets go into the target column (the CSV's stage `target`)
  for (const t of targets) {
    const sheet = sheetOf.get(t.unit);
    const row = rowOf.get(t.item);
    if (sheet === undefined || row === undefined || !layout.measured) throw new Error(`target outside the layout: ${t.unit}/${t.item}`);
    writes.push({ sheet, row, col: layout.col.target, value: t.value });
  }
  return writes;
}
