/**
 * Exact decimal arithmetic on integers counted in millionths of a point ("micro-points").
 * Every rubric number has at most 6 decimals and a score times a weight at most 6 decimals together
 * (the rubric check enforces both), so sums and products stay exact integers well inside 2^53.
 */
export type Micro = number;

export const MICRO_DECIMALS = 6;
export const ONE: Micro = 1_000_000;

/** Number of decimals in the shortest decimal form of a finite number (0.25 → 2, 1e-7 → 7). */
export function decimalsOf(n: number): number {
  if (Number.isInteger(n)) return 0;
  const s = String(Math.abs(n));
  const e = s.indexOf("e-");
  if (e >= 0) {
    const mantissa = s.slice(0, e);
    const dot = mantissa.indexOf(".");
    return Number(s.slice(e + 2)) + (dot >= 0 ? mantissa.length - dot - 1 : 0);
  }
  const dot = s.indexOf(".");
  return dot >= 0 ? s.length - dot - 1 : 0;
}

/** Converts a JS number with at most 6 decimals to micro-points, exactly (0.1 → 100000, not 100000.00000000001). */
export function toMicro(n: number): Micro {
  return Math.round(n * ONE);
}

export function fromMicro(m: Micro): number {
  return m / ONE;
}

/** (a × b) for a value and a weight, both in micro-points; exact when their decimals add up to ≤ 6. */
export function mulMicro(a: Micro, b: Micro): Micro {
  return Math.round((a * b) / ONE);
}

/** Rounds to `decimals` places, half away from zero, as Excel's ROUND does. */
export function roundMicro(m: Micro, decimals: number): Micro {
  if (decimals >= MICRO_DECIMALS) return m;
  const unit = 10 ** (MICRO_DECIMALS - decimals);
  const rounded = Math.floor((Math.abs(m) + unit / 2) / unit) * unit;
  // a negative that rounds to zero is 0, not -0 (which JSON would print as 0 but tests and Object.is tell apart)
  return m < 0 && rounded !== 0 ? -rounded : rounded;
}

/** A rounded number as JS reports it (95.25), for JSON and display. */
export function roundedNumber(m: Micro, decimals: number): number {
  return fromMicro(roundMicro(m, decimals));
}

/** True when `value` is a whole multiple of `step`, both in micro-points. */
export function isMultiple(value: Micro, step: Micro): boolean {
  return step > 0 && value % step === 0;
}
