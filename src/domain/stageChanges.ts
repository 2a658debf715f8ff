import { NOT_APPLICABLE } from "./criterionPoints";
import { fromMicro } from "./fixed";
import { severityOf, type Finding } from "./findings";
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
  const { rubric, bloc, itemIds, values, rows, rowOf } = book;
  const S = STAGES.length;
  const criteria = leafCriteria(rubric).length;
  const bonus = rubric.bonus.items.length;
  const stages = rubric.stages;
  const indexes = stages.map((s) => STAGES.indexOf(s));
  const out: StageChange[] = [];
  // plain loops and the previous value in two locals: this looks at every slot of the book (22 000 in a 60-unit bloc)
  for (let u = 0; u < bloc.units.length; u++) {
    const unit = bloc.units[u].id;
    for (let i = 0; i < itemIds.length; i++) {
      const base = (u * itemIds.length + i) * S;
      let previous = -1;
      let before = NaN;
      for (let k = 0; k < stages.length; k++) {
        const at = base + indexes[k];
        const value = values[at];
        if (Number.isNaN(value)) continue;
        if (previous >= 0 && before !== value) {
          // the row that gave the value holds its note (its reason)
          const row = rows[rowOf[at] - 1];
          const note = row.note?.trim() ?? "";
          const isCriterion = i < criteria;
          out.push({
            unit,
            item: itemIds[i],
            kind: isCriterion ? "criterion" : i < criteria + bonus ? "bonus" : "deduction",
            stage: stages[k],
            previous: stages[previous],
            before: shownValue(before, isCriterion),
            after: shownValue(value, isCriterion),
            reason: note !== "" ? note : null,
            source: row.noteSource ?? row.source,
          });
        }
        previous = k;
        before = value;
      }
    }
  }
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
  const severity = severityOf(code);
  const out: Finding[] = [];
  for (let k = 0; k < changes.length; k++) {
    const c = changes[k];
    if (c.reason !== null) continue;
    // finding()'s object, fields in its order, without its spread: one per change (6 600 in a 60-unit bloc)
    const params = { stage: c.stage, previous: c.previous, before: c.before, after: c.after, kind: c.kind };
    out.push({ code, severity, params, unit: c.unit, item: c.item, stage: c.stage, source: c.source });
  }
  return out;
}
