import type { Ranking } from "../../src/domain/scoreBloc";
import { rankOf, rubricJson, rubricOf, scored, unitOf } from "../support/builders";

const awards = (r: Ranking) => r.units.map((u) => [u.id, u.award]);
const codes = (r: Ranking, code: string) => r.warnings.filter((w) => w.code === code);

/** "Xuất sắc" needs ≥ 25 and S1 ≥ 16, S2 ≥ 8; the flag needs it; the certificates (2) need nothing. */
describe("walkAwards", () => {
  it("gives the flag to the leader and the certificates to the next two", () => {
    const r = rankOf({ U1: scored(18, 9), U2: scored(17, 9), U3: scored(16, 8), U4: scored(15, 8) });
    expect(awards(r)).toEqual([
      ["U1", "flag"],
      ["U2", "cert"],
      ["U3", "cert"],
      ["U4", null],
    ]);
    expect(codes(r, "WARN_AWARD_EMPTY")).toEqual([]);
    expect(codes(r, "WARN_AWARD_REQUIREMENT")).toEqual([]);
    expect(codes(r, "WARN_AWARD_FULL")).toEqual([]);
  });

  it("never passes the flag down; a leader missing its requirements takes a certificate", () => {
    // U1 leads with 27 but S2 = 7 < 8: not "Xuất sắc"; U2 is "Xuất sắc" but second
    const r = rankOf({ U1: scored(20, 7), U2: scored(17, 9), U3: scored(16, 8) });
    expect(awards(r)).toEqual([
      ["U1", "cert"],
      ["U2", "cert"],
      ["U3", null],
    ]);
    expect(codes(r, "WARN_AWARD_REQUIREMENT")).toEqual([
      expect.objectContaining({ unit: "U1", params: expect.objectContaining({ position: 1, missed: ["flag:classification"], got: "cert", classification: "Tốt" }) }),
    ]);
    expect(codes(r, "WARN_AWARD_EMPTY")).toEqual([expect.objectContaining({ params: expect.objectContaining({ award: "flag", free: 1, places: 1, stopped: false }) })]);
    // U3 is within the award positions but the only award reaching it is full: passed over, and told so
    expect(codes(r, "WARN_AWARD_FULL")).toEqual([expect.objectContaining({ unit: "U3", params: { position: 3, awards: ["cert"] } })]);
  });

  it("checks an award's minimum total against the rounded total", () => {
    const json = rubricJson();
    json.awards[1].requires = { minTotal: 24 };
    const r = rankOf({ U1: scored(18, 9), U2: scored(16, 8), U3: scored(15, 8.75) }, { rubric: rubricOf(json) });
    expect(awards(r)).toEqual([
      ["U1", "flag"],
      ["U2", "cert"],
      ["U3", null],
    ]);
    expect(codes(r, "WARN_AWARD_REQUIREMENT")).toEqual([expect.objectContaining({ unit: "U3", params: expect.objectContaining({ missed: ["cert:minTotal"], got: null }) })]);
  });

  it("accepts a better classification than the one an award requires", () => {
    const json = rubricJson();
    json.awards[1].requires = { classification: "Tốt" };
    const r = rankOf({ U1: scored(18, 9), U2: scored(17, 9), U3: scored(19, 1) }, { rubric: rubricOf(json) });
    expect(r.units.map((u) => [u.id, u.classification, u.award])).toEqual([
      ["U1", "Xuất sắc", "flag"],
      ["U2", "Xuất sắc", "cert"],
      ["U3", "Đạt", null],
    ]);
  });

  it("stops at an unresolved tie within the award positions and says so", () => {
    const r = rankOf({ U1: scored(18, 9), U2: scored(16, 8), U3: scored(16, 8), U4: scored(15, 8) });
    expect(awards(r)).toEqual([
      ["U1", "flag"],
      ["U2", null],
      ["U3", null],
      ["U4", null],
    ]);
    expect(codes(r, "WARN_AWARD_STOPPED")).toEqual([expect.objectContaining({ params: { position: 2, units: ["U2", "U3"] } })]);
    expect(codes(r, "WARN_AWARD_EMPTY")).toEqual([expect.objectContaining({ params: expect.objectContaining({ award: "cert", free: 2, stopped: true }) })]);
  });

  it("stops at a tie that straddles the last award position", () => {
    const r = rankOf({ U1: scored(18, 9), U2: scored(17, 8), U3: scored(16, 8), U4: scored(16, 8) });
    expect(awards(r).map((a) => a[1])).toEqual(["flag", "cert", null, null]);
    expect(codes(r, "WARN_AWARD_STOPPED")).toHaveLength(1);
  });

  it("proposes once the vote orders the tie", () => {
    const r = rankOf({ U1: scored(18, 9), U2: scored(16, 8), U3: scored(16, 8), U4: scored(15, 8) }, { votes: { orders: [["U3", "U2"]] } });
    expect(awards(r)).toEqual([
      ["U1", "flag"],
      ["U3", "cert"],
      ["U2", "cert"],
      ["U4", null],
    ]);
    expect(codes(r, "WARN_AWARD_STOPPED")).toEqual([]);
  });

  it("does not stop at a tie below the award positions", () => {
    const r = rankOf({ U1: scored(18, 9), U2: scored(17, 9), U3: scored(16, 9), U4: scored(15, 8), U5: scored(15, 8) });
    expect(awards(r).map((a) => a[1])).toEqual(["flag", "cert", "cert", null, null]);
    expect(codes(r, "WARN_AWARD_STOPPED")).toEqual([]);
    expect(r.ties).toEqual([["U4", "U5"]]);
  });

  it("skips a vetoed unit, which keeps its rank and place, and counts positions among the others", () => {
    const r = rankOf({ U1: scored(18, 9, { D1: 1 }), U2: scored(19, 9), U3: scored(16, 8), U4: scored(15, 8) });
    // U1: 27 − 3 = 24 → second, vetoed
    expect(r.units.map((u) => [u.id, u.rank, u.place, u.vetoed, u.award])).toEqual([
      ["U2", 1, "Nhất", false, "flag"],
      ["U1", 2, "Nhì", true, null],
      ["U3", 3, "Ba", false, "cert"],
      ["U4", 4, null, false, "cert"],
    ]);
    expect(codes(r, "WARN_AWARD_VETOED")).toEqual([expect.objectContaining({ unit: "U1", params: { rank: 2 } })]);
  });

  it("does not stop at a tie between a vetoed unit and one unit of the walk", () => {
    const json = rubricJson();
    json.tieBreak = [];
    const r = rankOf({ U1: scored(18, 10, { D1: 1 }), U2: scored(17, 8), U3: scored(16, 8) }, { rubric: rubricOf(json) });
    expect(unitOf(r, "U1").total).toBe(unitOf(r, "U2").total);
    expect(r.ties).toEqual([["U1", "U2"]]);
    expect(awards(r)).toEqual([
      ["U1", null],
      ["U2", "flag"],
      ["U3", "cert"],
    ]);
    expect(codes(r, "WARN_AWARD_STOPPED")).toEqual([]);
  });

  it("leaves places empty, with a warning each, when the bloc has fewer units than places", () => {
    const r = rankOf({ U1: scored(18, 9), U2: scored(8, 3) });
    expect(awards(r)).toEqual([
      ["U1", "flag"],
      ["U2", "cert"],
    ]);
    expect(codes(r, "WARN_AWARD_EMPTY")).toEqual([expect.objectContaining({ params: expect.objectContaining({ award: "cert", free: 1, places: 2 }) })]);
  });

  it("fills a later award's places beyond the earlier award's reach", () => {
    const json = rubricJson();
    json.awards = [
      { id: "cert", label: "Bằng khen", places: 2, requires: {} },
      { id: "merit", label: "Giấy khen", places: 2, requires: { minTotal: 20 } },
    ];
    const r = rankOf({ U1: scored(18, 9), U2: scored(17, 9), U3: scored(16, 8), U4: scored(15, 8), U5: scored(14, 8) }, { rubric: rubricOf(json) });
    expect(awards(r).map((a) => a[1])).toEqual(["cert", "cert", "merit", "merit", null]);
  });
});
