import { mulMicro, toMicro, type Micro } from "./fixed";
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
}

/** The points of one criterion from the value the stage rules picked; null when it has no value. */
export function criterionPoints(c: Criterion, value: number): CriterionPoints | null {
  if (Number.isNaN(value)) return null;
  const max = mulMicro(toMicro(c.maxPoints), toMicro(c.weight));
  if (value === NOT_APPLICABLE) {
    // the score book lets `na` in only for criteria that say how to count it
    return c.notApplicable === "rescale" ? { points: 0, applicable: 0, na: "rescale" } : { points: max, applicable: max, na: "full" };
  }
  return { points: mulMicro(value, toMicro(c.weight)), applicable: max, na: null };
}
