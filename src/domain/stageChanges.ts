import { NOT_APPLICABLE } from "./criterionPoints";
import { fromMicro } from "./fixed";
import { finding, type Finding } from "./findings";
import { leafCriteria } from "./rubricTree";
import type { ScoreBook } from "./scoreBook";
import { NA, STAGES, type SourceRef, type Stage, type StageChoice } from "./types";

/** A value as typed: a score or a count, or `na`. */
export type ShownValue = number | typeof NA;

/**
 * A stage whose value differs from the previous stage that has one (DESIGN.md part 2, "Reasons and evidence"):
 * the bloc lowered a self-score, the verifiers overruled a unit's `na`, a count of events was corrected.
 */
export interface StageChange {
  readonly unit: string;
  readonly item: string;
  readonly kind: "criterion" | "bonus" | "deduction";
  readonly stage: Stage;
  /** the previous stage with a value (not necessarily the one just before: a stage may have been skipped) */
  readonly previous: Stage;
  readonly before: ShownValue;
  readonly after: ShownValue;
  /** the reason typed at `stage`; null when none was given */
  readonly reason: string | null;
  /** where the reason is, or should be typed: the reason cell, or the CSV line */
  readonly source?: SourceRef;
}

function shownValue(v: number, criterion: boolean): ShownValue {
  if (criterion && v === NOT_APPLICABLE) return NA;
  return criterion ? fromMicro(v) : v;
}

/** Each book's changes, computed once: the score book's reason check and the ranking's explanations both ask. */
const changesOf = new WeakMap<ScoreBook, StageChange[]>();

export function stageChanges(book: ScoreBook): StageChange[] {
  let changes = changesOf.get(book);
  if (changes === undefined) {
    changes = listChanges(book);
    changesOf.set(book, changes);
  }
  return changes;
}

/** Every change of the book, unit by unit in bloc order, items in rubric order, stages in the rubric's order. */
function listChanges(book: ScoreBook): StageChange[] {
  const { rubric, bloc, itemIds, values, notes } = book;
  const S = STAGES.length;
  const criteria = leafCriteria(rubric).length;
  const bonus = rubric.bonus.items.length;
  const order = rubric.stages.map((s) => ({ stage: s, index: STAGES.indexOf(s) }));
  const out: StageChange[] = [];
  bloc.units.forEach((unit, u) => {
    itemIds.forEach((item, i) => {
      const base = (u * itemIds.length + i) * S;
      let previous: { stage: Stage; value: number } | null = null;
      for (const { stage, index } of order) {
        const value = values[base + index];
        if (Number.isNaN(value)) continue;
        if (previous && previous.value !== value) {
          const note = notes.get(base + index);
          const isCriterion = i < criteria;
          out.push({
            unit: unit.id,
            item,
            kind: isCriterion ? "criterion" : i < criteria + bonus ? "bonus" : "deduction",
            stage,
            previous: previous.stage,
            before: shownValue(previous.value, isCriterion),
            after: shownValue(value, isCriterion),
            reason: note && note.text !== "" ? note.text : null,
            source: note?.source,
          });
        }
        previous = { stage, value };
      }
    });
  });
  return out;
}

/** The changes that count for a ranking at `stage`: those at that stage or before it (at `final`: all). */
export function changesUpTo(book: ScoreBook, changes: readonly StageChange[], stage: StageChoice): StageChange[] {
  if (stage === "final") return [...changes];
  const last = book.rubric.stages.indexOf(stage);
  return changes.filter((c) => book.rubric.stages.indexOf(c.stage) <= last);
}

/** WARN_REASON_MISSING for each change without a reason; ERR_REASON_MISSING (a data error) under `requireReason`. */
export function reasonFindings(book: ScoreBook, changes: readonly StageChange[] = stageChanges(book)): Finding[] {
  const code = book.rubric.requireReason === true ? "ERR_REASON_MISSING" : "WARN_REASON_MISSING";
  return changes
    .filter((c) => c.reason === null)
    .map((c) => finding(code, { stage: c.stage, previous: c.previous, before: c.before, after: c.after, kind: c.kind }, { unit: c.unit, item: c.item, stage: c.stage, source: c.source }));
}
