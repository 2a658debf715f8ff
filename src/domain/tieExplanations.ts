import type { Ranking, UnitResult } from "./scoreBloc";
import type { Rubric, TieBreakKey } from "./types";

/** How two units with the same rounded total were put in order: a tie-break key, the bloc's vote, or not at all. */
export type TieDecision = { readonly kind: "key"; readonly key: TieBreakKey } | { readonly kind: "vote" } | { readonly kind: "unresolved" };

/** One group of complete units with the same rounded total, in rank order, and what separated each from the next. */
export interface TieExplanation {
  readonly total: number;
  readonly units: readonly string[];
  /** decisions[i] is between units[i] and units[i + 1] */
  readonly decisions: readonly TieDecision[];
}

function keyValue(u: UnitResult, key: TieBreakKey): number | null {
  if (key === "fewerDeductions") return -u.deductions;
  if (key === "moreBonus") return u.bonus;
  if (key.startsWith("section:")) return u.sections[key.slice("section:".length)] ?? null;
  return null;
}

/**
 * For the printed report: every group of units that the total alone did not separate, and for each neighbour pair
 * the first key of the rubric's tie-break chain that differs (as the ranking reports the subtotals), else the vote
 * (when their ranks differ) or nothing (a tie still open). It reads a finished ranking and decides nothing.
 */
export function explainTies(rubric: Rubric, ranking: Ranking): TieExplanation[] {
  const complete = ranking.units.filter((u) => u.complete && u.rank !== null);
  const groups: UnitResult[][] = [];
  for (const u of complete) {
    const last = groups[groups.length - 1];
    if (last && last[0].total === u.total) last.push(u);
    else groups.push([u]);
  }
  return groups
    .filter((g) => g.length > 1)
    .map((g) => ({
      total: g[0].total,
      units: g.map((u) => u.id),
      decisions: g.slice(1).map((b, i): TieDecision => {
        const a = g[i];
        if (a.rank === b.rank) return { kind: "unresolved" };
        const key = rubric.tieBreak.find((k) => keyValue(a, k) !== keyValue(b, k));
        return key ? { kind: "key", key } : { kind: "vote" };
      }),
    }));
}
