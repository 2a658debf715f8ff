import { roundedNumber } from "./fixed";
import type { Finding } from "./findings";
import type { ScoreBook } from "./scoreBook";
import { changesUpTo, type StageChange } from "./stageChanges";
import type { StageChoice } from "./types";
import type { UnitTotals } from "./unitTotals";

/**
 * Why a unit's total is what it is, beyond its scores: what changed between stages and the reason given, and
 * which criteria were not applicable — counted in full, or left out with the criteria total brought back to
 * the full scale (DESIGN.md part 2). The rank view and `rank` print it; it decides nothing.
 */
export interface UnitExplanation {
  readonly unit: string;
  /** changes at the ranked stage or before it (at `final`: all), in rubric order */
  readonly changes: readonly StageChange[];
  /** criteria marked not applicable and counted at their maximum */
  readonly full: readonly string[];
  /** criteria marked not applicable and left out */
  readonly leftOut: readonly string[];
  /** the criteria total before and after it was brought back to the full scale, rounded; null when not rescaled */
  readonly rescaled: { readonly points: number; readonly total: number } | null;
}

/** One explanation per unit that has something to explain, in the order of `totals`. */
export function unitExplanations(book: ScoreBook, stage: StageChoice, totals: readonly UnitTotals[], allChanges: readonly StageChange[]): UnitExplanation[] {
  const d = book.rubric.scale.decimals;
  const byUnit = new Map<string, StageChange[]>();
  for (const c of changesUpTo(book, allChanges, stage)) {
    const list = byUnit.get(c.unit);
    if (list) list.push(c);
    else byUnit.set(c.unit, [c]);
  }
  const out: UnitExplanation[] = [];
  for (const t of totals) {
    const unit = book.bloc.units[t.unitIndex].id;
    const mine = byUnit.get(unit) ?? [];
    if (mine.length === 0 && t.naFull.length === 0 && t.naRescaled.length === 0) continue;
    out.push({
      unit,
      changes: mine,
      full: t.naFull,
      leftOut: t.naRescaled,
      rescaled: t.rescaled && t.complete ? { points: roundedNumber(t.criteriaPoints, d), total: roundedNumber(t.criteriaTotal, d) } : null,
    });
  }
  return out;
}

/**
 * The ranking's warnings less each WARN_REASON_MISSING that an explanation already tells (a change "without a
 * reason"), so a reader sees each missing reason once.
 */
export function warningsNotExplained<T extends { readonly warnings: readonly Finding[]; readonly explanations: readonly UnitExplanation[] }>(ranking: T): Finding[] {
  const key = (unit?: string, item?: string, stage?: string) => `${unit}\u0000${item}\u0000${stage}`;
  const told = new Set(ranking.explanations.flatMap((e) => e.changes.filter((c) => c.reason === null).map((c) => key(c.unit, c.item, c.stage))));
  return ranking.warnings.filter((w) => !(w.code === "WARN_REASON_MISSING" && told.has(key(w.unit, w.item, w.stage))));
}
