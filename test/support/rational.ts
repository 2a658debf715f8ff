/**
 * Exact rationals on BigInt, for the tree reference (test/support/treeReference.ts): written apart from the
 * engine's integer micro-points (src/domain/fixed.ts), so a shared mistake can't hide.
 */
export interface Q {
  readonly n: bigint;
  /** always > 0 */
  readonly d: bigint;
}

const abs = (x: bigint) => (x < 0n ? -x : x);

function gcd(a: bigint, b: bigint): bigint {
  a = abs(a);
  b = abs(b);
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export function q(n: bigint, d = 1n): Q {
  if (d === 0n) throw new Error("division by zero");
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d) || 1n;
  return { n: n / g, d: d / g };
}

export const ZERO = q(0n);

/** A JSON or CSV number, from its decimal text ("7.75", "7,75", "-0.5", "3"), exactly. */
export function parseQ(value: number | string): Q {
  const text = String(value).trim().replace(",", ".");
  const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(text);
  if (!m || (m[2] === "" && (m[3] ?? "") === "")) throw new Error(`not a plain decimal: ${text}`);
  const frac = m[3] ?? "";
  const n = BigInt((m[2] || "0") + frac) * (m[1] === "-" ? -1n : 1n);
  return q(n, 10n ** BigInt(frac.length));
}

export const add = (a: Q, b: Q): Q => q(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Q, b: Q): Q => q(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Q, b: Q): Q => q(a.n * b.n, a.d * b.d);
export const div = (a: Q, b: Q): Q => q(a.n * b.d, a.d * b.n);
export const cmp = (a: Q, b: Q): number => {
  const x = a.n * b.d - b.n * a.d;
  return x < 0n ? -1 : x > 0n ? 1 : 0;
};
export const min = (a: Q, b: Q): Q => (cmp(a, b) <= 0 ? a : b);
export const sum = (xs: readonly Q[]): Q => xs.reduce(add, ZERO);

/** Rounded to `decimals` places, half away from zero (Excel's ROUND). */
export function roundQ(x: Q, decimals: number): Q {
  const scale = 10n ** BigInt(decimals);
  const n = abs(x.n) * scale;
  // floor(n / d + 1/2) = floor((2n + d) / 2d)
  const r = (2n * n + x.d) / (2n * x.d);
  return q(x.n < 0n ? -r : r, scale);
}

/** As a JS number, for comparing with JSON output (only for values already rounded to a few decimals). */
export function toNumber(x: Q): number {
  return Number(x.n) / Number(x.d);
}
