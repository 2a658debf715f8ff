import { toMicro } from "../../src/domain/fixed";
import { scoreBloc } from "../../src/domain/scoreBloc";
import { stagePrecedence, unitTotals } from "../../src/domain/unitTotals";
import { blocJson, blocOf, bookOf, rankOf, rubricJson, rubricOf, unitOf } from "../support/builders";

function rubricWith(edit: (json: ReturnType<typeof rubricJson>) => void) {
  const json = rubricJson();
  edit(json);
  return rubricOf(json);
}

describe("stagePrecedence", () => {
  it("at final, reads the rubric's stages from last to first; at one stage, only that stage", () => {
    expect(stagePrecedence(["self", "bloc", "verified"], "final")).toEqual([2, 1, 0]);
    expect(stagePrecedence(["self", "bloc"], "final")).toEqual([1, 0]);
    expect(stagePrecedence(["self", "bloc", "verified"], "bloc")).toEqual([1]);
  });
});

describe("unitTotals", () => {
  it("adds 0.1 + 0.2 to exactly 0.3", () => {
    const rubric = rubricWith((r) => (r.scale.step = 0.1));
    const r = rankOf({ U1: { C1: 0.1, C2: 0.2, C3: 0 }, U2: { C1: 0.3, C2: 0, C3: 0 } }, { rubric });
    expect(unitOf(r, "U1").total).toBe(0.3);
    expect(unitOf(r, "U1").sections.S1).toBe(0.3);
    // exactly equal: the two units are tied all the way down the chain
    expect(r.ties).toEqual([["U1", "U2"]]);
    expect(r.units.map((u) => u.rank)).toEqual([1, 1]);
  });

  it("rounds a total of 89.875 to 89.88", () => {
    const rubric = rubricWith((r) => {
      r.scale.step = 0.125;
      r.sections[0].maxPoints = 60;
      r.sections[0].criteria[0].maxPoints = 30;
      r.sections[0].criteria[1].maxPoints = 30;
      r.sections[1].maxPoints = 40;
      r.sections[1].criteria[0].maxPoints = 40;
    });
    const u = unitOf(rankOf({ U1: { C1: 29.875, C2: 30, C3: 30 } }, { rubric }), "U1");
    expect(u.total).toBe(89.88);
    expect(u.sections).toEqual({ S1: 59.88, S2: 30 });
  });

  it("rounds a negative total half away from zero (-0.125 → -0.13)", () => {
    const rubric = rubricWith((r) => (r.deductions.items[1] = { id: "D2", name: "Nộp chậm", pointsPerEvent: 0.125, maxPoints: null, vetoAward: false }));
    const u = unitOf(rankOf({ U1: { C1: 0, C2: 0, C3: 0, D2: 1 } }, { rubric }), "U1");
    expect(u.total).toBe(-0.13);
    expect(u.deductions).toBe(0.13);
    expect(u.rank).toBe(1);
  });

  it("compares the rounded total, not the exact one", () => {
    const rubric = rubricWith((r) => {
      r.scale.decimals = 0;
      r.tieBreak = [];
    });
    const r = rankOf({ U1: { C1: 10, C2: 9.5, C3: 10 }, U2: { C1: 10, C2: 10, C3: 10 } }, { rubric });
    expect(r.units.map((u) => [u.id, u.total, u.rank])).toEqual([
      ["U1", 30, 1],
      ["U2", 30, 1],
    ]);
  });

  it("multiplies scores by their weight", () => {
    const rubric = rubricWith((r) => {
      r.sections[1].criteria[0].weight = 2;
      r.sections[1].maxPoints = 20;
    });
    const u = unitOf(rankOf({ U1: { C1: 1, C2: 2, C3: 7.25 } }, { rubric }), "U1");
    expect(u.sections).toEqual({ S1: 3, S2: 14.5 });
    expect(u.total).toBe(17.5);
  });

  it("caps a section's subtotal at its maximum", () => {
    const rubric = rubricWith((r) => (r.sections[0].maxPoints = 15));
    const u = unitOf(rankOf({ U1: { C1: 10, C2: 9, C3: 5 } }, { rubric }), "U1");
    expect(u.sections.S1).toBe(15);
    expect(u.total).toBe(20);
  });

  it("caps an item's points with WARN_CAPPED: U1's 3 events of B1 count 2", () => {
    const r = rankOf({ U1: { C1: 5, C2: 5, C3: 5, B1: 3 } });
    expect(unitOf(r, "U1").bonus).toBe(2);
    expect(unitOf(r, "U1").total).toBe(17);
    expect(r.warnings.filter((w) => w.code === "WARN_CAPPED")).toEqual([expect.objectContaining({ code: "WARN_CAPPED", unit: "U1", item: "B1", params: expect.objectContaining({ count: 3, points: 3, cap: 2 }) })]);
  });

  it("caps a group's sum with WARN_CAPPED: 2 + 2 bonus points count 3", () => {
    const r = rankOf({ U1: { C1: 5, C2: 5, C3: 5, B1: 2, B2: 4 } });
    expect(unitOf(r, "U1").bonus).toBe(3);
    expect(r.warnings.filter((w) => w.code === "WARN_CAPPED")).toEqual([expect.objectContaining({ code: "WARN_CAPPED", unit: "U1", params: expect.objectContaining({ group: "bonus", points: 4, cap: 3 }) })]);
  });

  it("subtracts capped deductions, and a count on a vetoing item vetoes", () => {
    const r = rankOf({ U1: { C1: 5, C2: 5, C3: 5, D1: 1, D2: 5 }, U2: { C1: 5, C2: 5, C3: 5, D1: 0 } });
    expect(unitOf(r, "U1")).toMatchObject({ deductions: 4, total: 11, vetoed: true });
    expect(unitOf(r, "U2")).toMatchObject({ deductions: 0, total: 15, vetoed: false });
  });

  it("at final takes each criterion's value from the last stage that has one", () => {
    const rubric = rubricOf();
    const bloc = blocOf(blocJson(1));
    const csv = ["unit,item,stage,value", "U1,C1,self,10", "U1,C1,bloc,8", "U1,C1,verified,9", "U1,C2,self,10", "U1,C2,bloc,8", "U1,C3,self,10"].join("\n");
    const book = bookOf(rubric, bloc, csv);
    const final = unitTotals(book, 0, "final");
    expect(final.complete).toBe(true);
    expect(final.sections).toEqual([toMicro(17), toMicro(10)]);
    const atBloc = unitTotals(book, 0, "bloc");
    expect(atBloc.complete).toBe(false);
    expect(atBloc.total).toBe(toMicro(16));
    expect(unitTotals(book, 0, "verified").complete).toBe(false);
  });

  it("follows the same rule for counts, and a count never entered is 0 without making the unit incomplete", () => {
    const rubric = rubricOf();
    const bloc = blocOf(blocJson(1));
    const csv = ["unit,item,stage,value", "U1,C1,bloc,5", "U1,C2,bloc,5", "U1,C3,bloc,5", "U1,D1,bloc,1", "U1,D1,verified,0", "U1,B1,self,2"].join("\n");
    const book = bookOf(rubric, bloc, csv);
    const final = unitTotals(book, 0, "final");
    expect(final).toMatchObject({ complete: true, vetoed: false, deductions: 0, bonus: toMicro(2) });
    expect(unitTotals(book, 0, "bloc")).toMatchObject({ complete: true, vetoed: true, deductions: toMicro(3), bonus: 0 });
  });
});

describe("scoreBloc on an incomplete unit", () => {
  it("shows the partial total, with no rank, place, classification or award, after the ranked units", () => {
    const r = scoreBloc(
      bookOf(rubricOf(), blocOf(blocJson(3)), ["unit,item,stage,value", "U1,C1,bloc,10", "U1,C3,bloc,10", "U2,C1,bloc,1", "U2,C2,bloc,1", "U2,C3,bloc,1"].join("\n")),
      "bloc",
    );
    expect(r.units.map((u) => [u.id, u.complete, u.total, u.rank, u.place, u.classification, u.award])).toEqual([
      ["U2", true, 3, 1, "Nhất", "Đạt", "cert"],
      ["U1", false, 20, null, null, null, null],
      ["U3", false, 0, null, null, null, null],
    ]);
    expect(r.warnings.filter((w) => w.code === "WARN_INCOMPLETE").map((w) => w.unit)).toEqual(["U1", "U3"]);
  });
});
