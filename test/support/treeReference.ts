import { add, cmp, div, min, mul, parseQ, roundQ, sub, sum, toNumber, ZERO, type Q } from "./rational";

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * DESIGN.md's scoring model (parts 1 and 2: trees of any depth, caps at every level, not-applicable criteria
 * counted in full or left out with the total brought back to the full scale) written a second time, from the
 * JSON and CSV texts themselves, in exact rationals and without any of the engine's code: the oracle of the tree
 * tests. It reads valid input only (the engine's checks are tested elsewhere). Measured criteria: achievement
 * p = actual ÷ target × 100 (target ÷ actual when lower is better) as a rational, points from the rule, ROUND6,
 * times the weight, ROUND6 again; a measured criterion without its target leaves the unit incomplete.
 */

const NA = "na";
type Value = Q | typeof NA | null;
const PLACES = ["Nhất", "Nhì", "Ba"];

export interface RefUnitResult {
  readonly id: string;
  readonly name: string;
  readonly complete: boolean;
  readonly total: number;
  readonly sections: Record<string, number>;
  readonly bonus: number;
  readonly deductions: number;
  readonly rank: number | null;
  readonly place: string | null;
  readonly classification: string | null;
  readonly vetoed: boolean;
  readonly award: string | null;
}

export interface RefRanking {
  readonly stage: string;
  readonly units: RefUnitResult[];
  readonly ties: string[][];
  /** units with every criterion left out at this stage (ERR_NOTHING_APPLICABLE) */
  readonly nothingApplicable: string[];
  /** per unit: the criteria not applicable, counted in full / left out, at this stage */
  readonly notApplicable: Record<string, { full: string[]; leftOut: string[] }>;
}

/** unit → item → stage → value as typed ("na" or a number's text) */
export type RefValues = Map<string, Map<string, Map<string, string>>>;

/** The scores CSV (`,` separated, no quoting needed by the tests' files) as unit → item → stage → value text. */
export function refValuesOfCsv(csv: string): RefValues {
  const lines = csv.replace(/^\uFEFF/, "").split(/\r?\n/).filter((l) => l.trim() !== "");
  const header = lines[0].split(",").map((h) => h.trim());
  const at = (name: string) => header.indexOf(name);
  const out: RefValues = new Map();
  for (const line of lines.slice(1)) {
    const f = line.split(",");
    const value = (f[at("value")] ?? "").trim();
    if (value === "") continue;
    const unit = f[at("unit")].trim();
    const item = f[at("item")].trim();
    const byItem = out.get(unit) ?? out.set(unit, new Map()).get(unit)!;
    const byStage = byItem.get(item) ?? byItem.set(item, new Map()).get(item)!;
    byStage.set(f[at("stage")].trim(), value);
  }
  return out;
}

interface UnitNumbers {
  index: number;
  complete: boolean;
  nothing: boolean;
  sections: Q[];
  applicableSections: Q[];
  groups: Map<string, Q>;
  bonus: Q;
  deductions: Q;
  vetoed: boolean;
  exact: Q;
  total: Q;
  level: number;
  full: string[];
  leftOut: string[];
}

/** The value that counts at `stage`: that stage's own, or at `final` the last of the rubric's stages with one. */
function picked(values: Map<string, string> | undefined, stages: readonly string[], stage: string): Value {
  const text = (s: string) => values?.get(s);
  const chosen = stage === "final" ? [...stages].reverse().find((s) => text(s) !== undefined) : stage;
  const t = chosen === undefined ? undefined : text(chosen);
  if (t === undefined) return null;
  return t.toLowerCase() === NA ? NA : parseQ(t);
}

function unitNumbers(rubric: any, values: Map<string, Map<string, string>> | undefined, stage: string, index: number): UnitNumbers {
  const stages: string[] = rubric.stages;
  let complete = true;
  const full: string[] = [];
  const leftOut: string[] = [];
  const groups = new Map<string, Q>();
  // a node's points and what it could reach with what applies
  const walk = (node: any): { points: Q; applicable: Q } => {
    if (Array.isArray(node.criteria)) {
      const kids = node.criteria.map(walk);
      const max = parseQ(node.maxPoints);
      const points = min(max, sum(kids.map((k: { points: Q }) => k.points)));
      groups.set(node.id, points);
      return { points, applicable: min(max, sum(kids.map((k: { applicable: Q }) => k.applicable))) };
    }
    const max = mul(parseQ(node.maxPoints), parseQ(node.weight ?? 1));
    const v = picked(values?.get(node.id), stages, stage);
    if (v === null) {
      complete = false;
      return { points: ZERO, applicable: max };
    }
    if (v === NA) {
      if (node.notApplicable === "full") {
        full.push(node.id);
        return { points: max, applicable: max };
      }
      leftOut.push(node.id);
      return { points: ZERO, applicable: ZERO };
    }
    if (node.measure !== undefined) {
      const target = values?.get(node.id)?.get("target");
      if (target === undefined) {
        complete = false;
        return { points: ZERO, applicable: max };
      }
      return { points: roundQ(mul(measuredQ(node.measure, parseQ(node.maxPoints), v, parseQ(target)), parseQ(node.weight ?? 1)), 6), applicable: max };
    }
    return { points: mul(v, parseQ(node.weight ?? 1)), applicable: max };
  };
  const tops = rubric.sections.map(walk);
  const sections: Q[] = tops.map((t: { points: Q }) => t.points);
  const applicableSections: Q[] = tops.map((t: { applicable: Q }) => t.applicable);
  const points = sum(sections);
  let criteria = points;
  let nothing = false;
  if (leftOut.length > 0) {
    const whole = sum(rubric.sections.map((s: any) => parseQ(s.maxPoints)));
    const applicable = sum(applicableSections);
    if (cmp(applicable, ZERO) === 0) {
      nothing = true;
      complete = false;
      criteria = ZERO;
    } else criteria = roundQ(div(mul(points, whole), applicable), 6);
  }
  const events = (group: any) => {
    let total = ZERO;
    let vetoed = false;
    for (const it of group.items) {
      const v = picked(values?.get(it.id), stages, stage);
      const count = v === null || v === NA ? ZERO : v;
      const raw = mul(count, parseQ(it.pointsPerEvent));
      total = add(total, it.maxPoints === null ? raw : min(raw, parseQ(it.maxPoints)));
      if (it.vetoAward && cmp(count, ZERO) > 0) vetoed = true;
    }
    return { points: group.maxTotal === null ? total : min(total, parseQ(group.maxTotal)), vetoed };
  };
  const bonus = events(rubric.bonus);
  const deductions = events(rubric.deductions);
  const exact = sub(add(criteria, bonus.points), deductions.points);
  const total = roundQ(exact, rubric.scale.decimals);
  const level = !complete
    ? -1
    : rubric.classification.findIndex(
        (l: any) => cmp(total, parseQ(l.minTotal)) >= 0 && sections.every((s, i) => cmp(s, mul(parseQ(l.minSectionRatio), applicableSections[i])) >= 0),
      );
  return { index, complete, nothing, sections, applicableSections, groups, bonus: bonus.points, deductions: deductions.points, vetoed: deductions.vetoed, exact, total, level, full, leftOut };
}

const HUNDRED = parseQ(100);
const ONE_Q = parseQ(1);

/** A measured criterion's points before the weight, ROUND6, read straight from DESIGN.md's words. */
export function measuredQ(measure: any, maxPoints: Q, actual: Q, target: Q): Q {
  const lower = measure.lowerIsBetter === true;
  const best = lower && cmp(actual, ZERO) === 0;
  // achievement in percent; null stands for "infinitely good" (lower is better, actual 0)
  const p: Q | null = best ? null : mul(div(lower ? target : actual, lower ? actual : target), HUNDRED);
  if (measure.shape === "bands") {
    const band = (measure.bands as [number, number][]).find(([minPercent]) => p === null || cmp(p, parseQ(minPercent)) >= 0);
    return band === undefined ? ZERO : parseQ(band[1]);
  }
  const hasExtra = measure.perPercentAbove !== undefined;
  if (p === null) return hasExtra ? add(maxPoints, parseQ(measure.maxAbove)) : maxPoints;
  const base = mul(maxPoints, min(div(p, HUNDRED), ONE_Q));
  const over = sub(p, HUNDRED);
  const extra = hasExtra && cmp(over, ZERO) > 0 ? min(parseQ(measure.maxAbove), mul(parseQ(measure.perPercentAbove), over)) : ZERO;
  return roundQ(add(base, extra), 6);
}

/** > 0 when a is strictly ahead of b: rounded total, then the tie-break keys (any group's capped points). */
function ahead(rubric: any, a: UnitNumbers, b: UnitNumbers): number {
  const c = cmp(a.total, b.total);
  if (c !== 0) return c;
  for (const key of rubric.tieBreak as string[]) {
    const d =
      key === "fewerDeductions" ? cmp(b.deductions, a.deductions) : key === "moreBonus" ? cmp(a.bonus, b.bonus) : cmp(a.groups.get(key.slice(8))!, b.groups.get(key.slice(8))!);
    if (d !== 0) return d;
  }
  return 0;
}

/** The `score --json` contract's fields at `stage` (no votes), from rubric.json, bloc.json and the CSV's values. */
export function treeReference(rubric: any, bloc: any, values: RefValues, stage: string): RefRanking {
  const d = rubric.scale.decimals;
  const units = bloc.units.map((u: any, i: number) => unitNumbers(rubric, values.get(u.id), stage, i)) as UnitNumbers[];
  const complete = units.filter((u) => u.complete);
  const rank = new Map(complete.map((u) => [u.index, 1 + complete.filter((v) => ahead(rubric, v, u) > 0).length]));
  const order = [...complete].sort((a, b) => rank.get(a.index)! - rank.get(b.index)! || a.index - b.index);

  // the award walk: complete, non-vetoed units in rank order; it stops at a unit still tied inside the award positions
  const award = new Map<number, string>();
  const walk = order.filter((u) => !u.vetoed);
  const reach = rubric.awards.map((_: any, k: number) => rubric.awards.slice(0, k + 1).reduce((s: number, a: any) => s + a.places, 0));
  const positions = reach.length === 0 ? 0 : reach[reach.length - 1];
  const given = rubric.awards.map(() => 0);
  const levelOf = (label: string) => rubric.classification.findIndex((l: any) => l.label === label);
  for (let p = 1; p <= Math.min(positions, walk.length); p++) {
    const u = walk[p - 1];
    if (walk.some((v) => v !== u && rank.get(v.index) === rank.get(u.index))) break;
    const k = rubric.awards.findIndex(
      (a: any, i: number) =>
        p <= reach[i] &&
        given[i] < a.places &&
        (a.requires.classification === undefined || (u.level >= 0 && u.level <= levelOf(a.requires.classification))) &&
        (a.requires.minTotal === undefined || cmp(u.total, parseQ(a.requires.minTotal)) >= 0),
    );
    if (k >= 0) {
      given[k]++;
      award.set(u.index, rubric.awards[k].id);
    }
  }

  const result = (u: UnitNumbers): RefUnitResult => {
    const r = rank.get(u.index) ?? null;
    return {
      id: bloc.units[u.index].id,
      name: bloc.units[u.index].name,
      complete: u.complete,
      total: toNumber(u.total),
      sections: Object.fromEntries(rubric.sections.map((s: any, i: number) => [s.id, toNumber(roundQ(u.sections[i], d))])),
      bonus: toNumber(roundQ(u.bonus, d)),
      deductions: toNumber(roundQ(u.deductions, d)),
      rank: r,
      place: r !== null && r <= 3 ? PLACES[r - 1] : null,
      classification: u.level >= 0 ? rubric.classification[u.level].label : null,
      vetoed: u.vetoed,
      award: award.get(u.index) ?? null,
    };
  };
  const ties: string[][] = [];
  for (const r of [...new Set(order.map((u) => rank.get(u.index)!))]) {
    const group = order.filter((u) => rank.get(u.index) === r);
    if (group.length > 1) ties.push(group.map((u) => bloc.units[u.index].id));
  }
  return {
    stage,
    units: [...order, ...units.filter((u) => !u.complete)].map(result),
    ties,
    nothingApplicable: units.filter((u) => u.nothing).map((u) => bloc.units[u.index].id),
    notApplicable: Object.fromEntries(units.filter((u) => u.full.length + u.leftOut.length > 0).map((u) => [bloc.units[u.index].id, { full: u.full, leftOut: u.leftOut }])),
  };
}

