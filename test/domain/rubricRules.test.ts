import type { Criterion } from "../../src/domain/types";
import { parseRubric } from "../../src/domain/rubricRules";
import { findingMessage, renderFinding } from "../../src/i18n";
import { rubricJson } from "../support/builders";
import { caseFile, fixtureFile } from "../support/fixture";

const caseJson = (name: string): unknown => JSON.parse(caseFile(name));

describe("parseRubric", () => {
  it("accepts the fixture's rubric with defaults filled in and no finding", () => {
    const r = parseRubric(JSON.parse(fixtureFile("rubric.json")));
    expect(r.ok).toBe(true);
    expect(r.findings).toEqual([]);
    if (r.ok) {
      expect(r.value.sections.map((s) => s.id)).toEqual(["I", "II", "III", "IV", "V"]);
      expect(r.value.deductions.items[0].vetoAward).toBe(true);
    }
  });

  it("fills weight 1, no caps, all stages and no vetoes when they are left out", () => {
    const json = rubricJson();
    delete json.stages;
    delete json.sections[0].criteria[0].weight;
    delete json.bonus.items[0].maxPoints;
    delete json.deductions.items[1].vetoAward;
    const r = parseRubric(json);
    expect(r.ok && (r.value.sections[0].criteria[0] as Criterion).weight).toBe(1);
    expect(r.ok && r.value.bonus.items[0].maxPoints).toBeNull();
    expect(r.ok && r.value.deductions.items[1].vetoAward).toBe(false);
    expect(r.ok && r.value.stages).toEqual(["self", "bloc", "verified"]);
  });

  it("returns ERR_SCHEMA naming each field of a wrong type (rubric-wrong-types.json)", () => {
    const r = parseRubric(caseJson("rubric-wrong-types.json"));
    expect(r.ok).toBe(false);
    const fields = r.findings.map((f) => [f.code, f.params.field]);
    expect(fields).toEqual(
      expect.arrayContaining([
        ["ERR_SCHEMA", "year"],
        ["ERR_SCHEMA", "scale.step"],
        ["ERR_SCHEMA", "sections.0.maxPoints"],
        ["ERR_SCHEMA", "sections.1.criteria.0.weight"],
      ]),
    );
    const maxPoints = r.findings.find((f) => f.params.field === "sections.0.maxPoints")!;
    expect(maxPoints.params).toMatchObject({ found: '"40"', expected: "number" });
    expect(maxPoints.path).toEqual(["sections", 0, "maxPoints"]);
  });

  it("returns ERR_SCHEMA for each missing field (rubric-missing-fields.json)", () => {
    const r = parseRubric(caseJson("rubric-missing-fields.json"));
    expect(r.ok).toBe(false);
    expect(r.findings.map((f) => [f.code, f.params.field, f.params.found])).toEqual([
      ["ERR_SCHEMA", "title", "undefined"],
      ["ERR_SCHEMA", "sections.2.criteria.1.maxPoints", "undefined"],
    ]);
  });

  it("returns ERR_SCHEMA for a field it does not know, so that a misspelt option is never silently ignored", () => {
    const json = rubricJson();
    json.deductions.items[0] = { id: "D1", name: "Kỷ luật", pointsPerEvent: 3, vetoaward: true };
    const r = parseRubric(json);
    expect(r.ok).toBe(false);
    expect(r.findings).toEqual([expect.objectContaining({ code: "ERR_SCHEMA", path: ["deductions", "items", 0, "vetoaward"] })]);
  });

  it("returns ERR_RUBRIC_SUM when a section's criteria add up to less than its maximum, in Vietnamese by default", () => {
    const r = parseRubric(caseJson("rubric-section-sum-39.json"));
    expect(r.ok).toBe(false);
    expect(r.findings).toEqual([expect.objectContaining({ code: "ERR_RUBRIC_SUM", path: ["sections", 0, "maxPoints"], params: expect.objectContaining({ sum: 39, max: 40 }) })]);
    expect(findingMessage(r.findings[0], "vi")).toContain("Phần I: tổng điểm chuẩn các tiêu chí 39 < 40");
    expect(renderFinding(r.findings[0], "vi")).toMatch(/Phần I: tổng điểm chuẩn các tiêu chí 39 < 40.*\(ERR_RUBRIC_SUM\)$/);
    expect(findingMessage(r.findings[0], "en")).toContain("section I: its criteria add up to 39 < 40");
  });

  it("counts weights in a section's reachable maximum", () => {
    const json = rubricJson();
    json.sections[1].criteria[0].weight = 0.75; // 10 × 0.75 = 7.5 < 10
    const r = parseRubric(json);
    expect(r.findings.map((f) => [f.code, f.params.sum])).toEqual([["ERR_RUBRIC_SUM", 7.5]]);
  });

  it("warns WARN_SECTION_CAP, and still accepts the rubric, when the criteria add up to more than the section's maximum", () => {
    const r = parseRubric(caseJson("rubric-section-sum-41.json"));
    expect(r.ok).toBe(true);
    expect(r.findings).toEqual([expect.objectContaining({ code: "WARN_SECTION_CAP", severity: "warning", params: expect.objectContaining({ section: "I", sum: 41, max: 40 }) })]);
  });

  it("returns ERR_TIEBREAK_UNKNOWN for a key naming no section and for a repeated key", () => {
    const r = parseRubric(caseJson("rubric-tiebreak-unknown.json"));
    expect(r.ok).toBe(false);
    expect(r.findings.map((f) => [f.code, f.path, f.params.value, f.params.duplicate])).toEqual([
      ["ERR_TIEBREAK_UNKNOWN", ["tieBreak", 1], "section:IX", false],
      ["ERR_TIEBREAK_UNKNOWN", ["tieBreak", 3], "moreBonus", true],
    ]);
  });

  it("returns ERR_AWARD_CLASSIFICATION when an award requires a level the rubric does not have", () => {
    const r = parseRubric(caseJson("rubric-award-classification.json"));
    expect(r.ok).toBe(false);
    expect(r.findings).toEqual([
      expect.objectContaining({ code: "ERR_AWARD_CLASSIFICATION", path: ["awards", 0, "requires", "classification"], params: expect.objectContaining({ award: "flag", value: "Xuất sắc" }) }),
    ]);
  });

  it("returns ERR_DUPLICATE_ID and ERR_DUPLICATE_NAME naming both places", () => {
    const r = parseRubric(caseJson("rubric-duplicates.json"));
    expect(r.ok).toBe(false);
    expect(r.findings.map((f) => [f.code, f.params.field, f.params.first])).toEqual([
      ["ERR_DUPLICATE_ID", "sections.1.criteria.0.id", "sections.0.criteria.0.id"],
      ["ERR_DUPLICATE_NAME", "bonus.items.1.name", "bonus.items.0.name"],
    ]);
  });

  it("treats ids and names that differ only in case or outer spaces as duplicates", () => {
    const json = rubricJson();
    json.sections[1].name = "  PHẦN MỘT ";
    json.awards[1].id = "FLAG";
    const r = parseRubric(json);
    expect(r.findings.map((f) => f.code).sort()).toEqual(["ERR_DUPLICATE_ID", "ERR_DUPLICATE_NAME"]);
  });

  it("returns ERR_DUPLICATE_ID for a stage listed twice", () => {
    const json = rubricJson();
    json.stages = ["self", "bloc", "self"];
    expect(parseRubric(json).findings.map((f) => [f.code, f.path])).toEqual([["ERR_DUPLICATE_ID", ["stages", 2]]]);
  });

  it("returns ERR_PRECISION for a number the exact arithmetic cannot hold", () => {
    const r = parseRubric(caseJson("rubric-precision.json"));
    expect(r.ok).toBe(false);
    expect(r.findings).toEqual([expect.objectContaining({ code: "ERR_PRECISION", path: ["sections", 0, "criteria", 0, "weight"] })]);
  });

  it("limits a weight's decimals so that score × weight stays within 6 decimals", () => {
    const json = rubricJson();
    json.sections[1].criteria[0].weight = 1.00001; // 5 decimals + the step's 2 > 6
    json.sections[1].maxPoints = 10;
    expect(parseRubric(json).findings.map((f) => f.code)).toContain("ERR_PRECISION");
    json.sections[1].criteria[0].weight = 1.0001; // 4 + 2 = 6
    expect(parseRubric(json).findings.map((f) => f.code)).not.toContain("ERR_PRECISION");
  });

  it("returns ERR_SCHEMA for a step of 0 and for a negative maximum", () => {
    const json = rubricJson();
    json.scale.step = 0;
    json.sections[0].criteria[1].maxPoints = -10;
    const r = parseRubric(json);
    expect(r.findings.map((f) => [f.code, f.params.field, f.params.expected])).toEqual([
      ["ERR_SCHEMA", "scale.step", "> 0"],
      ["ERR_SCHEMA", "sections.0.criteria.1.maxPoints", "> 0"],
    ]);
  });
});
