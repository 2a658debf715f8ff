import { NOT_APPLICABLE } from "./criterionPoints";
import { toMicro } from "./fixed";
import { leafCriteria } from "./rubricTree";
import { finding, type Finding, type FindingWhere } from "./findings";
import { reasonFindings } from "./stageChanges";
import { NA, STAGES, type Bloc, type Rubric, type ScoreEntry, type SourceRef, type Stage } from "./types";
import { checkTarget, checkValue, itemIndex, type ItemKind, type RawValue } from "./values";

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
  /**
   * per slot: 1 + the index in `rows` of the first row seen for it (0: none); an accepted value's row, whose note
   * noteAt reads only when asked (a note object per value cost a 60-unit bloc's validate ~15 000 allocations)
   */
  readonly rowOf: Int32Array;
  readonly rows: readonly RawRow[];
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

export function emptyScoreBook(rubric: Rubric, bloc: Bloc, rows: readonly RawRow[] = []): ScoreBook {
  const itemIds = [
    ...leafCriteria(rubric).map((c) => c.id),
    ...rubric.bonus.items.map((b) => b.id),
    ...rubric.deductions.items.map((d) => d.id),
  ];
  const criteria = leafCriteria(rubric).length;
  const slots = bloc.units.length * itemIds.length * S;
  return {
    rubric,
    bloc,
    itemIds,
    values: new Float64Array(slots).fill(NaN),
    rowOf: new Int32Array(slots),
    rows,
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

/** A value's place in its findings: the fields and their order of { unit, item, source } then the stage. */
function whereStage(row: RawRow, stage: Stage): FindingWhere {
  return { unit: row.unit, item: row.item, source: row.source, stage };
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
  const book = emptyScoreBook(rubric, bloc, rows);
  const units = new Map(bloc.units.map((u, i) => [u.id, i]));
  const items = new Map(book.itemIds.map((id, i) => [id, i]));
  const kinds = itemIndex(rubric);
  const kindAt = book.itemIds.map((id) => kinds.get(id)!);
  const itemCount = book.itemIds.length;
  // where each target was first seen, as rowOf does for values: 1 + its row's index
  const targetRowOf = new Int32Array(book.targets.length);
  const findings: Finding[] = [];
  // per item, each distinct typed value is checked once: a bloc's values repeat (15 000 values of a 60-unit bloc, a
  // few hundred distinct), and this loop runs mostly unoptimized in a fresh process, where calls cost most
  const checkedOf = book.itemIds.map(() => new Map<RawValue, Checked>());
  const used = STAGES.map((s) => rubric.stages.includes(s));
  const targets: TargetEntry[] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const u = units.get(row.unit);
    if (u === undefined) {
      findings.push(finding("ERR_UNKNOWN_UNIT", { value: row.unit }, { unit: row.unit, item: row.item, source: row.source }));
      continue;
    }
    const i = items.get(row.item);
    if (i === undefined) {
      findings.push(finding("ERR_UNKNOWN_ITEM", { value: row.item }, { unit: row.unit, item: row.item, source: row.source }));
      continue;
    }
    if (row.stage === TARGET_STAGE) {
      const where = { unit: row.unit, item: row.item, source: row.source };
      const kind = kindAt[i];
      if (kind.kind !== "criterion" || kind.criterion.measure === undefined) {
        findings.push(finding("ERR_TARGET_NOT_MEASURED", { value: row.item, kind: kind.kind }, where));
        continue;
      }
      const t = targetSlot(book, u, i);
      if (targetRowOf[t] !== 0) {
        const first = rows[targetRowOf[t] - 1].source;
        findings.push(finding("ERR_DUPLICATE_ROW", { firstLine: first?.line ?? null, firstCell: first?.cell ?? null }, where));
        continue;
      }
      targetRowOf[t] = r + 1;
      const checked = checkTarget(row.raw, where);
      findings.push(...checked.findings);
      if (checked.value === undefined) continue;
      book.targets[t] = toMicro(checked.value);
      targets.push({ unit: row.unit, item: row.item, value: checked.value, source: row.source });
      continue;
    }
    const stageIndex = (STAGES as readonly string[]).indexOf(row.stage);
    if (stageIndex < 0) {
      findings.push(finding("ERR_UNKNOWN_STAGE", { value: row.stage, stages: [...rubric.stages] }, { unit: row.unit, item: row.item, source: row.source }));
      continue;
    }
    const stage = row.stage as Stage;
    if (!used[stageIndex]) {
      findings.push(finding("ERR_STAGE_NOT_IN_RUBRIC", { value: stage, stages: [...rubric.stages] }, whereStage(row, stage)));
      continue;
    }
    const at = (u * itemCount + i) * S + stageIndex;
    if (book.rowOf[at] !== 0) {
      const first = rows[book.rowOf[at] - 1].source;
      findings.push(finding("ERR_DUPLICATE_ROW", { firstLine: first?.line ?? null, firstCell: first?.cell ?? null }, whereStage(row, stage)));
      continue;
    }
    book.rowOf[at] = r + 1;
    const raw = row.raw;
    // -0 is a Map key equal to 0: it is checked on its own
    let c = raw === 0 && 1 / raw < 0 ? undefined : checkedOf[i].get(raw);
    if (c === undefined) {
      c = checkOne(rubric, kindAt[i], raw);
      if (!(raw === 0 && 1 / raw < 0)) checkedOf[i].set(raw, c);
    }
    // checked without a place, which its findings (rare) get here
    if (c.findings.length > 0) for (const f of c.findings) findings.push({ ...f, ...whereStage(row, stage) });
    book.values[at] = c.stored;
  }
  // a changed score needs its reason: judged on the whole file, whatever stage is asked later
  const reasons = reasonFindings(book);
  for (let k = 0; k < reasons.length; k++) findings.push(reasons[k]);
  let entries: ScoreEntry[] | undefined;
  return {
    book,
    // made when first read (fill and merge read them; validate and rank never do)
    get entries(): ScoreEntry[] {
      entries ??= acceptedEntries(book, units, items, kindAt);
      return entries;
    },
    targets,
    findings,
  };
}

/** A typed value checked against its item's rules, and what the book stores for it (NaN when not accepted). */
interface Checked {
  readonly findings: readonly Finding[];
  readonly stored: number;
}

function checkOne(rubric: Rubric, kind: ItemKind, raw: RawValue): Checked {
  const { value, findings } = checkValue(rubric, kind, raw);
  if (value === undefined) return { findings, stored: NaN };
  return { findings, stored: kind.kind === "criterion" && value !== NOT_APPLICABLE ? toMicro(value) : value };
}

/** The accepted values, in the order of their rows: those whose slot holds a value and was first given by them. */
function acceptedEntries(book: ScoreBook, units: ReadonlyMap<string, number>, items: ReadonlyMap<string, number>, kindAt: readonly ItemKind[]): ScoreEntry[] {
  const out: ScoreEntry[] = [];
  book.rows.forEach((row, r) => {
    const u = units.get(row.unit);
    const i = items.get(row.item);
    const st = (STAGES as readonly string[]).indexOf(row.stage);
    if (u === undefined || i === undefined || st < 0) return;
    const at = (u * book.itemIds.length + i) * S + st;
    if (book.rowOf[at] !== r + 1 || Number.isNaN(book.values[at])) return;
    const value = checkValue(book.rubric, kindAt[i], row.raw).value!;
    out.push({ unit: row.unit, item: row.item, stage: row.stage as Stage, value: value === NOT_APPLICABLE ? NA : value, note: row.note, source: row.source, noteSource: row.noteSource });
  });
  return out;
}

/**
 * ERR_MISSING for every criterion without a value at `stage` (at `final`: at no stage at all), and for every
 * measured criterion without its target (`what: "target"`) unless the value that counts marks it not applicable.
 */
export function missingFindings(book: ScoreBook, stage: Stage | "final"): Finding[] {
  const out: Finding[] = [];
  const stages = (stage === "final" ? book.rubric.stages : [stage]).map((st) => STAGES.indexOf(st));
  const latestFirst = [...stages].reverse();
  const criteria = leafCriteria(book.rubric);
  const { values, itemIds } = book;
  const units = book.bloc.units;
  // indexed loops: this runs once per (unit, criterion), 7 200 times in a 60-unit bloc, in a fresh process where
  // for…of's iterator costs several times more
  for (let u = 0; u < units.length; u++) {
    for (let i = 0; i < criteria.length; i++) {
      const base = (u * itemIds.length + i) * S;
      let entered = false;
      for (let k = 0; k < stages.length; k++) if (!Number.isNaN(values[base + stages[k]])) entered = true;
      if (!entered) out.push(finding("ERR_MISSING", { stage }, { unit: units[u].id, item: itemIds[i], stage: stage === "final" ? undefined : stage }));
      if (criteria[i].measure === undefined || !Number.isNaN(book.targets[targetSlot(book, u, i)])) continue;
      let counted = NaN;
      for (let k = 0; k < latestFirst.length; k++) {
        if (Number.isNaN(counted)) counted = values[base + latestFirst[k]];
      }
      if (counted !== NOT_APPLICABLE) out.push(finding("ERR_MISSING", { stage, what: "target" }, { unit: units[u].id, item: itemIds[i] }));
    }
  }
  return out;
}
