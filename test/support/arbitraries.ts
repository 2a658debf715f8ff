import fc from "fast-check";
import { STAGES, type Stage, type StageChoice } from "../../src/domain/types";

/**
 * Random rubrics and blocs for property tests. Every number is held as an integer count of hundredths
 * ("cents") next to the JSON it becomes, so test/support/reference.ts can score a bloc without the engine.
 * Steps and weights are chosen so that score × weight stays in cents.
 */

export interface GenCriterion {
  readonly id: string;
  /** maximum in steps */
  readonly k: number;
  readonly weight: number;
}
export interface GenSection {
  readonly id: string;
  readonly maxCents: number;
  readonly criteria: readonly GenCriterion[];
}
export interface GenEvent {
  readonly id: string;
  readonly ppeCents: number;
  readonly capCents: number | null;
  readonly veto: boolean;
}
export interface GenLevel {
  readonly label: string;
  readonly minCents: number;
  /** minSectionRatio in percent */
  readonly ratioPct: number;
}
export interface GenAward {
  readonly id: string;
  readonly places: number;
  readonly level: string | null;
  readonly minCents: number | null;
}
export interface GenRubric {
  readonly stepCents: number;
  readonly decimals: number;
  readonly stages: readonly Stage[];
  readonly sections: readonly GenSection[];
  readonly bonus: readonly GenEvent[];
  readonly bonusCapCents: number | null;
  readonly deductions: readonly GenEvent[];
  readonly deductionCapCents: number | null;
  readonly tieBreak: readonly string[];
  readonly levels: readonly GenLevel[];
  readonly awards: readonly GenAward[];
}

/** One unit's values: per criterion (rubric order) per rubric stage, a score in steps or null; same for event counts. */
export interface GenUnit {
  readonly scores: readonly (readonly (number | null)[])[];
  readonly bonus: readonly (readonly (number | null)[])[];
  readonly deductions: readonly (readonly (number | null)[])[];
}

export interface GenCase {
  readonly rubric: GenRubric;
  readonly units: readonly GenUnit[];
  readonly stage: StageChoice;
}

const dec = (cents: number): number => cents / 100;

const subsetInOrder = <T>(xs: readonly T[], min: number) =>
  fc.shuffledSubarray([...xs], { minLength: min }).map((picked) => xs.filter((x) => picked.includes(x)));

const eventArb = (ppe: readonly number[], vetoes: boolean) =>
  fc.record({
    ppeCents: fc.constantFrom(...ppe),
    capEvents: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }),
    veto: vetoes ? fc.boolean() : fc.constant(false),
  });

export const rubricArb: fc.Arbitrary<GenRubric> = fc.constantFrom(25, 50, 100, 10, 5).chain((stepCents) => {
  const weights = stepCents === 25 || stepCents === 5 ? [1, 2, 3] : [0.5, 1, 2, 3];
  const criterion = fc.record({ k: fc.integer({ min: 1, max: 8 }), weight: fc.constantFrom(...weights) });
  const section = fc.record({ criteria: fc.array(criterion, { minLength: 1, maxLength: 4 }), capPct: fc.option(fc.integer({ min: 50, max: 99 }), { nil: null, freq: 3 }) });
  return fc
    .record({
      decimals: fc.integer({ min: 0, max: 2 }),
      stages: fc.oneof(subsetInOrder(STAGES, 1), fc.shuffledSubarray([...STAGES], { minLength: 1 })),
      sections: fc.array(section, { minLength: 1, maxLength: 3 }),
      bonus: fc.array(eventArb([25, 50, 100, 200], false), { maxLength: 3 }),
      bonusCap: fc.option(fc.constantFrom(100, 200, 300, 500), { nil: null }),
      deductions: fc.array(eventArb([25, 50, 100, 300], true), { maxLength: 3 }),
      deductionCap: fc.option(fc.constantFrom(100, 300, 1000), { nil: null }),
      tieKeys: fc.shuffledSubarray(["fewerDeductions", "moreBonus", "section:0", "section:1", "section:2"]),
      levels: fc.array(fc.record({ minPct: fc.integer({ min: 0, max: 100 }), ratioPct: fc.constantFrom(0, 50, 70, 80, 90) }), { maxLength: 3 }),
      awards: fc.array(fc.record({ places: fc.integer({ min: 1, max: 3 }), level: fc.option(fc.nat(), { nil: null }), minPct: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }) }), { maxLength: 3 }),
    })
    .map((g): GenRubric => {
      let c = 0;
      const sections = g.sections.map((s, i) => {
        const criteria = s.criteria.map((x) => ({ id: `C${++c}`, k: x.k, weight: x.weight }));
        const reachable = criteria.reduce((sum, x) => sum + x.k * stepCents * x.weight, 0);
        return { id: `S${i + 1}`, maxCents: s.capPct === null ? reachable : Math.max(1, Math.floor((reachable * s.capPct) / 100)), criteria };
      });
      const grand = sections.reduce((sum, s) => sum + s.maxCents, 0);
      const events = (xs: typeof g.bonus, prefix: string) =>
        xs.map((e, i) => ({ id: `${prefix}${i + 1}`, ppeCents: e.ppeCents, capCents: e.capEvents === null ? null : e.capEvents * e.ppeCents, veto: e.veto }));
      // levels best first: minimum totals and ratios never rising down the list
      const mins = g.levels.map((l) => Math.floor((grand * l.minPct) / 100)).sort((a, b) => b - a);
      const ratios = g.levels.map((l) => l.ratioPct).sort((a, b) => b - a);
      const levels = mins.map((m, i) => ({ label: `Mức ${i + 1}`, minCents: m, ratioPct: ratios[i] }));
      return {
        stepCents,
        decimals: g.decimals,
        stages: g.stages,
        sections,
        bonus: events(g.bonus, "B"),
        bonusCapCents: g.bonusCap,
        deductions: events(g.deductions, "D"),
        deductionCapCents: g.deductionCap,
        tieBreak: g.tieKeys.filter((k) => !k.startsWith("section:") || Number(k.slice(8)) < sections.length).map((k) => (k.startsWith("section:") ? `section:S${Number(k.slice(8)) + 1}` : k)),
        levels,
        awards: g.awards.map((a, i) => ({
          id: `A${i + 1}`,
          places: a.places,
          level: a.level === null || levels.length === 0 ? null : levels[a.level % levels.length].label,
          minCents: a.minPct === null ? null : Math.floor((grand * a.minPct) / 100),
        })),
      };
    });
});

const valuesArb = (n: number, stages: number, max: number, missingFreq: number) =>
  fc.array(fc.array(fc.option(fc.integer({ min: 0, max }), { nil: null, freq: missingFreq }), { minLength: stages, maxLength: stages }), { minLength: n, maxLength: n });

/** A rubric, 1–8 units (some copies of others, so ties happen), and the stage to rank. */
export const caseArb: fc.Arbitrary<GenCase> = rubricArb.chain((rubric) => {
  const criteria = rubric.sections.flatMap((s) => s.criteria);
  const S = rubric.stages.length;
  const unit: fc.Arbitrary<GenUnit> = fc.record({
    scores: fc.tuple(...criteria.map((c) => fc.array(fc.option(fc.integer({ min: 0, max: c.k }), { nil: null, freq: 15 }), { minLength: S, maxLength: S }))),
    bonus: valuesArb(rubric.bonus.length, S, 4, 2),
    deductions: valuesArb(rubric.deductions.length, S, 2, 2),
  });
  return fc
    .record({ units: fc.array(unit, { minLength: 1, maxLength: 7 }), copies: fc.array(fc.nat(), { maxLength: 3 }), stage: fc.constantFrom<StageChoice>("final", ...rubric.stages) })
    .map(({ units, copies, stage }) => ({ rubric, units: [...units, ...copies.map((i) => units[i % units.length])].slice(0, 8), stage }));
});

export function rubricJsonOf(r: GenRubric): Record<string, unknown> {
  const events = (xs: readonly GenEvent[], veto: boolean) =>
    xs.map((e) => ({ id: e.id, name: `Mục ${e.id}`, pointsPerEvent: dec(e.ppeCents), maxPoints: e.capCents === null ? null : dec(e.capCents), ...(veto ? { vetoAward: e.veto } : {}) }));
  return {
    title: "Bảng điểm ngẫu nhiên",
    year: 2026,
    scale: { step: dec(r.stepCents), decimals: r.decimals },
    stages: [...r.stages],
    sections: r.sections.map((s) => ({
      id: s.id,
      name: `Phần ${s.id}`,
      maxPoints: dec(s.maxCents),
      criteria: s.criteria.map((c) => ({ id: c.id, name: `Tiêu chí ${c.id}`, maxPoints: dec(c.k * r.stepCents), weight: c.weight })),
    })),
    bonus: { maxTotal: r.bonusCapCents === null ? null : dec(r.bonusCapCents), items: events(r.bonus, false) },
    deductions: { maxTotal: r.deductionCapCents === null ? null : dec(r.deductionCapCents), items: events(r.deductions, true) },
    tieBreak: [...r.tieBreak],
    classification: r.levels.map((l) => ({ label: l.label, minTotal: dec(l.minCents), minSectionRatio: l.ratioPct / 100 })),
    awards: r.awards.map((a) => ({
      id: a.id,
      label: `Danh hiệu ${a.id}`,
      places: a.places,
      requires: { ...(a.level === null ? {} : { classification: a.level }), ...(a.minCents === null ? {} : { minTotal: dec(a.minCents) }) },
    })),
  };
}

export const unitId = (i: number) => `U${i + 1}`;

export function blocJsonOf(c: GenCase, order: readonly number[] = c.units.map((_, i) => i)): Record<string, unknown> {
  return { name: "Khối ngẫu nhiên", year: 2026, units: order.map((i) => ({ id: unitId(i), name: `Đơn vị ${unitId(i)}` })) };
}

/** The scores CSV lines (without header) of a case: one per value entered. */
export function csvRowsOf(c: GenCase): string[] {
  const { rubric } = c;
  const criteria = rubric.sections.flatMap((s) => s.criteria);
  const rows: string[] = [];
  c.units.forEach((u, i) => {
    const add = (item: string, perStage: readonly (number | null)[], value: (n: number) => number) =>
      perStage.forEach((v, s) => {
        if (v !== null) rows.push(`${unitId(i)},${item},${rubric.stages[s]},${value(v)},`);
      });
    criteria.forEach((cr, j) => add(cr.id, u.scores[j], (v) => dec(v * rubric.stepCents)));
    rubric.bonus.forEach((b, j) => add(b.id, u.bonus[j], (v) => v));
    rubric.deductions.forEach((d, j) => add(d.id, u.deductions[j], (v) => v));
  });
  return rows;
}

export function csvOfRows(rows: readonly string[]): string {
  return ["unit,item,stage,value,note", ...rows].join("\n") + "\n";
}
