import { parseBloc } from "../../src/domain/blocRules";
import { parseRubric } from "../../src/domain/rubricRules";
import { scoreBloc } from "../../src/domain/scoreBloc";
import { buildScoreBook } from "../../src/domain/scoreBook";
import { unitTotals } from "../../src/domain/unitTotals";
import { rubricJson } from "../support/builders";

/* eslint-disable @typescript-eslint/no-explicit-any */

function setup(values: Record<string, Record<string, number | string>>) {
  const json: Record<string, any> = rubricJson();
  json.sections = [
    {
      id: "S",
      name: "Phần S",
      maxPoints: 10,
      criteria: [
        {
          id: "G",
          name: "Nhóm G",
          maxPoints: 6,
          criteria: [
            { id: "c1", name: "Một", maxPoints: 4 },
            { id: "c2", name: "Hai", maxPoints: 4, notApplicable: "rescale" },
          ],
        },
        { id: "c3", name: "Ba", maxPoints: 4, notApplicable: "full" },
      ],
    },
    { id: "T", name: "Phần T", maxPoints: 10, criteria: [{ id: "c4", name: "Bốn", maxPoints: 10 }] },
  ];
  json.tieBreak = ["section:G"];
  json.classification = [];
  json.awards = [];
  const rubric = parseRubric(json);
  const bloc = parseBloc({ name: "Khối", year: 2026, units: Object.keys(values).map((id) => ({ id, name: `Đơn vị ${id}` })) });
  if (!rubric.ok || !bloc.ok) throw new Error("bad setup");
  const rows = Object.entries(values).flatMap(([unit, items]) => Object.entries(items).map(([item, raw]) => ({ unit, item, stage: "self", raw })));
  return buildScoreBook(rubric.value, bloc.value, rows);
}

describe("unitTotals on a tree", () => {
  it("caps the nested group and the section", () => {
    const { book, findings } = setup({ U1: { c1: 4, c2: 4, c3: 3, c4: 8 } });
    expect(findings).toEqual([]);
    const t = unitTotals(book, 0, "self");
    expect([t.complete, t.sections, t.groups, t.total, t.rescaled]).toEqual([true, [9e6, 8e6], [9e6, 6e6, 8e6], 17e6, false]);
  });

  it("counts a full na at its maximum and rescales a left-out criterion to the full scale", () => {
    const { book, findings } = setup({ U2: { c1: 3, c2: "NA", c3: "na", c4: 10 } });
    expect(findings).toEqual([]);
    const t = unitTotals(book, 0, "self");
    // G = 3 of an applicable 4; S = 3 + 4 (full) = 7 of min(10, 4 + 4) = 8; T = 10; 17 × 20 / 18
    expect([t.sections, t.applicableSections, t.criteriaTotal, t.naFull, t.naRescaled]).toEqual([[7e6, 10e6], [8e6, 10e6], 18_888_889, ["c3"], ["c2"]]);
    expect(scoreBloc(book, "self").units[0]).toEqual(expect.objectContaining({ total: 18.89, sections: { S: 7, T: 10 }, rank: 1 }));
  });

  it("rejects na on a criterion without notApplicable and on an event item", () => {
    const { findings } = setup({ U1: { c1: "na", c4: "KAD", B1: "na" } });
    expect(findings.map((f) => [f.code, f.item])).toEqual([
      ["ERR_NA_NOT_ALLOWED", "c1"],
      ["ERR_NA_NOT_ALLOWED", "c4"],
      ["ERR_NA_NOT_ALLOWED", "B1"],
    ]);
  });

  it("breaks a tie on a nested group's capped points", () => {
    const { book } = setup({ U1: { c1: 4, c2: 1, c3: 4, c4: 5 }, U2: { c1: 2, c2: 2, c3: 4, c4: 6 } });
    const r = scoreBloc(book, "self");
    expect(r.units.map((u) => [u.id, u.total, u.rank])).toEqual([["U1", 14, 1], ["U2", 14, 2]]);
  });
});
