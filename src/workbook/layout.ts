import { leafCriteria } from "../domain/rubricTree";
import { NA, type Rubric, type Stage } from "../domain/types";

/**
 * The workbook's layout as data: which sheets, which columns in which order, where every row of a unit
 * sheet and of the summary sits. Both the plan builder and readWorkbook derive positions from here, so a
 * value is always read from where it was written.
 */

/** The very hidden sheet holding the agreed rubric, the bloc and the sheet names (not translated: it is read back). */
export const META_SHEET = "_thidua";
export const FORMAT_ID = "thidua-workbook";
export const FORMAT_VERSION = 1;

/** What a stage cell holds for a criterion marked not applicable (không áp dụng); read back in any case. */
export const NOT_APPLICABLE_CELL = "KAD";

/** An accepted entry's value as its stage cell holds it. */
export function entryCellValue(value: number | typeof NA): number | string {
  return value === NA ? NOT_APPLICABLE_CELL : value;
}

/** Rows above every sheet's table: title, subtitle, a hint line, then ONE header row. */
export const TITLE_ROW = 0;
export const SUBTITLE_ROW = 1;
export const HINT_ROW = 2;
export const HEADER_ROW = 3;
export const FIRST_BODY_ROW = 4;

export type ColumnMap = Readonly<Record<string, number>>;

export function columnMap(keys: readonly string[]): ColumnMap {
  return Object.fromEntries(keys.map((k, i) => [k, i]));
}

// ---------------------------------------------------------------------------------------------- unit sheets

/**
 * Unit sheet columns: fixed keys around one input column per rubric stage ("stage:self", …), then the free-text
 * columns: the unit's evidence (minh chứng, with the rubric's first stage) and one reason column (lý do,
 * "reason:bloc", …) for each later stage. The hidden helper column comes last.
 */
export function unitColumnKeys(stages: readonly Stage[]): string[] {
  return ["id", "name", "max", "weight", ...stages.map((s) => `stage:${s}`), "final", "points", "evidence", ...stages.slice(1).map((s) => `reason:${s}`), "helper"];
}

export const UNIT_COLUMN_WIDTHS: Readonly<Record<string, number>> = {
  id: 7,
  name: 58,
  max: 10,
  weight: 8,
  stage: 11,
  final: 11,
  points: 11,
  evidence: 30,
  reason: 24,
  helper: 6,
};

export type ItemKind = "criterion" | "bonus" | "deduction";

export interface ItemRow {
  readonly row: number;
  readonly id: string;
  readonly kind: ItemKind;
  /** section index, for criteria */
  readonly section?: number;
}

export interface EventBlock {
  readonly titleRow: number;
  readonly headerRow: number;
  readonly first: number;
  readonly last: number;
}

export interface UnitLayout {
  readonly keys: readonly string[];
  /** columns 0..visibleColumns-1 are shown and printed; the helper columns after them are hidden */
  readonly visibleColumns: number;
  readonly col: ColumnMap;
  readonly stages: readonly Stage[];
  /** each section's row and its criteria rows first..last */
  readonly sections: readonly { readonly row: number; readonly first: number; readonly last: number }[];
  /** every criterion, bonus and deduction row, rubric order */
  readonly items: readonly ItemRow[];
  readonly bonus: EventBlock | null;
  readonly deductions: EventBlock | null;
  readonly totals: {
    readonly criteria: number;
    readonly bonus: number;
    readonly deductions: number;
    readonly total: number;
    readonly status: number;
    readonly veto: number;
  };
  readonly lastRow: number;
}

const unitLayouts = new WeakMap<Rubric, UnitLayout>();

/** Every unit sheet has the same layout: it depends on the rubric only (computed once per rubric object). */
export function unitLayout(rubric: Rubric): UnitLayout {
  const cached = unitLayouts.get(rubric);
  if (cached) return cached;
  const layout = buildUnitLayout(rubric);
  unitLayouts.set(rubric, layout);
  return layout;
}

function buildUnitLayout(rubric: Rubric): UnitLayout {
  const keys = unitColumnKeys(rubric.stages);
  let row = FIRST_BODY_ROW;
  const items: ItemRow[] = [];
  const sections = rubric.sections.map((s, si) => {
    const sectionRow = row++;
    const first = row;
    for (const c of leafCriteria(s)) items.push({ row: row++, id: c.id, kind: "criterion", section: si });
    return { row: sectionRow, first, last: row - 1 };
  });
  const block = (ids: readonly string[], kind: ItemKind): EventBlock | null => {
    if (ids.length === 0) return null;
    const titleRow = row++;
    const headerRow = row++;
    const first = row;
    for (const id of ids) items.push({ row: row++, id, kind });
    return { titleRow, headerRow, first, last: row - 1 };
  };
  const bonus = block(rubric.bonus.items.map((b) => b.id), "bonus");
  const deductions = block(rubric.deductions.items.map((d) => d.id), "deduction");
  row++; // a blank row before the totals
  const totals = { criteria: row, bonus: row + 1, deductions: row + 2, total: row + 3, status: row + 4, veto: row + 5 };
  return { keys, visibleColumns: keys.indexOf("helper"), col: columnMap(keys), stages: rubric.stages, sections, items, bonus, deductions, totals, lastRow: totals.veto };
}

// ---------------------------------------------------------------------------------------------- notes

/** What a free-text cell of an item row holds: the unit's evidence (first stage) or a later stage's reason. */
export type NoteKind = "evidence" | "reason";

/**
 * The column of the free-text cell that goes with a stage's value: the evidence column (minh chứng) for the
 * rubric's first stage (normally self), the stage's own reason column (lý do) for every later stage. The CSV's
 * `note` column means the same: evidence at the first stage, the reason at later ones.
 */
export function noteColumn(layout: UnitLayout, stage: Stage): number {
  return stage === layout.stages[0] ? layout.col.evidence : layout.col[`reason:${stage}`];
}

export function noteKind(layout: UnitLayout, stage: Stage): NoteKind {
  return stage === layout.stages[0] ? "evidence" : "reason";
}

/**
 * The reason cell (row, col; 0-based) of an item at a stage, on any unit's sheet (every unit sheet has the same
 * layout): where a stage's "why did the score change" is typed. Null for the first stage (it has evidence,
 * not a reason), a stage outside the rubric, or an unknown item. `noteCellRef` (noteCells.ts) adds the sheet.
 */
export function reasonCell(layout: UnitLayout, item: string, stage: Stage): { readonly row: number; readonly col: number } | null {
  if (stage === layout.stages[0] || !layout.stages.includes(stage)) return null;
  const row = layout.items.find((it) => it.id === item)?.row;
  return row === undefined ? null : { row, col: layout.col[`reason:${stage}`] };
}

/** The evidence cell of an item (the unit's minh chứng), or null for an unknown item. */
export function evidenceCell(layout: UnitLayout, item: string): { readonly row: number; readonly col: number } | null {
  const row = layout.items.find((it) => it.id === item)?.row;
  return row === undefined ? null : { row, col: layout.col.evidence };
}

// ---------------------------------------------------------------------------------------------- summary sheet

/** Visible columns of "Tổng hợp", in reading order; sections are "section:ID". */
export function summaryVisibleKeys(rubric: Rubric): string[] {
  return [
    "index",
    "id",
    "unit",
    ...rubric.sections.map((s) => `section:${s.id}`),
    "bonus",
    "deductions",
    "total",
    "rank",
    "place",
    "classification",
    "award",
    "vote",
    "note",
  ];
}

/**
 * Hidden helper columns: per unit (rows in bloc order) the flags and keys the ranking reads; then the award
 * walk, one row per walk position, each row reading only the rows above it.
 */
export const SUMMARY_UNIT_HELPERS = [
  "complete",
  "vetoed",
  "chainRank",
  "groupSize",
  "voted",
  "rankNum",
  "tieCount",
  "level",
  "walker",
  "walkPos",
  "walkTied",
  "awardIndex",
] as const;

export function summaryWalkKeys(rubric: Rubric): string[] {
  if (rubric.awards.length === 0) return [];
  return ["pos", "active", "unitRow", "stop", ...rubric.awards.map((a) => `taken:${a.id}`), "got"];
}

export const SUMMARY_COLUMN_WIDTHS: Readonly<Record<string, number>> = {
  index: 5,
  id: 7,
  unit: 32,
  section: 9,
  bonus: 10,
  deductions: 10,
  total: 10,
  rank: 9,
  place: 7,
  classification: 26,
  award: 30,
  vote: 10,
  note: 28,
  helper: 8,
};

export interface SummaryLayout {
  readonly keys: readonly string[];
  readonly visible: number;
  readonly col: ColumnMap;
  readonly firstUnitRow: number;
  readonly lastUnitRow: number;
  /** award walk positions 1..positions sit on rows firstUnitRow.. */
  readonly positions: number;
  readonly allPlaces: number;
}

export function summaryLayout(rubric: Rubric, unitCount: number): SummaryLayout {
  const visible = summaryVisibleKeys(rubric);
  const keys = [...visible, ...SUMMARY_UNIT_HELPERS, ...summaryWalkKeys(rubric)];
  const allPlaces = rubric.awards.reduce((n, a) => n + a.places, 0);
  return {
    keys,
    visible: visible.length,
    col: columnMap(keys),
    firstUnitRow: FIRST_BODY_ROW,
    lastUnitRow: FIRST_BODY_ROW + unitCount - 1,
    positions: Math.min(unitCount, allPlaces),
    allPlaces,
  };
}

/** Width of a column from its key: "stage:self" and "section:I" share their family's width. */
export function widthOf(widths: Readonly<Record<string, number>>, key: string): number {
  return widths[key] ?? widths[key.split(":")[0]] ?? widths.helper ?? 8;
}
