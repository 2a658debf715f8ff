import { blocFromText, parseJsonText, rubricFromText } from "../../src/services/inputs";
import { caseFile, fixtureFile } from "../support/fixture";

describe("parseJsonText", () => {
  it("returns ERR_JSON_SYNTAX naming the file and the position (rubric-bad-json.json)", () => {
    const r = parseJsonText(caseFile("rubric-bad-json.json"), "rubric-bad-json.json");
    expect(r.ok).toBe(false);
    expect(r.findings).toEqual([expect.objectContaining({ code: "ERR_JSON_SYNTAX", params: expect.objectContaining({ file: "rubric-bad-json.json", reason: expect.stringMatching(/position|line/) }) })]);
  });

  it("reads a JSON file saved with a BOM", () => {
    expect(parseJsonText("\uFEFF" + fixtureFile("bloc.json"), "bloc.json").ok).toBe(true);
  });
});

describe("rubricFromText / blocFromText", () => {
  it("mark every finding with the file it came from", () => {
    const r = rubricFromText(caseFile("rubric-section-sum-41.json"), "r.json");
    expect(r.ok).toBe(true);
    expect(r.findings.map((f) => [f.code, f.source?.file])).toEqual([["WARN_SECTION_CAP", "r.json"]]);
    const b = blocFromText(caseFile("bloc-missing-fields.json"), "b.json");
    expect(b.ok).toBe(false);
    expect(new Set(b.findings.map((f) => f.source?.file))).toEqual(new Set(["b.json"]));
  });
});
