import { rankOf, rubricJson, rubricOf, scored, unitOf } from "../support/builders";
import type { Ranking } from "../../src/domain/scoreBloc";

const ranks = (r: Ranking) => r.units.map((u) => [u.id, u.rank]);
const codes = (r: Ranking, code: string) => r.warnings.filter((w) => w.code === code);

/** U1 last, U2 and U4 tied second, U3 first; no tie-break can split U2 and U4. */
const fourUnits = { U1: scored(10, 5), U2: scored(15, 8), U3: scored(20, 10), U4: scored(15, 8) };

describe("rankUnits", () => {
  it("shares a rank between tied units and skips the next ones (1, 2, 2, 4)", () => {
    const r = rankOf(fourUnits);
    expect(ranks(r)).toEqual([
      ["U3", 1],
      ["U2", 2],
      ["U4", 2],
      ["U1", 4],
    ]);
    expect(r.units.map((u) => u.place)).toEqual(["Nhất", "Nhì", "Nhì", null]);
    expect(r.ties).toEqual([["U2", "U4"]]);
    expect(codes(r, "WARN_TIE_UNRESOLVED")).toEqual([expect.objectContaining({ params: { units: ["U2", "U4"], rank: 2, total: 23 } })]);
  });

  it("lists tied units in bloc order, whatever order they come in", () => {
    const r = rankOf({ U4: fourUnits.U4, U3: fourUnits.U3, U2: fourUnits.U2, U1: fourUnits.U1 });
    expect(ranks(r)).toEqual([
      ["U3", 1],
      ["U4", 2],
      ["U2", 2],
      ["U1", 4],
    ]);
    expect(r.ties).toEqual([["U4", "U2"]]);
  });

  it("breaks an equal total by the higher capped subtotal of the section named first", () => {
    const r = rankOf({ U1: scored(14, 9), U2: scored(15, 8) });
    expect(ranks(r)).toEqual([
      ["U2", 1],
      ["U1", 2],
    ]);
    expect(r.ties).toEqual([]);
  });

  it("then by fewer deduction points as they enter the total, not fewer events", () => {
    // U1: 6 late reports, capped at 1 point; U2: one disciplinary event of 3 points
    const r = rankOf({ U1: scored(10, 6, { D2: 6 }), U2: scored(10, 8, { D1: 1 }) });
    expect(unitOf(r, "U1").total).toBe(unitOf(r, "U2").total);
    expect(ranks(r)).toEqual([
      ["U1", 1],
      ["U2", 2],
    ]);
  });

  it("then by more bonus points as they enter the total, not more events", () => {
    // U1: 2 events of 1 point; U2: 3 events of 0.5 point
    const r = rankOf({ U2: scored(10, 5.5, { B2: 3 }), U1: scored(10, 5, { B1: 2 }) });
    expect(unitOf(r, "U1").total).toBe(unitOf(r, "U2").total);
    expect(ranks(r)).toEqual([
      ["U1", 1],
      ["U2", 2],
    ]);
  });

  it("applies the tie-break keys in the rubric's order", () => {
    const json = rubricJson();
    json.tieBreak = ["moreBonus", "section:S1"];
    // U1 has the higher S1, U2 the higher bonus
    const values = { U1: scored(12, 5), U2: scored(10, 6, { B1: 1 }) };
    expect(ranks(rankOf(values, { rubric: rubricOf(json) }))[0]).toEqual(["U2", 1]);
    expect(ranks(rankOf(values))[0]).toEqual(["U1", 1]);
  });

  it("with no tie-break chain, leaves equal totals tied", () => {
    const json = rubricJson();
    json.tieBreak = [];
    const r = rankOf({ U1: scored(14, 9), U2: scored(15, 8) }, { rubric: rubricOf(json) });
    expect(r.ties).toEqual([["U1", "U2"]]);
  });

  it("breaks a tie with a vote naming every member", () => {
    const r = rankOf(fourUnits, { votes: { orders: [["U4", "U2"]] } });
    expect(ranks(r)).toEqual([
      ["U3", 1],
      ["U4", 2],
      ["U2", 3],
      ["U1", 4],
    ]);
    expect(r.ties).toEqual([]);
    expect(codes(r, "WARN_TIE_UNRESOLVED")).toEqual([]);
    expect(codes(r, "WARN_VOTE_REJECTED")).toEqual([]);
  });

  it("rejects a vote leaving a member out with WARN_VOTE_REJECTED, and the tie stays", () => {
    const r = rankOf({ ...fourUnits, U5: scored(15, 8) }, { votes: { orders: [["U5", "U2"]] } });
    expect(r.ties).toEqual([["U2", "U4", "U5"]]);
    expect(r.units.filter((u) => u.rank === 2).map((u) => u.id)).toEqual(["U2", "U4", "U5"]);
    expect(codes(r, "WARN_VOTE_REJECTED")).toEqual([expect.objectContaining({ params: { vote: ["U5", "U2"], group: ["U2", "U4", "U5"], reason: "members" } })]);
    expect(codes(r, "WARN_TIE_UNRESOLVED")).toHaveLength(1);
  });

  it("rejects a vote naming a unit outside the tie group", () => {
    const r = rankOf(fourUnits, { votes: { orders: [["U2", "U4", "U1"]] } });
    expect(r.ties).toEqual([["U2", "U4"]]);
    expect(codes(r, "WARN_VOTE_REJECTED").map((w) => w.params.reason)).toEqual(["members"]);
  });

  it("says 'members' when a vote starting with an untied unit names members of a tie", () => {
    const r = rankOf(fourUnits, { votes: { orders: [["U1", "U2", "U4"]] } });
    expect(r.ties).toEqual([["U2", "U4"]]);
    expect(codes(r, "WARN_VOTE_REJECTED")).toEqual([expect.objectContaining({ params: { vote: ["U1", "U2", "U4"], group: ["U2", "U4"], reason: "members" } })]);
  });

  it("rejects a vote between units the chain already ordered: it breaks only ties the chain left", () => {
    const r = rankOf(fourUnits, { votes: { orders: [["U1", "U3"]] } });
    expect(ranks(r)[0]).toEqual(["U3", 1]);
    expect(codes(r, "WARN_VOTE_REJECTED").map((w) => w.params.reason)).toEqual(["notTied"]);
  });

  it("orders a tie by the workbook's vote numbers when every member has one", () => {
    const r = rankOf(fourUnits, { votes: { numbers: new Map([["U4", 1], ["U2", 2], ["U1", 1]]) } });
    expect(ranks(r).slice(1, 3)).toEqual([
      ["U4", 2],
      ["U2", 3],
    ]);
  });

  it("keeps units with equal vote numbers tied", () => {
    const r = rankOf({ ...fourUnits, U5: scored(15, 8) }, { votes: { numbers: new Map([["U4", 1], ["U2", 2], ["U5", 2]]) } });
    expect(ranks(r).slice(1, 4)).toEqual([
      ["U4", 2],
      ["U2", 3],
      ["U5", 3],
    ]);
    expect(r.ties).toEqual([["U2", "U5"]]);
  });

  it("rejects the workbook's numbers when a member has none", () => {
    const r = rankOf(fourUnits, { votes: { numbers: new Map([["U4", 1]]) } });
    expect(r.ties).toEqual([["U2", "U4"]]);
    expect(codes(r, "WARN_VOTE_REJECTED")).toHaveLength(1);
  });

  it("lets a --vote override the workbook's numbers for its group", () => {
    const r = rankOf(fourUnits, { votes: { numbers: new Map([["U4", 1], ["U2", 2]]), orders: [["U2", "U4"]] } });
    expect(ranks(r).slice(1, 3)).toEqual([
      ["U2", 2],
      ["U4", 3],
    ]);
  });
});
