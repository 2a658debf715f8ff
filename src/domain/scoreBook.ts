import { NOT_APPLICABLE } from "./criterionPoints";
import { toMicro } from "./fixed";
import { leafCriteria } from "./rubricTree";
import { finding, type Finding } from "./findings";
import { reasonFindings } from "./stageChanges";
import { NA, STAGES, type Bloc, type Rubric, type ScoreEntry, type SourceRef, type Stage } from "./types";
import { checkTarget, checkValue, itemIndex, type RawValue } from "./values";

/** A value as it arrives from a CSV row or a workbook cell, before any check. */
export interface RawRow {
  readonly unit: string;
  readonly item: string;
  readonly stage: string;
  readonly raw: RawValue;
  /** evidence at `self`, the reason of the change at a later stage */
  readonly note?: string;
  readonly source?: SourceRef;
  /** where the note is (a workbook's evidence or reason cell); absent: the value's own source (a CSV line) */
  readonly noteSource?: SourceRef;
}

/** The note beside an accepted value, and where it is or would be typed. */
export interface BookNote {
  readonly text: string;
  readonly source?: SourceRef;
}

/**
 * Every accepted value of a bloc, indexed for the engine: one slot per (unit, item, stage) in rubric order
 * (criteria, then bonus items, then deduction items), NaN where nothing was entered. Values are micro-points
 * for scores and plain counts for events.
 */
export interface ScoreBook {
  readonly rubric: Rubric;
  readonly bloc: Bloc;
  readonly itemIds: readonly string[];
  readonly values: Float64Array;
  /** per accepted value's slot: its note (empty text when none was given) and where the note goes */
  readonly notes: Map<number, BookNote>;
  /** measured criteria's targets in micro-units, one per (unit, criterion): unit × criteria + criterion; NaN = none */
  readonly targets: Float64Array;
  /** how many criteria the rubric has (they come first in itemIds) */
  readonly criteriaCount: number;
}

/** The stage name of a measured criterion's target row in a scores CSV (DESIGN.md, Contracts). */
export const TARGET_STAGE = "target";

/** An accepted target (chỉ tiêu giao) of a measured criterion for one unit. */
export interface TargetEntry {
  readonly unit: string;
  readonly item: string;
  readonly value: number;
  readonly source?: SourceRef;
}

const S = STAGES.length;

export function emptyScoreBook(rubric: Rubric, bloc: Bloc): ScoreBook {
  const itemIds = [
    ...leafCriteria(rubric).map((c) => c.id),
    ...rubric.bonus.items.map((b) => b.id),
    ...rubric.deductions.items.map((d) => d.id),
  ];
  const criteria = leafCriteria(rubric).length;
  return {
    rubric,
    bloc,
    itemIds,
    values: new Float64Array(bloc.units.length * itemIds.length * S).fill(NaN),
    notes: new Map(),
    targets: new Float64Array(bloc.units.length * criteria).fill(NaN),
    criteriaCount: criteria,
  };
}

/** The target slot of (unit, criterion), both as indexes (the criterion's index among the rubric's criteria). */
export function targetSlot(book: ScoreBook, unitIndex: number, criterionIndex: number): number {
  return unitIndex * book.criteriaCount + criterionIndex;
}

export function slot(book: ScoreBook, unitIndex: number, itemIndex: number, stage: Stage): number {
  return (unitIndex * book.itemIds.length + itemIndex) * S + STAGES.indexOf(stage);
}

/**
 * Checks raw rows against the rubric and bloc and indexes what is valid. Unknown units, items, stages and
 * duplicated rows are input errors; values breaking the rules are data errors. Nothing is dropped silently:
 * every row not accepted has a finding.
 */
export function buildScoreBook(
  rubric: Rubric,
  bloc: Bloc,
  rows: readonly RawRow[],
): { book: ScoreBook; entries: ScoreEntry[]; targets: TargetEntry[]; findings: Finding[] } {
  const book = emptyScoreBook(rubric, bloc);
  const units = new Map(bloc.units.map((u, i) => [u.id, i]));
  const items = new Map(book.itemIds.map((id, i) => [id, i]));
  const kinds = itemIndex(rubric);
  // where each (unit, item, stage) was first seen, by its slot (a target's by -1 - its target slot): a number
  // key, as this runs once per value (~15 000 in a 60-unit bloc)
  const firstSeen = new Map<number, SourceRef | undefined>();
  const findings: Finding[] = [];
  const entries: ScoreEntry[] = [];
  const targets: TargetEntry[] = [];
  for (const row of rows) {
    const where = { unit: row.unit, item: row.item, source: row.source };
    const u = units.get(row.unit);
    if (u === undefined) {
      findings.push(finding("ERR_UNKNOWN_UNIT", { value: row.unit }, where));
      continue;
    }
    const i = items.get(row.item);
    if (i === undefined) {
      findings.push(finding("ERR_UNKNOWN_ITEM", { value: row.item }, where));
      continue;
    }
    if (row.stage === TARGET_STAGE) {
      const kind = kinds.get(row.item)!;
      if (kind.kind !== "criterion" || kind.criterion.measure === undefined) {
        findings.push(finding("ERR_TARGET_NOT_MEASURED", { value: row.item, kind: kind.kind }, where));
        continue;
      }
      const key = -1 - targetSlot(book, u, i);
      if (firstSeen.has(key)) {
        const first = firstSeen.get(key);
        findings.push(finding("ERR_DUPLICATE_ROW", { firstLine: first?.line ?? null, firstCell: first?.cell ?? null }, where));
        continue;
      }
      firstSeen.set(key, row.source);
      const checked = checkTarget(row.raw, where);
      findings.push(...checked.findings);
      if (checked.value === undefined) continue;
      book.targets[targetSlot(book, u, i)] = toMicro(checked.value);
      targets.push({ unit: row.unit, item: row.item, value: checked.value, source: row.source });
      continue;
    }
    if (!(STAGES as readonly string[]).includes(row.stage)) {
      findings.push(finding("ERR_UNKNOWN_STAGE", { value: row.stage, stages: [...rubric.stages] }, where));
      continue;
    }
    const stage = row.stage as Stage;
    // the same fields in the same order as { ...where, stage }, without a spread per value
    const whereStage = { unit: row.unit, item: row.item, source: row.source, stage };
    if (!rubric.stages.includes(stage)) {
      findings.push(finding("ERR_STAGE_NOT_IN_RUBRIC", { value: stage, stages: [...rubric.stages] }, whereStage));
      continue;
    }
    const at = slot(book, u, i, stage);
    if (firstSeen.has(at)) {
      const first = firstSeen.get(at);
      findings.push(finding("ERR_DUPLICATE_ROW", { firstLine: first?.line ?? null, firstCell: first?.cell ?? null }, whereStage));
      continue;
    }
    firstSeen.set(at, row.source);
    const kind = kinds.get(row.item)!;
    const checked = checkValue(rubric, kind, row.raw, whereStage);
    if (checked.findings.length > 0) findings.push(...checked.findings);
    if (checked.value === undefined) continue;
    const na = checked.value === NOT_APPLICABLE;
    book.values[at] = kind.kind === "criterion" && !na ? toMicro(checked.value) : checked.value;
    book.notes.set(at, { text: row.note?.trim() ?? "", source: row.noteSource ?? row.source });
    entries.push({ unit: row.unit, item: row.item, stage, value: na ? NA : checked.value, note: row.note, source: row.source, noteSource: row.noteSource });
  }
  // a changed score needs its reason: judged on the whole file, whatever stage is asked later
  findings.push(...reasonFindings(book));
  return { book, entries, targets, findings };
}

/**
 * ERR_MISSING for every criterion without a value at `stage` (at `final`: at no stage at all), and for every
 * measured criterion without its target (`what: "target"`) unless the value that counts marks it not applicable.
 */
export function missingFindings(book: ScoreBook, stage: Stage | "final"): Finding[] {
  const out: Finding[] = [];
  const stages = stage === "final" ? book.rubric.stages : [stage];
  const latestFirst = [...stages].reverse();
  const criteria = leafCriteria(book.rubric);
  book.bloc.units.forEach((unit, u) => {
    criteria.forEach((c, i) => {
      if (stages.every((st) => Number.isNaN(book.values[slot(book, u, i, st)]))) {
        out.push(finding("ERR_MISSING", { stage }, { unit: unit.id, item: book.itemIds[i], stage: stage === "final" ? undefined : stage }));
      }
      if (c.measure === undefined || !Number.isNaN(book.targets[targetSlot(book, u, i)])) return;
      const counted = latestFirst.map((st) => book.values[slot(book, u, i, st)]).find((v) => !Number.isNaN(v));
      if (counted !== NOT_APPLICABLE) out.push(finding("ERR_MISSING", { stage, what: "target" }, { unit: unit.id, item: book.itemIds[i] }));
    });
  });
  return out;
}
