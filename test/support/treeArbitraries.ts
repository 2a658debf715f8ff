import fc from "fast-check";

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Random rubric trees up to 4 levels (section → group → group → criterion), caps that bind at several levels,
 * criteria with `notApplicable` `full` or `rescale`, units whose values may be `na` at any stage, as the texts
 * the command line reads (rubric.json, bloc.json, scores CSV). Numbers are built in hundredths so every rubric
 * number has at most 2 decimals.
 */

export interface TreeCase {
  readonly rubric: any;
  readonly bloc: any;
  readonly csv: string;
}

const STAGE_SETS = [["self", "bloc", "verified"], ["self", "bloc"], ["bloc", "verified"], ["self"]] as const;

interface NodeDraft {
  readonly group: boolean;
  readonly k: number;
  readonly weight: number;
  readonly na: "full" | "rescale" | null;
  readonly capPct: number | null;
  readonly children: readonly NodeDraft[];
}

const leafArb: fc.Arbitrary<NodeDraft> = fc.record({
  group: fc.constant(false),
  k: fc.integer({ min: 1, max: 8 }),
  weight: fc.constantFrom(1, 1, 2, 0.5),
  na: fc.constantFrom<"full" | "rescale" | null>(null, null, "full", "rescale", "rescale"),
  capPct: fc.constant(null),
  children: fc.constant([]),
});

/** A node at `depth` (a section is 0): a group while depth < 3 when drawn so, else a criterion. */
function nodeArb(depth: number): fc.Arbitrary<NodeDraft> {
  if (depth >= 3) return leafArb;
  const group = fc.record({
    group: fc.constant(true),
    k: fc.constant(0),
    weight: fc.constant(1),
    na: fc.constant(null),
    // a cap below what the children reach binds; about half the groups have one
    capPct: fc.option(fc.integer({ min: 40, max: 95 }), { nil: null, freq: 2 }),
    children: fc.array(fc.constant(null), { minLength: 1, maxLength: 3 }).chain((xs) => fc.tuple(...xs.map(() => nodeArb(depth + 1)))),
  });
  return depth === 0 ? group : fc.oneof({ weight: 2, arbitrary: leafArb }, { weight: 1, arbitrary: group });
}

export const treeCaseArb: fc.Arbitrary<TreeCase> = fc
  .record({
    stepCents: fc.constantFrom(25, 50, 100),
    // 6 decimals show the criteria total's own ROUND6 in the total
    decimals: fc.constantFrom(0, 1, 2, 2, 6),
    stages: fc.constantFrom(...STAGE_SETS),
    sections: fc.array(nodeArb(0), { minLength: 1, maxLength: 3 }),
    tieSeed: fc.array(fc.nat(), { maxLength: 4 }),
    levels: fc.array(fc.record({ minPct: fc.integer({ min: 0, max: 100 }), ratio: fc.constantFrom(0, 0.5, 0.7, 0.9) }), { maxLength: 3 }),
    awards: fc.array(fc.record({ places: fc.integer({ min: 1, max: 2 }), level: fc.option(fc.nat(), { nil: null }), minPct: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }) }), { maxLength: 3 }),
    bonusCap: fc.option(fc.constantFrom(1, 2, 3), { nil: null }),
  })
  .chain((g) => {
    let groups = 0;
    let criteria = 0;
    const leaves: { id: string; k: number; na: "full" | "rescale" | null }[] = [];
    const groupIds: string[] = [];
    // JSON and reach (in cents) of a drafted node
    const build = (d: NodeDraft, prefix: string): { json: any; reach: number } => {
      if (!d.group) {
        const id = `C${++criteria}`;
        leaves.push({ id, k: d.k, na: d.na });
        const reach = d.k * g.stepCents * d.weight;
        return { json: { id, name: `Tiêu chí ${id}`, maxPoints: (d.k * g.stepCents) / 100, weight: d.weight, ...(d.na ? { notApplicable: d.na } : {}) }, reach };
      }
      const id = `${prefix}${++groups}`;
      groupIds.push(id);
      const kids = d.children.map((c) => build(c, "G"));
      const reach = kids.reduce((s, k) => s + k.reach, 0);
      const max = d.capPct === null ? reach : Math.max(1, Math.floor((reach * d.capPct) / 100));
      return { json: { id, name: `Nhóm ${id}`, maxPoints: max / 100, criteria: kids.map((k) => k.json) }, reach: max };
    };
    const sections = g.sections.map((s) => build(s, "S"));
    const grand = sections.reduce((s, x) => s + x.reach, 0);
    const levels = g.levels
      .map((l) => ({ min: Math.floor((grand * l.minPct) / 100) / 100, ratio: l.ratio }))
      .sort((a, b) => b.min - a.min || b.ratio - a.ratio)
      .map((l, i, all) => ({ label: `Mức ${i + 1}`, minTotal: l.min, minSectionRatio: Math.min(l.ratio, ...all.slice(0, i + 1).map((x) => x.ratio)) }));
    const keys = ["fewerDeductions", "moreBonus", ...groupIds.map((id) => `section:${id}`)];
    const tieBreak = [...new Set(g.tieSeed.map((n) => keys[n % keys.length]))];
    const rubric = {
      title: "Bảng điểm nhiều cấp ngẫu nhiên",
      year: 2026,
      scale: { step: g.stepCents / 100, decimals: g.decimals },
      stages: [...g.stages],
      sections: sections.map((s) => s.json),
      bonus: { maxTotal: g.bonusCap, items: [{ id: "B1", name: "Thưởng", pointsPerEvent: 0.5, maxPoints: 2 }] },
      deductions: { maxTotal: null, items: [{ id: "D1", name: "Kỷ luật", pointsPerEvent: 1, maxPoints: null, vetoAward: true }, { id: "D2", name: "Chậm", pointsPerEvent: 0.25, maxPoints: 1, vetoAward: false }] },
      tieBreak,
      classification: levels,
      awards: g.awards.map((a, i) => ({
        id: `A${i + 1}`,
        label: `Danh hiệu ${i + 1}`,
        places: a.places,
        requires: {
          ...(a.level === null || levels.length === 0 ? {} : { classification: levels[a.level % levels.length].label }),
          ...(a.minPct === null ? {} : { minTotal: Math.floor((grand * a.minPct) / 100) / 100 }),
        },
      })),
    };
    const S = g.stages.length;
    // per criterion and stage: nothing, a score, or na where the criterion allows it (often, so whole units go na)
    const valueArb = (leaf: (typeof leaves)[number]) =>
      fc.oneof(
        { weight: 2, arbitrary: fc.constant<string | null>(null) },
        { weight: 6, arbitrary: fc.integer({ min: 0, max: leaf.k }).map((n): string | null => String((n * g.stepCents) / 100)) },
        ...(leaf.na ? [{ weight: 4, arbitrary: fc.constant<string | null>("na") }] : []),
      );
    const countArb = fc.option(fc.integer({ min: 0, max: 3 }).map(String), { nil: null, freq: 2 });
    const unitArb = fc.record({
      values: fc.tuple(...leaves.map((l) => fc.array(valueArb(l), { minLength: S, maxLength: S }))),
      events: fc.tuple(...["B1", "D1", "D2"].map(() => fc.array(countArb, { minLength: S, maxLength: S }))),
    });
    return fc.record({ units: fc.array(unitArb, { minLength: 1, maxLength: 6 }), copies: fc.array(fc.nat(), { maxLength: 2 }) }).map(({ units, copies }): TreeCase => {
      const all = [...units, ...copies.map((i) => units[i % units.length])];
      const bloc = { name: "Khối ngẫu nhiên", year: 2026, units: all.map((_, i) => ({ id: `U${i + 1}`, name: `Đơn vị ${i + 1}` })) };
      const lines = ["unit,item,stage,value,note"];
      all.forEach((u, i) => {
        const add = (item: string, perStage: readonly (string | null)[]) => perStage.forEach((v, s) => v !== null && lines.push(`U${i + 1},${item},${g.stages[s]},${v},`));
        leaves.forEach((l, j) => add(l.id, u.values[j]));
        ["B1", "D1", "D2"].forEach((id, j) => add(id, u.events[j]));
      });
      return { rubric, bloc, csv: lines.join("\n") + "\n" };
    });
  });
