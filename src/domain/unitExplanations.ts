import { fromMicro, roundedNumber } from "./fixed";
import { weighted } from "./measured";
import { leafCriteria } from "./rubricTree";
import type { Finding } from "./findings";
import type { ScoreBook } from "./scoreBook";
import { changesUpTo, type StageChange } from "./stageChanges";
import { STAGES, type StageChoice } from "./types";
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
  /** how each measured criterion's points arose, rubric order (those with an actual and a target at the stage) */
  readonly measured: readonly MeasuredExplanation[];
}

/**
 * "đạt 104% chỉ tiêu → 6 + 0,4 điểm": a measured criterion's achievement and its points before the weight
 * (the part up to the maximum or the band's, and the over-target extra), and what it adds after the weight.
 */
export interface MeasuredExplanation {
  readonly item: string;
  readonly shape: "linear" | "bands";
  /** achievement in percent (6 decimals); null when lower is better and the actual is 0 */
  readonly percent: number | null;
  readonly base: number;
  readonly extra: number;
  /** base + extra, before the weight */
  readonly points: number;
  readonly weight: number;
  /** what the criterion adds to its group (weight × points, ROUND6) */
  readonly weighted: number;
  /** bands: the reached band's minimum percentage, null when none or linear */
  readonly band: number | null;
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
  const criteria = leafCriteria(book.rubric);
  for (const t of totals) {
    const unit = book.bloc.units[t.unitIndex].id;
    const mine = byUnit.get(unit) ?? [];
    const measured = criteria.flatMap((c, i): MeasuredExplanation[] => {
      const m = t.measured[i];
      if (!m) return [];
      const band = m.band >= 0 ? c.measure!.bands![m.band][0] : null;
      return [{ item: c.id, shape: c.measure!.shape, percent: m.percent === null ? null : fromMicro(m.percent), base: fromMicro(m.base), extra: fromMicro(m.extra), points: fromMicro(m.points), weight: c.weight, weighted: fromMicro(weighted(m.points, c.weight)), band }];
    });
    if (mine.length === 0 && t.naFull.length === 0 && t.naRescaled.length === 0 && measured.length === 0) continue;
    out.push({
      unit,
      changes: mine,
      full: t.naFull,
      leftOut: t.naRescaled,
      rescaled: t.rescaled && t.complete ? { points: roundedNumber(t.criteriaPoints, d), total: roundedNumber(t.criteriaTotal, d) } : null,
      measured,
    });
  }
  return out;
}

/**
 * The ranking's warnings less each WARN_REASON_MISSING that an explanation already tells (a change "without a
 * reason"), so a reader sees each missing reason once.
 */
export function warningsNotExplained<T extends { readonly warnings: readonly Finding[]; readonly explanations: readonly UnitExplanation[] }>(ranking: T): Finding[] {
  // by unit, then item: the stages told as bits, so no key is built and no set made per change (6 600 in a 60 x 120
  // bloc scored without reasons)
  const told = new Map<string, Map<string, number>>();
  for (const e of ranking.explanations) {
    for (const c of e.changes) {
      if (c.reason !== null) continue;
      let items = told.get(c.unit);
      if (items === undefined) told.set(c.unit, (items = new Map<string, number>()));
      items.set(c.item, (items.get(c.item) ?? 0) | stageBit(c.stage));
    }
  }
  const isTold = (w: Finding) => w.unit !== undefined && w.item !== undefined && w.stage !== undefined && ((told.get(w.unit)?.get(w.item) ?? 0) & stageBit(w.stage)) !== 0;
  return ranking.warnings.filter((w) => !(w.code === "WARN_REASON_MISSING" && isTold(w)));
}

/** A stage's bit among STAGES; 0 for anything else (a finding's `stage` is a plain string). */
function stageBit(stage: string): number {
  const k = (STAGES as readonly string[]).indexOf(stage);
  return k < 0 ? 0 : 1 << k;
}
