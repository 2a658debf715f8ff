import type { GenCase, GenEvent, GenUnit } from "./arbitraries";

/**
 * DESIGN.md's scoring model written a second time, plainly, in integer hundredths and without the engine's code:
 * the oracle of the property tests.
 */
export interface RefUnit {
  readonly index: number;
  readonly complete: boolean;
  readonly sections: readonly number[];
  readonly bonus: number;
  readonly deductions: number;
  readonly vetoed: boolean;
  readonly exact: number;
  readonly total: number;
  /** index into the rubric's levels, -1 for none (incomplete units too) */
  readonly level: number;
}

/** Half away from zero, to `decimals` of 0–2, on hundredths. */
export function roundCents(cents: number, decimals: number): number {
  const unit = 10 ** (2 - decimals);
  const r = Math.floor((Math.abs(cents) + unit / 2) / unit) * unit;
  return cents < 0 && r !== 0 ? -r : r;
}

/** The value that counts: at `final` the last stage (in the rubric's order) that has one. */
function pick(perStage: readonly (number | null)[], stages: readonly string[], stage: string): number | null {
  if (stage !== "final") return perStage[stages.indexOf(stage)] ?? null;
  for (let s = stages.length - 1; s >= 0; s--) if (perStage[s] !== null) return perStage[s];
  return null;
}

export function referenceUnit(c: GenCase, u: GenUnit, index: number): RefUnit {
  const { rubric, stage } = c;
  let complete = true;
  let j = 0;
  const sections = rubric.sections.map((s) => {
    let sum = 0;
    for (const cr of s.criteria) {
      const v = pick(u.scores[j++], rubric.stages, stage);
      if (v === null) complete = false;
      else sum += v * rubric.stepCents * cr.weight;
    }
    return Math.min(sum, s.maxCents);
  });
  const events = (items: readonly GenEvent[], counts: GenUnit["bonus"], cap: number | null) => {
    let sum = 0;
    let veto = false;
    items.forEach((it, i) => {
      const n = pick(counts[i], rubric.stages, stage) ?? 0;
      sum += it.capCents === null ? n * it.ppeCents : Math.min(n * it.ppeCents, it.capCents);
      if (it.veto && n > 0) veto = true;
    });
    return { points: cap === null ? sum : Math.min(sum, cap), veto };
  };
  const bonus = events(rubric.bonus, u.bonus, rubric.bonusCapCents);
  const deductions = events(rubric.deductions, u.deductions, rubric.deductionCapCents);
  const exact = sections.reduce((a, b) => a + b, 0) + bonus.points - deductions.points;
  const total = roundCents(exact, rubric.decimals);
  const level = complete
    ? rubric.levels.findIndex((l) => total >= l.minCents && rubric.sections.every((s, i) => sections[i] * 100 >= l.ratioPct * s.maxCents))
    : -1;
  return { index, complete, sections, bonus: bonus.points, deductions: deductions.points, vetoed: deductions.veto, exact, total, level };
}

/** > 0 when a is strictly ahead of b: rounded total, then the rubric's tie-break keys. */
export function ahead(c: GenCase, a: RefUnit, b: RefUnit): number {
  if (a.total !== b.total) return a.total - b.total;
  for (const key of c.rubric.tieBreak) {
    const d =
      key === "fewerDeductions"
        ? b.deductions - a.deductions
        : key === "moreBonus"
          ? a.bonus - b.bonus
          : a.sections[c.rubric.sections.findIndex((s) => `section:${s.id}` === key)] - b.sections[c.rubric.sections.findIndex((s) => `section:${s.id}` === key)];
    if (d !== 0) return d;
  }
  return 0;
}

export interface RefResult {
  readonly units: readonly RefUnit[];
  /** unit index → rank (complete units only) */
  readonly rank: ReadonlyMap<number, number>;
  /** unit index → award id */
  readonly award: ReadonlyMap<number, string>;
}

export function reference(c: GenCase): RefResult {
  const units = c.units.map((u, i) => referenceUnit(c, u, i));
  const complete = units.filter((u) => u.complete);
  const rank = new Map(complete.map((u) => [u.index, 1 + complete.filter((v) => ahead(c, v, u) > 0).length]));
  // the award walk: complete, non-vetoed units by rank; stop at a tie among them inside the award positions
  const walk = complete.filter((u) => !u.vetoed).sort((a, b) => rank.get(a.index)! - rank.get(b.index)!);
  const award = new Map<number, string>();
  const reach = c.rubric.awards.map((_, k) => c.rubric.awards.slice(0, k + 1).reduce((s, a) => s + a.places, 0));
  const given = c.rubric.awards.map(() => 0);
  const levelIndex = (label: string) => c.rubric.levels.findIndex((l) => l.label === label);
  const positions = reach.length === 0 ? 0 : reach[reach.length - 1];
  for (let p = 1; p <= Math.min(positions, walk.length); p++) {
    const u = walk[p - 1];
    if (walk.some((v) => v !== u && rank.get(v.index) === rank.get(u.index))) break;
    const k = c.rubric.awards.findIndex(
      (a, i) =>
        p <= reach[i] &&
        given[i] < a.places &&
        (a.level === null || (u.level >= 0 && u.level <= levelIndex(a.level))) &&
        (a.minCents === null || u.total >= a.minCents),
    );
    if (k >= 0) {
      given[k]++;
      award.set(u.index, c.rubric.awards[k].id);
    }
  }
  return { units, rank, award };
}
