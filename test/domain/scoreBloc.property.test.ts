import fc from "fast-check";
import { parseBloc } from "../../src/domain/blocRules";
import { parseRubric } from "../../src/domain/rubricRules";
import { scoreBloc, type Ranking, type UnitResult } from "../../src/domain/scoreBloc";
import { buildScoreBook } from "../../src/domain/scoreBook";
import { parseScoresCsv } from "../../src/domain/scoresCsv";
import { blocJsonOf, caseArb, csvOfRows, csvRowsOf, rubricJsonOf, unitId, type GenCase } from "../support/arbitraries";
import { reference, roundCents } from "../support/reference";

// PROPERTY_RUNS=5000 for a deeper search; 150 keeps npm test quick
const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 150) };

/** Scores a generated case through the whole engine: rubric and bloc JSON, CSV text, score book, ranking. */
function engine(c: GenCase, unitOrder?: readonly number[], rows: readonly string[] = csvRowsOf(c)): Ranking {
  const rubric = parseRubric(rubricJsonOf(c.rubric));
  const bloc = parseBloc(blocJsonOf(c, unitOrder));
  if (!rubric.ok || !bloc.ok) throw new Error(`generated input rejected: ${JSON.stringify([...rubric.findings, ...bloc.findings])}`);
  const csv = parseScoresCsv(csvOfRows(rows));
  const built = buildScoreBook(rubric.value, bloc.value, csv.rows);
  const errors = [...csv.findings, ...built.findings].filter((f) => f.severity === "error");
  if (errors.length > 0) throw new Error(`generated scores rejected: ${JSON.stringify(errors)}`);
  return scoreBloc(built.book, c.stage);
}

const byId = (r: Ranking): Map<string, UnitResult> => new Map(r.units.map((u) => [u.id, u]));
const cents = (cents: number) => cents / 100;

/** The order-independent content of a ranking: each unit's result, the ties as sets, the warnings as a multiset. */
function content(r: Ranking) {
  return {
    units: [...r.units].sort((a, b) => a.id.localeCompare(b.id)),
    ties: r.ties.map((t) => [...t].sort()).sort((a, b) => a[0].localeCompare(b[0])),
    warnings: r.warnings.map((w) => `${w.code}:${w.unit ?? ""}:${w.item ?? ""}`).sort(),
  };
}

describe("scoreBloc on random rubrics and blocs", () => {
  it("matches the reference model: totals, subtotals, bonus, deductions, completeness, veto, classification", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const out = byId(engine(c));
        const ref = reference(c);
        for (const u of ref.units) {
          const got = out.get(unitId(u.index))!;
          const d = c.rubric.decimals;
          expect(got).toMatchObject({
            complete: u.complete,
            total: cents(u.total),
            bonus: cents(roundCents(u.bonus, d)),
            deductions: cents(roundCents(u.deductions, d)),
            vetoed: u.vetoed,
            classification: u.level >= 0 ? c.rubric.levels[u.level].label : null,
          });
          expect(got.sections).toEqual(Object.fromEntries(c.rubric.sections.map((s, i) => [s.id, cents(roundCents(u.sections[i], d))])));
        }
      }),
      RUNS,
    );
  });

  it("gives every complete unit the rank 1 + the number of units strictly ahead, and the incomplete none", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const r = engine(c);
        const ref = reference(c);
        for (const u of ref.units) {
          const got = r.units.find((x) => x.id === unitId(u.index))!;
          expect([got.id, got.rank]).toEqual([got.id, u.complete ? ref.rank.get(u.index) : null]);
          expect(got.place).toBe(got.rank === null || got.rank > 3 ? null : ["Nhất", "Nhì", "Ba"][got.rank - 1]);
        }
        // rank order, incomplete last; a shared rank in bloc order, and reported as a tie
        const ranks = r.units.map((u) => u.rank ?? Infinity);
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        for (let i = 1; i < r.units.length; i++) {
          if (ranks[i] === ranks[i - 1]) expect(Number(r.units[i].id.slice(1))).toBeGreaterThan(Number(r.units[i - 1].id.slice(1)));
        }
        const shared = new Set(ranks.filter((x, i) => x !== Infinity && ranks.indexOf(x) !== i));
        expect(r.ties.length).toBe(shared.size);
      }),
      RUNS,
    );
  });

  it("keeps a total within the rubric's maximum plus the bonus cap", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const itemCaps = c.rubric.bonus.map((b) => b.capCents ?? Infinity).reduce((a, b) => a + b, 0);
        const bound = c.rubric.sections.reduce((s, x) => s + x.maxCents, 0) + Math.min(c.rubric.bonusCapCents ?? Infinity, itemCaps);
        for (const u of engine(c).units) expect(u.total).toBeLessThanOrEqual(cents(roundCents(bound, c.rubric.decimals)));
      }),
      RUNS,
    );
  });

  it("never gives an award beyond its places, to a vetoed or incomplete unit, below its reach, or without its requirements", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const r = engine(c);
        const awards = c.rubric.awards;
        const walk = r.units.filter((u) => u.complete && !u.vetoed);
        awards.forEach((a, k) => {
          const holders = r.units.filter((u) => u.award === a.id);
          expect(holders.length).toBeLessThanOrEqual(a.places);
          const reach = awards.slice(0, k + 1).reduce((s, x) => s + x.places, 0);
          for (const u of holders) {
            expect(u.complete && !u.vetoed).toBe(true);
            expect(walk.indexOf(u) + 1).toBeLessThanOrEqual(reach);
            if (a.minCents !== null) expect(u.total).toBeGreaterThanOrEqual(cents(a.minCents));
            if (a.level !== null) {
              const levels = c.rubric.levels.map((l) => l.label);
              expect(u.classification).not.toBeNull();
              expect(levels.indexOf(u.classification!)).toBeLessThanOrEqual(levels.indexOf(a.level));
            }
          }
        });
        // and exactly the reference walk
        const ref = reference(c);
        for (const u of r.units) expect([u.id, u.award]).toEqual([u.id, ref.award.get(Number(u.id.slice(1)) - 1) ?? null]);
      }),
      RUNS,
    );
  });

  it("does not depend on the order of units in bloc.json or of rows in the CSV", () => {
    fc.assert(
      fc.property(
        caseArb.chain((c) => fc.tuple(fc.constant(c), fc.shuffledSubarray(c.units.map((_, i) => i), { minLength: c.units.length }), fc.shuffledSubarray(csvRowsOf(c), { minLength: csvRowsOf(c).length }))),
        ([c, unitOrder, rows]) => {
          const base = engine(c);
          const shuffled = engine(c, unitOrder, rows);
          expect(content(shuffled)).toEqual(content(base));
          // only the order of units sharing a rank follows the bloc
          expect(shuffled.units.map((u) => u.rank)).toEqual(base.units.map((u) => u.rank));
        },
      ),
      RUNS,
    );
  });

  it("never lowers a unit's total nor worsens its rank when one of its scores is raised", () => {
    const arb = caseArb.chain((c) =>
      fc.tuple(fc.constant(c), fc.nat({ max: c.units.length - 1 }), fc.nat({ max: c.rubric.sections.flatMap((s) => s.criteria).length - 1 }), fc.integer({ min: 1, max: 8 })),
    );
    fc.assert(
      fc.property(arb, ([c, u, j, by]) => {
        const crit = c.rubric.sections.flatMap((s) => s.criteria)[j];
        const perStage = c.units[u].scores[j];
        // the stage whose value counts for this criterion
        const s = c.stage === "final" ? perStage.map((v, i) => (v === null ? -1 : i)).reduce((a, b) => Math.max(a, b), -1) : c.rubric.stages.indexOf(c.stage);
        fc.pre(s >= 0 && perStage[s] !== null && perStage[s]! < crit.k);
        const raised = perStage.map((v, i) => (i === s ? Math.min(crit.k, v! + by) : v));
        const units = c.units.map((x, i) => (i === u ? { ...x, scores: x.scores.map((p, k) => (k === j ? raised : p)) } : x));
        const before = engine(c).units.find((x) => x.id === unitId(u))!;
        const after = engine({ ...c, units }).units.find((x) => x.id === unitId(u))!;
        expect(after.total).toBeGreaterThanOrEqual(before.total);
        if (before.rank !== null) expect(after.rank).toBeLessThanOrEqual(before.rank);
      }),
      RUNS,
    );
  });
});
