import { measuredPoints, weighted } from "../../src/domain/measured";
import { explanationLines } from "../../src/i18n/explanations";
import { measureProblems } from "../../src/domain/measureRules";
import { parseRubric } from "../../src/domain/rubricRules";
import { buildScoreBook, missingFindings } from "../../src/domain/scoreBook";
import { parseScoresCsv } from "../../src/domain/scoresCsv";
import { parseBloc } from "../../src/domain/blocRules";
import type { Measure, Rubric } from "../../src/domain/types";
import { unitTotals } from "../../src/domain/unitTotals";
import { dropRows, editJson, measuredTexts, scoreTexts, setValue } from "../support/fixture";
import { refValuesOfCsv, treeReference } from "../support/treeReference";

/* eslint-disable @typescript-eslint/no-explicit-any */

const texts = measuredTexts();
const rubricJson = JSON.parse(texts.rubric);
const blocJson = JSON.parse(texts.bloc);
const contract = (r: any) => ({ stage: r.stage, units: r.units, ties: r.ties });

function book(csv: string, rubricText = texts.rubric) {
  const rubric = parseRubric(JSON.parse(rubricText));
  const bloc = parseBloc(blocJson);
  if (!rubric.ok || !bloc.ok) throw new Error("fixture");
  return buildScoreBook(rubric.value, bloc.value, parseScoresCsv(csv, "scores.csv").rows);
}

describe("the measured fixture", () => {
  it("holds what it is meant to test", () => {
    const ref = treeReference(rubricJson, blocJson, refValuesOfCsv(texts.scores), "self");
    const unit = (id: string) => ref.units.find((u) => u.id === id)!;
    // H4 reported an actual for M1 but has no target: incomplete, no rank
    expect([unit("H4").complete, unit("H4").rank]).toEqual([false, null]);
    expect(ref.units.filter((u) => u.complete).length).toBe(4);
  });

  it.each(["self", "bloc", "final"] as const)("score at %s equals the independent reference", (stage) => {
    const out = scoreTexts(texts, stage);
    expect(out.exit).toBe(0);
    const ref = treeReference(rubricJson, blocJson, refValuesOfCsv(texts.scores), stage);
    expect(contract(out.ranking)).toEqual({ stage: ref.stage, units: ref.units, ties: ref.ties });
  });

  it("computes each rule as the design words it, per unit", () => {
    const { book: b } = book(texts.scores);
    // the engine's per-criterion numbers, through the one place points are computed
    const totals = (u: number) => unitTotals(b, u, "self");
    const m = (u: number, item: string) => totals(u).measured[b.itemIds.indexOf(item)];
    // 104% of the target: 6 + 0.4 (0.1 per percent above)
    expect(m(0, "M1")).toMatchObject({ points: 6_400_000, base: 6_000_000, extra: 400_000, percent: 104_000_000 });
    // 125%: the extra 2.5 is capped at maxAbove 1
    expect(m(1, "M1")).toMatchObject({ points: 7_000_000, extra: 1_000_000 });
    // 5 of 7: 6 × 5/7 = 4.2857142… → ROUND6
    expect(m(2, "M1")).toMatchObject({ points: 4_285_714 });
    // lower is better with an actual of 0: maxPoints + maxAbove
    expect(m(0, "M4")).toMatchObject({ points: 10_500_000, percent: null });
    // bands: exactly 90% reaches the 90% band; 79.99% reaches none
    expect(m(1, "M3")).toMatchObject({ points: 4_000_000, band: 1 });
    expect(m(2, "M3")).toMatchObject({ points: 0, band: -1 });
    // weight 2 on 5 × 90.5/95 = 4.763158 (ROUND6) → 9.526316
    expect(totals(1).sections[0]).toBe(7_000_000 + 9_526_316 + 4_000_000 + 9_000_000);
    // no target: no points, the unit incomplete
    expect(m(3, "M1")).toBeNull();
    expect(totals(3).complete).toBe(false);
  });
});

describe("measuredPoints", () => {
  const linear: Measure = { shape: "linear", perPercentAbove: 0.1, maxAbove: 1 };
  it("is exact on large actuals and targets (revenue in millions)", () => {
    // 8 000 000 000.5 of 8 000 000 000: 100.00000000625% → the extra rounds to 0
    expect(measuredPoints(linear, 6, 8_000_000_000_500_000, 8_000_000_000_000_000).points).toBe(6_000_000);
    expect(measuredPoints({ shape: "linear" }, 6, 7_999_000_000_000_000, 8_000_000_000_000_000).points).toBe(5_999_250);
  });
  it("rounds half away from zero, like the workbook's ROUND", () => {
    // 1 × 1/8 = 0.125 exactly; 1/3 → 0.333333; 2/3 → 0.666667
    expect(measuredPoints({ shape: "linear" }, 1, 1_000_000, 8_000_000).points).toBe(125_000);
    expect(measuredPoints({ shape: "linear" }, 1, 2_000_000, 3_000_000).points).toBe(666_667);
  });
  it("lower is better: the first band for an actual of 0, target ÷ actual otherwise", () => {
    const bands: Measure = { shape: "bands", lowerIsBetter: true, bands: [[100, 4], [90, 2]] };
    expect(measuredPoints(bands, 4, 0, 10_000_000).points).toBe(4_000_000);
    expect(measuredPoints(bands, 4, 11_000_000, 10_000_000).points).toBe(2_000_000);
    expect(measuredPoints({ shape: "linear", lowerIsBetter: true }, 10, 0, 5_000_000).points).toBe(10_000_000);
  });
  it("weights and rounds again", () => {
    expect(weighted(4_763_158, 2)).toBe(9_526_316);
    expect(weighted(333_333, 1.5)).toBe(500_000);
  });
});

describe("the rules of a measure", () => {
  const rubricWith = (measure: unknown, maxPoints = 6) =>
    parseRubric(JSON.parse(editJson(texts.rubric, (r) => {
      r.sections[0].criteria[0].measure = measure;
      r.sections[0].criteria[0].maxPoints = maxPoints;
    })));
  const problems = (m: Measure, max = 6) => measureProblems(m, max).map((p) => p.problem);
  it("requires maxAbove with perPercentAbove, and the other way round", () => {
    expect(problems({ shape: "linear", perPercentAbove: 0.1 })).toEqual(["max_above_missing"]);
    expect(problems({ shape: "linear", maxAbove: 1 })).toEqual(["per_percent_missing"]);
  });
  it("keeps each shape's options to itself", () => {
    expect(problems({ shape: "bands" })).toEqual(["bands_missing"]);
    expect(problems({ shape: "linear", bands: [[90, 1]] })).toEqual(["bands_on_linear"]);
    expect(problems({ shape: "bands", bands: [[90, 1]], perPercentAbove: 1, maxAbove: 1 })).toEqual(["above_on_bands"]);
  });
  it("wants bands best first, points never rising, never above the maximum", () => {
    expect(problems({ shape: "bands", bands: [[90, 4], [95, 5]] })).toEqual(["bands_order", "band_points_order"]);
    expect(problems({ shape: "bands", bands: [[95, 5], [95, 4]] })).toEqual(["bands_order"]);
    expect(problems({ shape: "bands", bands: [[95, 7], [90, 4]] })).toEqual(["band_above_max"]);
    expect(problems({ shape: "bands", bands: [[95, 5], [90, 4], [80, 3]] })).toEqual([]);
  });
  it("reports a broken measure as ERR_MEASURE at its field, a misspelt option as ERR_SCHEMA", () => {
    const bad = rubricWith({ shape: "linear", perPercentAbove: 0.1 });
    expect(bad.ok).toBe(false);
    expect(bad.findings.map((f) => [f.code, f.path])).toEqual([["ERR_MEASURE", ["sections", 0, "criteria", 0, "measure", "perPercentAbove"]]]);
    const typo = rubricWith({ shape: "linear", perPercentAbve: 0.1 });
    expect(typo.findings.map((f) => f.code)).toEqual(["ERR_SCHEMA"]);
    expect(rubricWith({ shape: "steps" }).findings.map((f) => f.code)).toEqual(["ERR_SCHEMA"]);
    expect(rubricWith({ shape: "linear", perPercentAbove: 0.1234567, maxAbove: 1 }).findings.map((f) => f.code)).toEqual(["ERR_PRECISION"]);
  });
});

describe("targets and actuals in the score book", () => {
  const codes = (csv: string) => book(csv).findings.map((f) => [f.code, f.unit, f.item, f.source?.line]);
  it("takes one target per unit and criterion", () => {
    const { book: b, targets } = book(texts.scores);
    expect(targets.find((t) => t.unit === "H5" && t.item === "M1")?.value).toBe(1500.5);
    expect(b.targets[0]).toBe(100_000_000);
  });
  it("refuses a target ≤ 0 (data error), `na` on a target, a target as text, a duplicated target", () => {
    expect(codes(setValue(texts.scores, "H1", "M1", "target", "0"))).toContainEqual(["ERR_TARGET", "H1", "M1", 2]);
    expect(codes(setValue(texts.scores, "H1", "M1", "target", "-5"))).toContainEqual(["ERR_TARGET", "H1", "M1", 2]);
    expect(codes(setValue(texts.scores, "H1", "M1", "target", "na"))).toContainEqual(["ERR_NA_NOT_ALLOWED", "H1", "M1", 2]);
    expect(codes(setValue(texts.scores, "H1", "M1", "target", "\"1,5\""))[0][0]).toBe("ERR_TEXT_NUMBER");
    expect(codes(texts.scores + "H1,M1,target,90,\n").at(-1)).toEqual(["ERR_DUPLICATE_ROW", "H1", "M1", 64]);
  });
  it("refuses a target row for a criterion that isn't measured (input error, exit 2)", () => {
    expect(codes(texts.scores + "H1,C1,target,90,\n").at(-1)).toEqual(["ERR_TARGET_NOT_MEASURED", "H1", "C1", 64]);
    const out = scoreTexts({ ...texts, scores: texts.scores + "H1,B1,target,90,\n" });
    expect([out.exit, out.findings.map((f) => f.code)]).toEqual([2, ["ERR_TARGET_NOT_MEASURED"]]);
  });
  it("takes any actual ≥ 0 with no maximum and no step, refuses a negative one (exit 1)", () => {
    expect(codes(setValue(texts.scores, "H1", "M1", "self", "1234.567"))).toEqual([]);
    expect(codes(setValue(texts.scores, "H1", "M1", "self", "-1"))).toContainEqual(["ERR_NEGATIVE", "H1", "M1", 3]);
    expect(codes(setValue(texts.scores, "H1", "M1", "self", "1.1234567"))).toContainEqual(["ERR_DECIMALS", "H1", "M1", 3]);
    expect(scoreTexts({ ...texts, scores: setValue(texts.scores, "H1", "M1", "self", "-1") }).exit).toBe(1);
  });
  it("says a target is missing unless the value that counts is `na`", () => {
    const { book: b } = book(dropRows(texts.scores, (u, i, s) => u === "H2" && i === "M5" && s === "target"));
    const targetMissing = (stage: "self" | "final") =>
      missingFindings(b, stage).filter((f) => f.params.what === "target").map((f) => `${f.unit}:${f.item}`);
    // H4's M1 lacks its target; H1's M5 is na at self, so it needs none
    expect(targetMissing("self")).toEqual(["H2:M5", "H4:M1"]);
    expect(targetMissing("final")).toEqual(["H2:M5", "H4:M1"]);
  });
});

it("na on a measured criterion counts as its rule says and needs no target", () => {
  const { book: b } = book(texts.scores);
  const rubric: Rubric = b.rubric;
  expect(rubric.sections[1].criteria[1]).toMatchObject({ id: "M5", notApplicable: "full" });
  const out = scoreTexts(texts, "self");
  const h1 = out.ranking!.units.find((u) => u.id === "H1")!;
  // M4 10.5 + M5 4 (full) + C2 6 = 20.5, capped at II's 20
  expect(h1.sections.II).toBe(20);
});

describe("explaining measured points", () => {
  const lines = (unit: string, lang: "vi" | "en" = "vi") => {
    const e = scoreTexts(texts, "final").ranking!.explanations.find((x) => x.unit === unit)!;
    return explanationLines(e, lang, 2);
  };
  it("says how each measured criterion's points arose, per unit", () => {
    expect(lines("H1")).toEqual(
      expect.arrayContaining(["M1: đạt 104% chỉ tiêu → 6 + 0,4 điểm", "M3: đạt 96% chỉ tiêu, bậc ≥95% → 5 điểm", "M4: kết quả 0 (càng thấp càng tốt) → 10 + 0,5 điểm"]),
    );
    expect(lines("H2")).toEqual(expect.arrayContaining(["M1: đạt 125% chỉ tiêu → 6 + 1 điểm", "M2: đạt 95,26% chỉ tiêu → 4,763158 điểm × hệ số 2 = 9,526316"]));
    expect(lines("H3")).toEqual(expect.arrayContaining(["M3: đạt 79,99% chỉ tiêu, dưới mọi bậc → 0 điểm"]));
    expect(lines("H1", "en")).toEqual(expect.arrayContaining(["M1: 104% of target → 6 + 0.4 points"]));
  });
  it("has nothing to say of a criterion without its target", () => {
    const e = scoreTexts(texts, "final").ranking!.explanations.find((x) => x.unit === "H4")!;
    expect(e.measured.map((m) => m.item)).toEqual(["M2", "M3", "M4", "M5"]);
  });
});
