import type { Ranking, UnitResult } from "../../src/domain/scoreBloc";
import { explainTies } from "../../src/domain/tieExplanations";
import type { Rubric } from "../../src/domain/types";

const rubric = { tieBreak: ["section:I", "fewerDeductions", "moreBonus"], sections: [{ id: "I" }, { id: "II" }] } as unknown as Rubric;

function unit(id: string, total: number, rank: number | null, extra: Partial<UnitResult> = {}): UnitResult {
  return { id, name: id, complete: rank !== null, total, sections: { I: 30, II: 20 }, bonus: 1, deductions: 0, rank, place: null, classification: null, vetoed: false, award: null, ...extra };
}

const ranking = (units: UnitResult[]): Ranking => ({ stage: "final", units, ties: [], warnings: [], explanations: [] });

describe("explainTies", () => {
  it("names the first tie-break key that separates each neighbour pair", () => {
    const r = ranking([unit("A", 90, 1, { sections: { I: 31, II: 19 } }), unit("B", 90, 2), unit("C", 90, 3, { deductions: 1 }), unit("D", 80, 4)]);
    expect(explainTies(rubric, r)).toEqual([
      {
        total: 90,
        units: ["A", "B", "C"],
        decisions: [
          { kind: "key", key: "section:I" },
          { kind: "key", key: "fewerDeductions" },
        ],
      },
    ]);
  });

  it("says the vote decided when no key differs but the ranks do, and that a tie is open when they share a rank", () => {
    const r = ranking([unit("A", 90, 1), unit("B", 90, 2), unit("C", 85, 3), unit("D", 85, 3), unit("E", 85, null)]);
    expect(explainTies(rubric, r).map((t) => t.decisions.map((d) => d.kind))).toEqual([["vote"], ["unresolved"]]);
  });

  it("leaves out incomplete units and totals nobody shares", () => {
    expect(explainTies(rubric, ranking([unit("A", 90, 1), unit("B", 80, 2), unit("C", 80, null)]))).toEqual([]);
  });
});
