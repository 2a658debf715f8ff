import type { ScoreEntry } from "../domain/types";
import type { Bloc, Rubric } from "../domain/types";
import { entryCellValue, unitLayout } from "./layout";
import type { SheetNames } from "./metaSheet";
import type { CellWrite } from "./snapshot";

/**
 * The cell writes that put accepted entries into a workbook: each value into its (unit, item, stage) cell, and
 * the entries' notes into the item's note cell (one note per item: notes of several stages are joined).
 * Entries must come from a score book built on the same rubric and bloc, so every position exists.
 */
export function fillWrites(rubric: Rubric, bloc: Bloc, sheets: SheetNames, entries: readonly ScoreEntry[]): CellWrite[] {
  const layout = unitLayout(rubric);
  const rowOf = new Map(layout.items.map((it) => [it.id, it.row]));
  const sheetOf = new Map(bloc.units.map((u, i) => [u.id, sheets.units[i]]));
  const writes: CellWrite[] = [];
  const notes = new Map<string, { sheet: string; row: number; texts: string[] }>();
  for (const e of entries) {
    const sheet = sheetOf.get(e.unit);
    const row = rowOf.get(e.item);
    if (sheet === undefined || row === undefined) throw new Error(`entry outside the layout: ${e.unit}/${e.item}`);
    writes.push({ sheet, row, col: layout.col[`stage:${e.stage}`], value: entryCellValue(e.value) });
    if (e.note) {
      const key = `${sheet}\u0000${row}`;
      const n = notes.get(key) ?? { sheet, row, texts: [] };
      if (!n.texts.includes(e.note)) n.texts.push(e.note);
      notes.set(key, n);
    }
  }
  for (const n of notes.values()) writes.push({ sheet: n.sheet, row: n.row, col: layout.col.note, value: n.texts.join("; ") });
  return writes;
}
