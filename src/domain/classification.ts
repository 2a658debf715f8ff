import { toMicro } from "./fixed";
import type { Rubric } from "./types";
import type { UnitTotals } from "./unitTotals";

/**
 * Index of the first (best) level whose minimum total the rounded total reaches and whose section ratio every
 * exact section subtotal reaches (of the section's applicable max); -1 when none does.
 */
export function classify(rubric: Rubric, t: UnitTotals): number {
  return rubric.classification.findIndex(
    (level) =>
      t.total >= toMicro(level.minTotal) &&
      // subtotal ≥ ratio × maximum, compared in BigInt: both sides are products of two micro numbers
      // against the section's applicable max: its maximum, unless a `rescale` criterion of it is left out
      rubric.sections.every((_, i) => BigInt(t.sections[i]) * 1_000_000n >= BigInt(toMicro(level.minSectionRatio)) * BigInt(t.applicableSections[i])),
  );
}

/** An award asking for a level accepts that level or a better one (a smaller index). */
export function meetsLevel(levelIndex: number, required: number): boolean {
  return levelIndex >= 0 && levelIndex <= required;
}
