import { meetsLevel } from "../../src/domain/classification";
import { rankOf, rubricJson, rubricOf, scored, unitOf } from "../support/builders";

describe("classify (through scoreBloc)", () => {
  it("gives the first level whose minimum total and section ratio the unit reaches", () => {
    const r = rankOf({ U1: scored(17, 9), U2: scored(20, 7), U3: scored(10, 5), U4: scored(8, 2) });
    expect(r.units.map((u) => [u.id, u.total, u.classification])).toEqual([
      ["U2", 27, "Tốt"], // 27 ≥ 25 but S2 7 < 80 % of 10
      ["U1", 26, "Xuất sắc"],
      ["U3", 15, "Đạt"], // 15 < 20
      ["U4", 10, "Đạt"], // S2 2 < 50 %
    ]);
  });

  it("reads a section ratio against the exact subtotal: 7.99 is below 80 % of 10", () => {
    const json = rubricJson();
    json.scale.step = 0.01;
    json.scale.decimals = 1;
    json.classification[0].minTotal = 0;
    const r = rankOf({ U1: scored(20, 7.99), U2: scored(20, 8) }, { rubric: rubricOf(json) });
    expect(unitOf(r, "U1").sections.S2).toBe(8); // reported rounded to 1 decimal
    expect(unitOf(r, "U1").classification).toBe("Tốt");
    expect(unitOf(r, "U2").classification).toBe("Xuất sắc");
  });

  it("reads the minimum total against the rounded total: 24.95 rounds to 25", () => {
    const json = rubricJson();
    json.scale.step = 0.05;
    json.scale.decimals = 1;
    const r = rankOf({ U1: { C1: 10, C2: 6.95, C3: 8 } }, { rubric: rubricOf(json) });
    expect(unitOf(r, "U1")).toMatchObject({ total: 25, classification: "Xuất sắc" });
  });

  it("gives no classification when no level is reached", () => {
    const json = rubricJson();
    json.classification = [{ label: "Xuất sắc", minTotal: 25, minSectionRatio: 0.8 }];
    json.awards = [];
    expect(unitOf(rankOf({ U1: scored(10, 5) }, { rubric: rubricOf(json) }), "U1").classification).toBeNull();
  });
});

describe("meetsLevel", () => {
  it("accepts the required level or a better one (a smaller index), never no level", () => {
    expect(meetsLevel(0, 1)).toBe(true);
    expect(meetsLevel(1, 1)).toBe(true);
    expect(meetsLevel(2, 1)).toBe(false);
    expect(meetsLevel(-1, 3)).toBe(false);
  });
});
