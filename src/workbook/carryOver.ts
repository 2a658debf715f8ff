import { leafCriteria } from "../domain/rubricTree";
import { TARGET_STAGE } from "../domain/scoreBook";
import type { Bloc, Rubric } from "../domain/types";
import type { RawValue } from "../domain/values";
import { noteColumn, summaryLayout, unitLayout } from "./layout";
import type { SheetNames } from "./metaSheet";
import type { WorkbookContents } from "./readWorkbook";
import type { CellScalar } from "./plan";
import type { CellWrite } from "./snapshot";

/** A value that a regenerated workbook has no place for: its unit, item or stage is gone. */
export interface LostValue {
  readonly unit: string;
  readonly item: string | null;
  readonly stage: string | null;
  readonly value: CellScalar;
  readonly reason: "unit" | "item" | "stage";
  readonly sheet?: string;
  readonly cell?: string;
}

function scalar(v: RawValue): CellScalar {
  return v === undefined ? null : v;
}

/**
 * Where every input of the old workbook goes in the new layout: scores, counts and notes by (unit id, item id,
 * stage), votes by unit id. Values are carried exactly as typed — a wrong value stays wrong and visible, it is
 * never dropped or "fixed" on the way. What has no place any more is listed, for the user to confirm.
 */
export function carryOver(old: WorkbookContents, rubric: Rubric, bloc: Bloc, sheets: SheetNames): { writes: CellWrite[]; lost: LostValue[] } {
  const layout = unitLayout(rubric);
  const rowOf = new Map(layout.items.map((it) => [it.id, it.row]));
  const sheetOf = new Map(bloc.units.map((u, i) => [u.id, sheets.units[i]]));
  const writes: CellWrite[] = [];
  const lost: LostValue[] = [];
  const measured = new Set(leafCriteria(rubric).filter((c) => c.measure !== undefined).map((c) => c.id));
  for (const r of old.rows) {
    const sheet = sheetOf.get(r.unit);
    const row = rowOf.get(r.item);
    // a measured criterion's target goes to the target column, while the criterion is still measured
    const target = r.stage === TARGET_STAGE;
    const placed = target ? measured.has(r.item) : rubric.stages.includes(r.stage as Rubric["stages"][number]);
    const reason = sheet === undefined ? "unit" : row === undefined ? "item" : !placed ? "stage" : null;
    if (reason !== null || sheet === undefined || row === undefined) {
      lost.push({ unit: r.unit, item: r.item, stage: r.stage, value: scalar(r.raw), reason: reason ?? "item", sheet: r.source?.sheet, cell: r.source?.cell });
      continue;
    }
    writes.push({ sheet, row, col: target ? layout.col.target : layout.col[`stage:${r.stage}`], value: scalar(r.raw) });
  }
  // evidence and reasons travel on their own: one may be typed beside a stage cell that is still empty
  for (const n of old.notes) {
    const sheet = sheetOf.get(n.unit);
    const row = rowOf.get(n.item);
    const stage = n.stage as Rubric["stages"][number];
    const reason = sheet === undefined ? "unit" : row === undefined ? "item" : !rubric.stages.includes(stage) ? "stage" : null;
    if (reason !== null || sheet === undefined || row === undefined) {
      lost.push({ unit: n.unit, item: n.item, stage: n.stage, value: n.text, reason: reason ?? "item", sheet: n.source.sheet, cell: n.source.cell });
      continue;
    }
    writes.push({ sheet, row, col: noteColumn(layout, stage), value: n.text });
  }
  const summary = summaryLayout(rubric, bloc.units.length);
  const indexOf = new Map(bloc.units.map((u, i) => [u.id, i]));
  for (const [unit, vote] of old.votes) {
    const i = indexOf.get(unit);
    if (i === undefined) lost.push({ unit, item: null, stage: null, value: vote, reason: "unit" });
    else writes.push({ sheet: sheets.summary, row: summary.firstUnitRow + i, col: summary.col.vote, value: vote });
  }
  return { writes, lost };
}
