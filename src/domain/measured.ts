import { decimalsOf, MICRO_DECIMALS, ONE, toMicro, type Micro } from "./fixed";
import type { Criterion, Measure } from "./types";

/**
 * Points of a measured criterion (DESIGN.md part 2, "Measured criteria") from a unit's actual and target, both in
 * micro-units. Everything is exact: achievement is a ratio of BigInts, and the one rounding (ROUND6, half away
 * from zero, as the workbook's ROUND) happens on the points. Actuals and targets may be large (revenue in
 * millions): their product with 100 × 10⁶ leaves 2^53, hence BigInt.
 */

const BIG_ONE = BigInt(ONE);

/** A number with at most 6 decimals whose micro-units are a safe integer: what an actual or a target may be. */
export function isExactMeasure(n: number): boolean {
  return decimalsOf(n) <= MICRO_DECIMALS && Number.isSafeInteger(toMicro(n));
}

/** num ÷ den rounded half away from zero, for num ≥ 0 and den > 0. */
function divRound(num: bigint, den: bigint): bigint {
  return (2n * num + den) / (2n * den);
}

export interface MeasuredPoints {
  /** ROUND6 of the rule's points, before the weight */
  readonly points: Micro;
  /** the part of `points` up to maxPoints (linear) or the band's points */
  readonly base: Micro;
  /** linear's over-target extra, after its cap; 0 otherwise */
  readonly extra: Micro;
  /** achievement in percent, exact to 6 decimals (ROUND6); null when lower is better and the actual is 0 */
  readonly percent: Micro | null;
  /** bands: the index of the band reached, −1 when none */
  readonly band: number;
}

/** The rule's points for an actual and a target (target > 0, actual ≥ 0), in micro-points before the weight. */
export function measuredPoints(measure: Measure, maxPoints: number, actual: Micro, target: Micro): MeasuredPoints {
  const lower = measure.lowerIsBetter === true;
  // achievement = num ÷ den
  const num = BigInt(lower ? target : actual);
  const den = BigInt(lower ? actual : target);
  const percent = den === 0n ? null : Number(divRound(num * 100n * BIG_ONE, den));
  if (measure.shape === "bands") {
    const bands = measure.bands ?? [];
    // actual × 100 ≥ minPercent × target, without dividing (minPercent in micro: both sides × 10⁶)
    const band = bands.findIndex(([minPercent]) => num * 100n * BIG_ONE >= BigInt(toMicro(minPercent)) * den);
    const points = band < 0 ? 0 : toMicro(bands[band][1]);
    return { points, base: points, extra: 0, percent, band };
  }
  const max = BigInt(toMicro(maxPoints));
  const per = measure.perPercentAbove;
  const capAbove = measure.maxAbove;
  if (den === 0n) {
    // lower is better and the actual is 0: the best result there is
    const extra = per !== undefined && capAbove !== undefined ? toMicro(capAbove) : 0;
    return { points: Number(max) + extra, base: Number(max), extra, percent, band: -1 };
  }
  if (num <= den) {
    const base = Number(divRound(max * num, den));
    return { points: base, base, extra: 0, percent, band: -1 };
  }
  let extra = 0;
  if (per !== undefined && capAbove !== undefined) {
    // perPercentAbove × (p − 100) = per × 100 × (num − den) ÷ den; min with an integer cap commutes with rounding
    extra = Math.min(toMicro(capAbove), Number(divRound(BigInt(toMicro(per)) * 100n * (num - den), den)));
  }
  return { points: Number(max) + extra, base: Number(max), extra, percent, band: -1 };
}

/** weight × ROUND6(points), itself ROUND6: a weight with decimals would otherwise leave the millionths. */
export function weighted(points: Micro, weight: number): Micro {
  return Number(divRound(BigInt(points) * BigInt(toMicro(weight)), BIG_ONE));
}

/** True for a criterion scored from a measured actual. */
export function isMeasured(c: Criterion): c is Criterion & { readonly measure: Measure } {
  return c.measure !== undefined;
}
