import fc from "fast-check";
import { scoreFiles } from "../../src/services/scoreFiles";
import { treeCaseArb, type TreeCase } from "../support/treeArbitraries";
import { refValuesOfCsv, treeReference } from "../support/treeReference";

/* eslint-disable @typescript-eslint/no-explicit-any */

// PROPERTY_RUNS=2000 for a deeper search; the default keeps the suite quick
const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 120) };
const STAGES = ["self", "bloc", "verified", "final"] as const;

function score(c: TreeCase, stage: (typeof STAGES)[number]) {
  return scoreFiles({
    rubric: { text: JSON.stringify(c.rubric), file: "rubric.json" },
    bloc: { text: JSON.stringify(c.bloc), file: "bloc.json" },
    scores: { text: c.csv, file: "scores.csv" },
    stage,
  });
}

/** Changes between stages counted from the CSV alone: a value differing from the previous stage's that has one. */
function changesOf(c: TreeCase): string[] {
  const out: string[] = [];
  for (const [unit, items] of refValuesOfCsv(c.csv)) {
    for (const [item, byStage] of items) {
      let previous: string | undefined;
      for (const stage of c.rubric.stages as string[]) {
        const v = byStage.get(stage);
        if (v === undefined) continue;
        const same = (a: string, b: string) => (a === "na" || b === "na" ? a === b : Number(a) === Number(b));
        if (previous !== undefined && !same(previous, v)) out.push(`${unit}/${item}/${stage}`);
        previous = v;
      }
    }
  }
  return out.sort();
}

describe("the engine on random rubric trees equals the reference", () => {
  it("at every stage: totals, sections, bonus, deductions, ranks, ties, places, classification, awards; na counted in full or left out; nothing applicable refused", () => {
    fc.assert(
      fc.property(treeCaseArb, (c) => {
        const values = refValuesOfCsv(c.csv);
        for (const stage of [...(c.rubric.stages as string[]), "final"] as (typeof STAGES)[number][]) {
          const out = score(c, stage);
          const ref = treeReference(c.rubric, c.bloc, values, stage);
          if (ref.nothingApplicable.length > 0) {
            expect([stage, out.exit]).toEqual([stage, 1]);
            expect(out.findings.filter((f) => f.code === "ERR_NOTHING_APPLICABLE").map((f) => f.unit)).toEqual(ref.nothingApplicable);
            continue;
          }
          expect([stage, out.exit, out.findings.filter((f) => f.severity === "error")]).toEqual([stage, 0, []]);
          const got = JSON.parse(JSON.stringify({ stage: out.ranking!.stage, units: out.ranking!.units, ties: out.ranking!.ties }));
          expect(got).toEqual({ stage: ref.stage, units: ref.units, ties: ref.ties });
          const na = Object.fromEntries(out.ranking!.explanations.filter((e) => e.full.length + e.leftOut.length > 0).map((e) => [e.unit, { full: e.full, leftOut: e.leftOut }]));
          expect(na).toEqual(ref.notApplicable);
        }
      }),
      RUNS,
    );
  });

  it("warns of every changed value (a number changed, or a number ↔ na) without a reason, and of nothing else", () => {
    fc.assert(
      fc.property(treeCaseArb, (c) => {
        const out = score(c, "final");
        const warned = out.findings.filter((f) => f.code === "WARN_REASON_MISSING").map((f) => `${f.unit}/${f.item}/${f.stage}`);
        expect(warned.sort()).toEqual(changesOf(c));
      }),
      RUNS,
    );
  });

  it("finds trees that test what they should: caps binding at two levels, na full and rescale, na overruled, ties on nested groups", () => {
    // the generator's reach, checked on a sample so that a change to it can't quietly weaken the properties above
    const seen = { bindingTwoLevels: 0, full: 0, rescaled: 0, overruled: 0, nestedTieKey: 0, nothing: 0 };
    const walk = (node: any, depth: number, binding: Set<number>): number => {
      if (!Array.isArray(node.criteria)) return Math.round(node.maxPoints * node.weight * 100);
      const reach = node.criteria.reduce((s: number, k: any) => s + walk(k, depth + 1, binding), 0);
      const max = Math.round(node.maxPoints * 100);
      if (max < reach) binding.add(depth);
      return max;
    };
    for (const c of fc.sample(treeCaseArb, { numRuns: 300, seed: 14 })) {
      const binding = new Set<number>();
      c.rubric.sections.forEach((s: any) => walk(s, 0, binding));
      if (binding.size >= 2) seen.bindingTwoLevels++;
      const ref = treeReference(c.rubric, c.bloc, refValuesOfCsv(c.csv), "final");
      if (Object.values(ref.notApplicable).some((n) => n.full.length > 0)) seen.full++;
      if (Object.values(ref.notApplicable).some((n) => n.leftOut.length > 0)) seen.rescaled++;
      if (/\n(U\d+,C\d+),[a-z]+,na,\n(?:.*\n)*?\1,[a-z]+,\d/.test(c.csv)) seen.overruled++;
      if ((c.rubric.tieBreak as string[]).some((k) => k.startsWith("section:G"))) seen.nestedTieKey++;
      if (STAGES.some((s) => treeReference(c.rubric, c.bloc, refValuesOfCsv(c.csv), s).nothingApplicable.length > 0)) seen.nothing++;
    }
    for (const [what, n] of Object.entries(seen)) expect([what, n >= 10]).toEqual([what, true]);
  });
});
