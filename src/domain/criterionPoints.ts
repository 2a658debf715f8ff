import { mulMicro, toMicro, type Micro } from "./fixed";
import { isMeasured, measuredPoints, weighted, type MeasuredPoints } from "./measured";
import type { Criterion } from "./types";

/**
 * How a criterion's value becomes points — the one place for it. The score book stores a criterion's value
 * as micro-points, NOT_APPLICABLE for `na` / `KAD`, or NaN when nothing was entered. Measured criteria
 * (DESIGN.md part 2) turn their actual into points here too.
 */

/** The score book's mark for "not applicable": no real value is negative. */
export const NOT_APPLICABLE = -1;

/** `na` (CSV) or `KAD` (workbook), trimmed, any case: a criterion marked not applicable. */
export function isNotApplicableText(text: string): boolean {
  const t = text.trim().toLowerCase();
  return t === "na" || t === "kad";
}

export interface CriterionPoints {
  /** what the criterion adds to its group: value × weight, or its maximum × weight when `full` is na */
  readonly points: Micro;
  /** what it could add: maximum × weight, or 0 when it is a `rescale` criterion marked na */
  readonly applicable: Micro;
  /** how `na` was counted, when the value is na */
  readonly na: "full" | "rescale" | null;
  /** a measured criterion's achievement and points before the weight */
  readonly measured?: MeasuredPoints;
}

/** What a criterion can reach: maxPoints × weight (a measured one's over-target extra never counts here). */
export function criterionMax(c: Criterion): Micro {
  return mulMicro(toMicro(c.maxPoints), toMicro(c.weight));
}

/**
 * The points of one criterion from the value the stage rules picked (a score, or a measured criterion's actual,
 * in micro-units) and, for a measured criterion, the unit's target (NaN when none); null when it has no value —
 * or, measured, no target.
 */
export function criterionPoints(c: Criterion, value: number, target = NaN): CriterionPoints | null {
  if (Number.isNaN(value)) return null;
  const max = criterionMax(c);
  if (value === NOT_APPLICABLE) {
    // the score book lets `na` in only for criteria that say how to count it
    return c.notApplicable === "rescale" ? { points: 0, applicable: 0, na: "rescale" } : { points: max, applicable: max, na: "full" };
  }
  if (isMeasured(c)) {
    if (Number.isNaN(target)) return null;
    const measured = measuredPoints(c.measure, c.maxPoints, value, target);
    return { points: weighted(measured.points, c.weight), applicable: max, na: null, measured };
  }
  return { points: scorePoints(value, toMicro(c.weight)), applicable: max, na: null };
}

/** A plain (not measured) criterion's points from its score and weight, both in micro-units: score × weight. */
export function scorePoints(value: Micro, weight: Micro): Micro {
  return mulMicro(value, weight);
}
