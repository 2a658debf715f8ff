import { toMicro } from "./fixed";
import { finding, type Finding } from "./findings";
import { meetsLevel } from "./classification";
import type { Rubric, Unit } from "./types";
import type { UnitTotals } from "./unitTotals";

export interface AwardOutcome {
  /** unit index → award id */
  readonly award: ReadonlyMap<number, string>;
  readonly warnings: readonly Finding[];
}

/**
 * The award walk of DESIGN.md: complete, non-vetoed units in rank order take positions 1, 2, 3, …; award k
 * reaches positions up to the places of awards 1..k added up; each unit takes the first award that reaches its
 * position, has a free place and whose requirements it meets. The walk stops at an unresolved tie inside the
 * award positions, so no proposal depends on the order of units in a file.
 */
export function walkAwards(
  rubric: Rubric,
  units: readonly Unit[],
  order: readonly UnitTotals[],
  rank: ReadonlyMap<number, number>,
  levelOf: (t: UnitTotals) => number,
): AwardOutcome {
  const award = new Map<number, string>();
  const warnings: Finding[] = [];
  const reach: number[] = [];
  rubric.awards.reduce((sum, a) => (reach.push(sum + a.places), sum + a.places), 0);
  const allPlaces = reach[reach.length - 1] ?? 0;
  const free = rubric.awards.map((a) => a.places);
  const levels = rubric.classification.map((c) => c.label);

  const walk = order.filter((t) => {
    if (t.vetoed && (rank.get(t.unitIndex) ?? Infinity) <= allPlaces) {
      warnings.push(finding("WARN_AWARD_VETOED", { rank: rank.get(t.unitIndex) ?? null }, { unit: units[t.unitIndex].id }));
    }
    return !t.vetoed;
  });
  const walkRankCount = new Map<number, number>();
  for (const t of walk) walkRankCount.set(rank.get(t.unitIndex)!, (walkRankCount.get(rank.get(t.unitIndex)!) ?? 0) + 1);

  let stopped = false;
  for (let p = 1; p <= Math.min(walk.length, allPlaces); p++) {
    const t = walk[p - 1];
    const id = units[t.unitIndex].id;
    if (walkRankCount.get(rank.get(t.unitIndex)!)! > 1) {
      const tied = walk.filter((w) => rank.get(w.unitIndex) === rank.get(t.unitIndex)).map((w) => units[w.unitIndex].id);
      // about the tie group, not one of its units: which member comes first follows the bloc's order
      warnings.push(finding("WARN_AWARD_STOPPED", { position: p, units: tied }));
      stopped = true;
      break;
    }
    const reasons: string[] = [];
    const k = rubric.awards.findIndex((a, i) => {
      if (p > reach[i] || free[i] === 0) return false;
      const wanted = a.requires.classification;
      const levelOk = wanted === undefined || meetsLevel(levelOf(t), levels.indexOf(wanted));
      const totalOk = a.requires.minTotal === undefined || t.total >= toMicro(a.requires.minTotal);
      if (!levelOk) reasons.push(`${a.id}:classification`);
      if (!totalOk) reasons.push(`${a.id}:minTotal`);
      return levelOk && totalOk;
    });
    if (k >= 0) {
      award.set(t.unitIndex, rubric.awards[k].id);
      free[k]--;
    }
    if (k < 0 && reasons.length === 0) {
      // every award reaching this position is full (an earlier unit took a lower award): passed over
      const full = rubric.awards.filter((_, i) => p <= reach[i]).map((a) => a.id);
      warnings.push(finding("WARN_AWARD_FULL", { position: p, awards: full }, { unit: id }));
    }
    if (reasons.length > 0) {
      warnings.push(
        finding(
          "WARN_AWARD_REQUIREMENT",
          { position: p, missed: reasons, got: k >= 0 ? rubric.awards[k].id : null, classification: levelOf(t) >= 0 ? levels[levelOf(t)] : null, total: t.total / 1e6 },
          { unit: id },
        ),
      );
    }
  }
  rubric.awards.forEach((a, i) => {
    if (free[i] > 0) warnings.push(finding("WARN_AWARD_EMPTY", { award: a.id, label: a.label, free: free[i], places: a.places, stopped }));
  });
  return { award, warnings };
}
