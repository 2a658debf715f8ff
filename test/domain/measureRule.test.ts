import { formatMeasureRule, parseMeasureRule } from "../../src/domain/measureRule";
import { measureProblems } from "../../src/domain/measureRules";
import type { Measure } from "../../src/domain/types";

const read = (text: string) => {
  const r = parseMeasureRule(text);
  if (!r.ok) throw new Error(`${r.problem}: ${r.clause}`);
  return r.measure;
};

describe("parseMeasureRule: the words officials write in Cách chấm", () => {
  it.each<[string, Measure]>([
    ["tỷ lệ", { shape: "linear" }],
    ["tỷ lệ; vượt 1% +0,1 tối đa 1", { shape: "linear", perPercentAbove: 0.1, maxAbove: 1 }],
    ["bậc: ≥95% 5; ≥90% 4; ≥80% 3", { shape: "bands", bands: [[95, 5], [90, 4], [80, 3]] }],
    ["tỷ lệ; càng thấp càng tốt", { shape: "linear", lowerIsBetter: true }],
    ["tỷ lệ; vượt 1% +0,05 tối đa 0,5; càng thấp càng tốt", { shape: "linear", lowerIsBetter: true, perPercentAbove: 0.05, maxAbove: 0.5 }],
    ["bậc: ≥100% 4; ≥90% 2; càng thấp càng tốt", { shape: "bands", lowerIsBetter: true, bands: [[100, 4], [90, 2]] }],
    ["bậc: ≥99,5% 2,75", { shape: "bands", bands: [[99.5, 2.75]] }],
  ])("%s", (text, measure) => {
    expect(read(text)).toEqual(measure);
    // the canonical words are the words read
    expect(formatMeasureRule(measure)).toBe(text);
  });

  it("forgives case, spaces, >=, 'điểm', 'mỗi', 'cộng', a decimal point and the spelling tỉ lệ", () => {
    expect(read("  Tỉ  lệ ; Vượt mỗi 1% cộng 0.1 điểm, tối đa +1 điểm ")).toEqual({ shape: "linear", perPercentAbove: 0.1, maxAbove: 1 });
    expect(read("Bậc: >= 95 % 5 điểm; ≥90%: 4đ")).toEqual({ shape: "bands", bands: [[95, 5], [90, 4]] });
    expect(read("TỶ LỆ; CÀNG THẤP CÀNG TỐT")).toEqual({ shape: "linear", lowerIsBetter: true });
  });

  it("reads an empty cell as a criterion typed as points", () => {
    expect(parseMeasureRule("")).toEqual({ ok: true, measure: undefined });
    expect(parseMeasureRule(" ; ")).toEqual({ ok: true, measure: undefined });
  });

  it("says which clause it cannot read, and why", () => {
    expect(parseMeasureRule("theo kết quả")).toEqual({ ok: false, problem: "shape", clause: "theo kết quả" });
    expect(parseMeasureRule("càng thấp càng tốt; tỷ lệ")).toEqual({ ok: false, problem: "shape", clause: "càng thấp càng tốt" });
    expect(parseMeasureRule("tỷ lệ; vượt 2% +0,1 tối đa 1")).toEqual({ ok: false, problem: "clause", clause: "vượt 2% +0,1 tối đa 1" });
    expect(parseMeasureRule("tỷ lệ; ≥95% 5")).toEqual({ ok: false, problem: "mixed", clause: "≥95% 5" });
    expect(parseMeasureRule("bậc: ≥95% 5; vượt 1% +0,1 tối đa 1")).toEqual({ ok: false, problem: "mixed", clause: "vượt 1% +0,1 tối đa 1" });
    expect(parseMeasureRule("tỷ lệ; càng thấp càng tốt; càng thấp càng tốt")).toEqual({ ok: false, problem: "repeated", clause: "càng thấp càng tốt" });
    expect(parseMeasureRule("bậc: ≥95 5")).toEqual({ ok: false, problem: "clause", clause: "≥95 5" });
  });

  it("leaves the rules between options to the rubric check (bands best first)", () => {
    const m = read("bậc: ≥80% 3; ≥90% 4");
    expect(measureProblems(m!, 5).map((p) => p.problem)).toEqual(["bands_order", "band_points_order"]);
    expect(measureProblems(read("bậc:")!, 5).map((p) => p.problem)).toEqual(["bands_missing"]);
  });
});
