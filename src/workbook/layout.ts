import { isGroup, leafCriteria, walkTree } from "../domain/rubricTree";
import { NA, type CriteriaGroup, type Criterion, type RubricNode, type Rubric, type Stage } from "../domain/types";

/**
 * The workbook's layout as data: which sheets, which columns in which order, where every row of a unit
 * sheet and of the summary sits. Both the plan builder and readWorkbook derive positions from here, so a
 * value is always read from where it was written.
 */

/** The very hidden sheet holding the agreed rubric, the bloc and the sheet names (not translated: it is read back). */
export const META_SHEET = "_thidua";
export const FORMAT_ID = "thidua-workbook";
/**
 * 2: a unit sheet's one note column became an evidence column and a reason column per later stage. A format-1
 * workbook is read only to carry its inputs into the new layout (regenerate, `generate --force`).
 */
export const FORMAT_VERSION = 2;

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
 * "reason:bloc", …) for each later stage. Hidden helper columns come last: "helper", and for a rubric with a
 * `rescale` criterion the applicable maximum of each row at each stage ("applicable:self", …) and at the final
 * stage ("applicable:final").
 */
export function unitColumnKeys(stages: readonly Stage[], rescale = false, measured = false): string[] {
  return [
    "id",
    "name",
    "max",
    "weight",
    // a rubric with measured criteria: the unit's target (chỉ tiêu giao) before the stages, the achievement after
    ...(measured ? ["target"] : []),
    ...stages.map((s) => `stage:${s}`),
    "final",
    ...(measured ? ["percent"] : []),
    "points",
    "evidence",
    ...stages.slice(1).map((s) => `reason:${s}`),
    "helper",
    ...(rescale ? [...stages.map((s) => `applicable:${s}`), "applicable:final"] : []),
  ];
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
  target: 11,
  percent: 9,
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

/** One row of the criteria tree on a unit sheet: a section, a group or a criterion, in rubric (pre-)order. */
export interface NodeRow {
  readonly row: number;
  readonly node: RubricNode;
  readonly group: boolean;
  /** 0 for a section, 1 for its children, … */
  readonly depth: number;
  /** the number officials read: I, II (sections), 1, 2, then 1.1, then a, b */
  readonly label: string;
  readonly section: number;
  /** rows of the direct children (groups) */
  readonly children: readonly number[];
  /** a `rescale` criterion, or a group with one below it: its applicable maximum depends on the unit's values */
  readonly variable: boolean;
}

export interface UnitLayout {
  readonly keys: readonly string[];
  /** columns 0..visibleColumns-1 are shown and printed; the helper columns after them are hidden */
  readonly visibleColumns: number;
  readonly col: ColumnMap;
  readonly stages: readonly Stage[];
  /** each section's row and the rows below it first..last (its groups and criteria) */
  readonly sections: readonly { readonly row: number; readonly first: number; readonly last: number }[];
  /** every section, group and criterion row, rubric pre-order */
  readonly nodes: readonly NodeRow[];
  /** the rubric has a `rescale` criterion: applicable columns and the rescaled criteria total exist */
  readonly rescale: boolean;
  /** the rubric has measured criteria: the target and percent columns exist */
  readonly measured: boolean;
  /** every criterion, bonus and deduction row, rubric order */
  readonly items: readonly ItemRow[];
  readonly bonus: EventBlock | null;
  readonly deductions: EventBlock | null;
  readonly totals: {
    readonly criteria: number;
    /** the criteria total brought back to the full scale (rubrics with a `rescale` criterion), else null */
    readonly scaled: number | null;
    readonly bonus: number;
    readonly deductions: number;
    readonly total: number;
    readonly status: number;
    readonly veto: number;
  };
  /** the signature block under the totals: who signs, and the hint below */
  readonly signature: { readonly row: number; readonly hintRow: number };
  readonly lastRow: number;
}

const ROMAN: readonly [number, string][] = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

function roman(n: number): string {
  let out = "";
  for (const [v, s] of ROMAN) for (; n >= v; n -= v) out += s;
  return out;
}

function letters(n: number): string {
  let out = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(97 + ((k - 1) % 26)) + out;
  return out;
}

/**
 * The numbering of Vietnamese scoring tables: sections I, II; their children 1, 2; then 1.1, 1.2; then a, b; deeper
 * levels add ".1" to their parent's number (a.1). `n` is the 1-based place among siblings.
 */
export function nodeLabel(depth: number, n: number, parentLabel: string): string {
  if (depth === 0) return roman(n);
  if (depth === 1) return String(n);
  if (depth === 3) return letters(n);
  return `${parentLabel}.${n}`;
}

/** A criterion that may be marked not applicable (KAD) in its stage cells. */
export function acceptsNotApplicable(c: Criterion): boolean {
  return c.notApplicable !== undefined;
}

/** The rubric has a criterion scored from a measured result: the unit sheet carries targets and achievements. */
export function hasMeasured(rubric: Rubric): boolean {
  return leafCriteria(rubric).some((c) => c.measure !== undefined);
}

/** The rubric has a criterion counted with `rescale`: the unit sheet carries applicable maxima and a rescaled total. */
export function hasRescale(rubric: Rubric): boolean {
  return leafCriteria(rubric).some((c) => c.notApplicable === "rescale");
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
  const rescale = hasRescale(rubric);
  const measured = hasMeasured(rubric);
  const keys = unitColumnKeys(rubric.stages, rescale, measured);
  let row = FIRST_BODY_ROW;
  const items: ItemRow[] = [];
  // the walk is pre-order: each node gets the next row, a group's children follow it
  const entries = walkTree(rubric);
  const rowOf = new Map<RubricNode, number>();
  const labelOf = new Map<RubricNode, string>();
  const mutable: { row: number; node: RubricNode; group: boolean; depth: number; label: string; section: number; children: number[]; variable: boolean }[] = [];
  for (const e of entries) {
    const parent = e.parents[e.parents.length - 1];
    const siblings = parent ? parent.criteria : rubric.sections;
    const label = nodeLabel(e.depth, siblings.indexOf(e.node) + 1, parent ? labelOf.get(parent)! : "");
    labelOf.set(e.node, label);
    const r = row++;
    rowOf.set(e.node, r);
    const group = isGroup(e.node);
    const variable = group ? leafCriteria(e.node as CriteriaGroup).some((c) => c.notApplicable === "rescale") : (e.node as Criterion).notApplicable === "rescale";
    mutable.push({ row: r, node: e.node, group, depth: e.depth, label, section: e.section, children: [], variable });
    if (!group) items.push({ row: r, id: e.node.id, kind: "criterion", section: e.section });
  }
  const byRow = new Map(mutable.map((n) => [n.row, n]));
  for (const e of entries) {
    const parent = e.parents[e.parents.length - 1];
    if (parent) byRow.get(rowOf.get(parent)!)!.children.push(rowOf.get(e.node)!);
  }
  const sectionRows = mutable.filter((n) => n.depth === 0);
  const sections = sectionRows.map((n, i) => ({ row: n.row, first: n.row + 1, last: (sectionRows[i + 1]?.row ?? row) - 1 }));
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
  const criteria = row++;
  const scaled = rescale ? row++ : null;
  const totals = { criteria, scaled, bonus: row, deductions: row + 1, total: row + 2, status: row + 3, veto: row + 4 };
  const signature = { row: totals.veto + 2, hintRow: totals.veto + 3 };
  return {
    keys,
    visibleColumns: keys.indexOf("helper"),
    col: columnMap(keys),
    stages: rubric.stages,
    sections,
    nodes: mutable,
    rescale,
    measured,
    items,
    bonus,
    deductions,
    totals,
    signature,
    lastRow: signature.hintRow,
  };
}

/** Runs of consecutive criterion rows, as [first, last] pairs (a group row ends a run). */
export function criterionRuns(layout: UnitLayout): [number, number][] {
  const runs: [number, number][] = [];
  for (const n of layout.nodes) {
    if (n.group) continue;
    const last = runs[runs.length - 1];
    if (last && last[1] === n.row - 1) last[1] = n.row;
    else runs.push([n.row, n.row]);
  }
  return runs;
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

/** The target cell (chỉ tiêu giao) of a measured criterion, or null when the rubric has none or the item is unknown. */
export function targetCell(layout: UnitLayout, item: string): { readonly row: number; readonly col: number } | null {
  const row = layout.items.find((it) => it.id === item)?.row;
  return row === undefined || !layout.measured ? null : { row, col: layout.col.target };
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
    // a rubric with `rescale` criteria shows the sum and the rescaled criteria total, so printed numbers add up
    ...(hasRescale(rubric) ? ["criteria", "scaled"] : []),
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

/** Sections whose applicable maximum depends on the unit's values (a `rescale` criterion below them). */
export function variableSections(rubric: Rubric): string[] {
  return rubric.sections.filter((s) => leafCriteria(s).some((c) => c.notApplicable === "rescale")).map((s) => s.id);
}

/**
 * Hidden per-unit columns a rubric needs beyond the fixed helpers: the capped points of each nested group a
 * tie-break key names ("group:ID"), and the applicable maximum of each section with a `rescale` criterion when
 * a classification level has a section floor ("applicable:ID").
 */
export function summaryRubricHelpers(rubric: Rubric): string[] {
  const top = new Set(rubric.sections.map((s) => s.id));
  const nested = rubric.tieBreak.filter((k) => k.startsWith("section:") && !top.has(k.slice("section:".length))).map((k) => `group:${k.slice("section:".length)}`);
  const floors = rubric.classification.some((l) => l.minSectionRatio > 0);
  return [...nested, ...(floors ? variableSections(rubric).map((id) => `applicable:${id}`) : [])];
}

export function summaryWalkKeys(rubric: Rubric): string[] {
  if (rubric.awards.length === 0) return [];
  return ["pos", "active", "unitRow", "stop", ...rubric.awards.map((a) => `taken:${a.id}`), "got"];
}

export const SUMMARY_COLUMN_WIDTHS: Readonly<Record<string, number>> = {
  index: 5,
  id: 7,
  unit: 32,
  section: 9,
  criteria: 10,
  scaled: 10,
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
  const keys = [...visible, ...SUMMARY_UNIT_HELPERS, ...summaryRubricHelpers(rubric), ...summaryWalkKeys(rubric)];
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
