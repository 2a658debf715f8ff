import { missingFindings, buildScoreBook } from "../../src/domain/scoreBook";
import { parseScoresCsv } from "../../src/domain/scoresCsv";
import type { Ranking } from "../../src/domain/scoreBloc";
import { blocFromText, rubricFromText } from "../../src/services/inputs";
import { caseFile, dropRows, editJson, expected, fixtureTexts, lineOf, scoreTexts, setValue, type Texts } from "../support/fixture";

const fixture = fixtureTexts();
const withScores = (scores: string): Texts => ({ ...fixture, scores });
const codes = (fs: readonly { code: string }[]) => fs.map((f) => f.code);
/** The errors among findings: the fixture's changed scores carry no reasons, so its warnings include WARN_REASON_MISSING. */
const errors = <T extends { severity: string }>(fs: readonly T[]) => fs.filter((f) => f.severity === "error");

/** The ranking as `score --json` prints it, parsed back, without warnings. */
function asJson(r: Ranking | undefined): unknown {
  if (!r) throw new Error("no ranking");
  return JSON.parse(JSON.stringify({ stage: r.stage, units: r.units, ties: r.ties }));
}

describe("scoreFiles on the fixture", () => {
  it.each(["bloc", "final"] as const)("equals expected-%s.json field by field", (stage) => {
    const out = scoreTexts(fixture, stage);
    expect(out.exit).toBe(0);
    const want = expected(stage);
    const got = asJson(out.ranking) as typeof want;
    expect(got.stage).toBe(want.stage);
    expect(got.ties).toStrictEqual(want.ties);
    expect(got.units.map((u) => u.id)).toStrictEqual(want.units.map((u) => u.id));
    want.units.forEach((w, i) => {
      expect(Object.keys(got.units[i]).sort()).toStrictEqual(Object.keys(w).sort());
      for (const field of Object.keys(w)) expect([w.id, field, got.units[i][field]]).toStrictEqual([w.id, field, w[field]]);
    });
  });

  it("ranks the same from the `;` file with decimal commas and a BOM", () => {
    const out = scoreTexts(withScores(caseFile("scores-semicolon-bom.csv")));
    expect(out.exit).toBe(0);
    const { warnings: _w, ...want } = expected("final") as ReturnType<typeof expected> & { warnings?: unknown };
    expect(asJson(out.ranking)).toStrictEqual(want);
  });

  it("reports U09's 10 late days capped at 2 points as the only warning at stage bloc besides the missing reasons", () => {
    const out = scoreTexts(fixture, "bloc");
    expect(out.ranking?.warnings.filter((w) => w.code !== "WARN_REASON_MISSING").map((w) => [w.code, w.unit, w.item])).toEqual([["WARN_CAPPED", "U09", "D4"]]);
  });

  it("warns of every changed value without a reason (the fixture gives none), at its CSV line, whatever the stage asked", () => {
    const reasons = (stage: "self" | "final") => scoreTexts(fixture, stage).findings.filter((w) => w.code === "WARN_REASON_MISSING");
    const found = reasons("self");
    // counted without the engine: rows whose value differs from the same unit and item's previous stage with a value
    const rows = fixture.scores.trim().split(/\r?\n/).slice(1).map((l) => l.split(","));
    const order = ["self", "bloc", "verified"];
    const changed = rows.filter(([u, i, st, v]) => {
      const earlier = rows.filter((r) => r[0] === u && r[1] === i && order.indexOf(r[2]) < order.indexOf(st)).sort((a, b) => order.indexOf(b[2]) - order.indexOf(a[2]));
      return earlier.length > 0 && Number(earlier[0][3]) !== Number(v);
    });
    expect(changed.length).toBeGreaterThan(50);
    expect(found.map((f) => [f.unit, f.item, f.stage]).sort()).toEqual(changed.map(([u, i, st]) => [u, i, st]).sort());
    expect(found[0]).toMatchObject({ unit: "U01", item: "C01", stage: "bloc", source: { file: "scores.csv", line: lineOf(fixture.scores, "U01", "C01", "bloc") }, params: { before: 7, after: 6.75, previous: "self" } });
    expect(reasons("final")).toHaveLength(found.length);
  });

  it("takes the note at a later stage as its reason, and turns the warning into ERR_REASON_MISSING (exit 1) under requireReason", () => {
    const noted = fixture.scores.replace("U01,C01,bloc,6.75,", "U01,C01,bloc,6.75,Thiếu minh chứng");
    const reasons = (t: Texts) => scoreTexts(t).findings.filter((f) => f.code.endsWith("_REASON_MISSING"));
    const before = reasons(fixture).length;
    expect(reasons(withScores(noted))).toHaveLength(before - 1);
    const explained = scoreTexts(withScores(noted)).ranking!.explanations.find((e) => e.unit === "U01")!;
    expect(explained.changes[0]).toMatchObject({ item: "C01", stage: "bloc", previous: "self", before: 7, after: 6.75, reason: "Thiếu minh chứng" });
    const strict = { ...withScores(noted), rubric: editJson(fixture.rubric, (r) => (r.requireReason = true)) };
    const out = scoreTexts(strict);
    expect(out.exit).toBe(1);
    expect(out.ranking).toBeUndefined();
    expect(errors(out.findings)).toHaveLength(before - 1);
    expect(new Set(codes(errors(out.findings)))).toEqual(new Set(["ERR_REASON_MISSING"]));
  });

  it("at a stage few units reached, ranks those and leaves the others incomplete", () => {
    const out = scoreTexts(fixture, "verified");
    expect(out.exit).toBe(0);
    expect(out.ranking?.units.filter((u) => u.complete).map((u) => u.id)).toEqual(["U01", "U05", "U07"]);
    expect(out.ranking?.units.filter((u) => !u.complete).map((u) => [u.id, u.rank, u.award])).toEqual(
      ["U02", "U03", "U04", "U06", "U08", "U09"].map((id) => [id, null, null]),
    );
  });
});

describe("scoreFiles on the ways this bloc's data goes wrong (invalid-cases.md)", () => {
  it("U03 self C05 = 6.5 (maximum 6): ERR_ABOVE_MAX at that line, exit 1", () => {
    const scores = setValue(fixture.scores, "U03", "C05", "self", "6.5");
    const out = scoreTexts(withScores(scores));
    expect(out.exit).toBe(1);
    expect(out.ranking).toBeUndefined();
    expect(errors(out.findings)).toEqual([
      expect.objectContaining({ code: "ERR_ABOVE_MAX", unit: "U03", item: "C05", stage: "self", source: { file: "scores.csv", line: lineOf(scores, "U03", "C05", "self") } }),
    ]);
  });

  it("U02 bloc C09 = 3.3 (step 0.25): ERR_STEP, exit 1", () => {
    const out = scoreTexts(withScores(setValue(fixture.scores, "U02", "C09", "bloc", "3.3")));
    expect(out.exit).toBe(1);
    expect(errors(out.findings)).toEqual([expect.objectContaining({ code: "ERR_STEP", unit: "U02", item: "C09", params: expect.objectContaining({ below: 3.25, above: 3.5 }) })]);
  });

  it("U04 bloc C13 = -0.25: ERR_NEGATIVE, exit 1", () => {
    const out = scoreTexts(withScores(setValue(fixture.scores, "U04", "C13", "bloc", "-0.25")));
    expect(out.exit).toBe(1);
    expect(codes(errors(out.findings))).toEqual(["ERR_NEGATIVE"]);
  });

  it('U05 bloc C01 = "7,75" typed as text: ERR_TEXT_NUMBER with the fix 7.75, exit 1', () => {
    const out = scoreTexts(withScores(setValue(fixture.scores, "U05", "C01", "bloc", '"7,75"')));
    expect(out.exit).toBe(1);
    expect(errors(out.findings)).toEqual([expect.objectContaining({ code: "ERR_TEXT_NUMBER", unit: "U05", item: "C01", params: { value: "7,75", fix: 7.75 } })]);
  });

  it("U06 without C11 at any stage: ERR_MISSING when validating; incomplete and unranked in score", () => {
    const scores = dropRows(fixture.scores, (u, i) => u === "U06" && i === "C11");
    const out = scoreTexts(withScores(scores));
    expect(out.exit).toBe(0);
    const u06 = out.ranking!.units.find((u) => u.id === "U06")!;
    expect(u06).toMatchObject({ complete: false, rank: null, place: null, classification: null, award: null });
    expect(out.ranking!.units[out.ranking!.units.length - 1].id).toBe("U06");
    expect(out.ranking!.units.find((u) => u.id === "U08")!.rank).toBe(8);
    expect(codes(out.findings)).toContain("WARN_INCOMPLETE");
    const rubric = rubricFromText(fixture.rubric);
    const bloc = blocFromText(fixture.bloc);
    if (!rubric.ok || !bloc.ok) throw new Error("fixture");
    const book = buildScoreBook(rubric.value, bloc.value, parseScoresCsv(scores).rows).book;
    expect(missingFindings(book, "final").map((f) => [f.code, f.unit, f.item])).toEqual([["ERR_MISSING", "U06", "C11"]]);
  });

  it("U01 B1 count 3 (cap 2): WARN_CAPPED, U01's total unchanged at 95.25", () => {
    const out = scoreTexts(withScores(setValue(fixture.scores, "U01", "B1", "bloc", "3")));
    expect(out.exit).toBe(0);
    expect(out.ranking!.units[0]).toMatchObject({ id: "U01", total: 95.25, bonus: 2.5 });
    expect(out.ranking!.warnings).toContainEqual(expect.objectContaining({ code: "WARN_CAPPED", unit: "U01", item: "B1" }));
  });

  it("section I's criteria adding to 39: ERR_RUBRIC_SUM, exit 2", () => {
    const out = scoreTexts({ ...fixture, rubric: caseFile("rubric-section-sum-39.json") });
    expect(out.exit).toBe(2);
    expect(errors(out.findings)).toEqual([expect.objectContaining({ code: "ERR_RUBRIC_SUM", source: { file: "rubric.json" }, path: ["sections", 0, "maxPoints"] })]);
  });

  it("section I's criteria adding to 41: WARN_SECTION_CAP in the output, the cap of 40 binds", () => {
    const out = scoreTexts({ ...fixture, rubric: caseFile("rubric-section-sum-41.json") });
    expect(out.exit).toBe(0);
    expect(out.ranking!.warnings).toContainEqual(expect.objectContaining({ code: "WARN_SECTION_CAP", params: expect.objectContaining({ section: "I", sum: 41, max: 40 }) }));
    expect(out.ranking!.units.every((u) => u.sections.I <= 40)).toBe(true);
  });

  it("U01 D1 count 1: U01 falls to 92.25 and keeps Nhì without award; the flag to U05, certificates to U07 and U02", () => {
    const out = scoreTexts(withScores(fixture.scores + "U01,D1,bloc,1,\n"));
    expect(out.exit).toBe(0);
    expect(out.ranking!.units.slice(0, 5).map((u) => [u.id, u.total, u.rank, u.place, u.vetoed, u.award])).toEqual([
      ["U05", 92.5, 1, "Nhất", false, "flag"],
      ["U01", 92.25, 2, "Nhì", true, null],
      ["U07", 92, 3, "Ba", false, "certificate"],
      ["U02", 91.75, 4, null, false, "certificate"],
      ["U04", 91, 5, null, false, null],
    ]);
    expect(out.ranking!.warnings).toContainEqual(expect.objectContaining({ code: "WARN_AWARD_VETOED", unit: "U01" }));
  });

  it("a 10th unit named again 'UBND huyện Phú Lộc': bloc.json rejected, exit 2", () => {
    const out = scoreTexts({ ...fixture, bloc: caseFile("bloc-duplicate-name.json") });
    expect(out.exit).toBe(2);
    expect(errors(out.findings)).toEqual([expect.objectContaining({ code: "ERR_DUPLICATE_NAME", source: { file: "bloc.json" }, path: ["units", 9, "name"] })]);
  });

  it("a row for unit U99: ERR_UNKNOWN_UNIT naming the line, exit 2", () => {
    const scores = fixture.scores + "U99,C01,bloc,7,\n";
    const out = scoreTexts(withScores(scores));
    expect(out.exit).toBe(2);
    expect(errors(out.findings)).toEqual([expect.objectContaining({ code: "ERR_UNKNOWN_UNIT", source: { file: "scores.csv", line: 438 } })]);
  });

  it("the same (unit, item, stage) twice: ERR_DUPLICATE_ROW naming both lines, exit 2", () => {
    const scores = fixture.scores + "U04,C10,bloc,5,\n";
    const out = scoreTexts(withScores(scores));
    expect(out.exit).toBe(2);
    expect(errors(out.findings)).toEqual([
      expect.objectContaining({ code: "ERR_DUPLICATE_ROW", source: { file: "scores.csv", line: 438 }, params: { firstLine: lineOf(scores, "U04", "C10", "bloc"), firstCell: null } }),
    ]);
  });
});

describe("scoreFiles exit codes", () => {
  it("exits 2 when an input error and a data error meet", () => {
    const scores = setValue(fixture.scores, "U03", "C05", "self", "6.5") + "U99,C01,bloc,7,\n";
    const out = scoreTexts(withScores(scores));
    expect(out.exit).toBe(2);
    expect(codes(errors(out.findings)).sort()).toEqual(["ERR_ABOVE_MAX", "ERR_UNKNOWN_UNIT"]);
  });

  it("exits 2 on bad JSON, naming the file", () => {
    const out = scoreTexts({ ...fixture, rubric: caseFile("rubric-bad-json.json") });
    expect(out.exit).toBe(2);
    expect(errors(out.findings)).toEqual([expect.objectContaining({ code: "ERR_JSON_SYNTAX", params: expect.objectContaining({ file: "rubric.json" }) })]);
  });

  it("exits 2 on wrong types and missing fields, reporting both files at once", () => {
    const out = scoreTexts({ ...fixture, rubric: caseFile("rubric-wrong-types.json"), bloc: caseFile("bloc-missing-fields.json") });
    expect(out.exit).toBe(2);
    expect(new Set(out.findings.map((f) => f.source?.file))).toEqual(new Set(["rubric.json", "bloc.json"]));
    expect(new Set(codes(out.findings))).toEqual(new Set(["ERR_SCHEMA"]));
  });

  it("exits 2 on a bad header, a bad row, an unknown item and an unknown stage", () => {
    for (const file of ["scores-bad-header.csv", "scores-bad-row.csv", "scores-unknown-item.csv", "scores-unknown-stage.csv"]) {
      expect([file, scoreTexts(withScores(caseFile(file))).exit]).toEqual([file, 2]);
    }
  });

  it("exits 1 on the values breaking the rules (scores-value-errors.csv)", () => {
    const out = scoreTexts(withScores(caseFile("scores-value-errors.csv")));
    expect(out.exit).toBe(1);
    expect(codes(errors(out.findings))).toEqual(["ERR_ABOVE_MAX", "ERR_STEP", "ERR_NEGATIVE", "ERR_TEXT_NUMBER", "ERR_NOT_NUMBER", "ERR_COUNT", "ERR_COUNT"]);
  });

  it("exits 0 with warnings: incomplete units are not errors", () => {
    const out = scoreTexts(withScores("unit,item,stage,value,note\nU01,C01,bloc,7,\n"));
    expect(out.exit).toBe(0);
    expect(out.ranking!.units.every((u) => !u.complete)).toBe(true);
  });

  it("exits 2 for a --vote naming a unit that is not in the bloc", () => {
    const out = scoreTexts(fixture, "final", [["U05", "U99"]]);
    expect(out.exit).toBe(2);
    expect(errors(out.findings)).toEqual([expect.objectContaining({ code: "ERR_UNKNOWN_UNIT", params: { value: "U99" }, path: ["--vote"] })]);
  });

  it("exits 2 for a --stage the rubric does not use", () => {
    const rubric = editJson(fixture.rubric, (r) => (r.stages = ["self", "bloc"]));
    const out = scoreTexts({ ...fixture, rubric, scores: dropRows(fixture.scores, (_u, _i, st) => st === "verified") }, "verified");
    expect(out.exit).toBe(2);
    expect(errors(out.findings)).toEqual([expect.objectContaining({ code: "ERR_STAGE_NOT_IN_RUBRIC", path: ["--stage"] })]);
  });

  it("applies a vote naming units that are not tied only as a warning", () => {
    const out = scoreTexts(fixture, "final", [["U05", "U07"]]);
    expect(out.exit).toBe(0);
    expect(out.ranking!.warnings).toContainEqual(expect.objectContaining({ code: "WARN_VOTE_REJECTED", params: expect.objectContaining({ reason: "notTied" }) }));
  });
});
