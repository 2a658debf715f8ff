import { buildScoreBook, missingFindings, slot } from "../../src/domain/scoreBook";
import { parseScoresCsv } from "../../src/domain/scoresCsv";
import { blocOf, rubricOf } from "../support/builders";
import { caseFile, dropRows, fixtureFile } from "../support/fixture";
import { parseBloc } from "../../src/domain/blocRules";
import { parseRubric } from "../../src/domain/rubricRules";
import type { Bloc, Rubric } from "../../src/domain/types";

const rubric = parseRubric(JSON.parse(fixtureFile("rubric.json")));
const bloc = parseBloc(JSON.parse(fixtureFile("bloc.json")));
if (!rubric.ok || !bloc.ok) throw new Error("fixture does not parse");

function build(csv: string, file = "scores.csv", r: Rubric = rubric.ok ? rubric.value : rubricOf(), b: Bloc = bloc.ok ? bloc.value : blocOf()) {
  const parsed = parseScoresCsv(csv, file);
  expect(parsed.findings).toEqual([]);
  return buildScoreBook(r, b, parsed.rows);
}

describe("buildScoreBook", () => {
  it("indexes every value of the fixture: scores in micro-points, counts as they are", () => {
    const { book, entries, findings } = build(fixtureFile("scores.csv"));
    // no errors; the fixture's changed scores carry no reason, which is a warning
    expect(new Set(findings.map((f) => f.code))).toEqual(new Set(["WARN_REASON_MISSING"]));
    expect(entries).toHaveLength(436);
    const c03 = book.itemIds.indexOf("C03");
    expect(book.values[slot(book, 0, c03, "self")]).toBe(5_750_000);
    expect(book.values[slot(book, 8, book.itemIds.indexOf("D4"), "bloc")]).toBe(10);
    expect(book.values[slot(book, 0, c03, "verified")]).toBe(5_750_000);
    expect(Number.isNaN(book.values[slot(book, 1, c03, "verified")])).toBe(true);
  });

  it("returns ERR_UNKNOWN_UNIT naming the line (scores-unknown-unit.csv)", () => {
    const { findings, entries } = build(caseFile("scores-unknown-unit.csv"), "scores-unknown-unit.csv");
    expect(entries).toHaveLength(1);
    expect(findings).toEqual([expect.objectContaining({ code: "ERR_UNKNOWN_UNIT", unit: "U99", source: { file: "scores-unknown-unit.csv", line: 3 } })]);
  });

  it("returns ERR_UNKNOWN_ITEM naming the line (scores-unknown-item.csv)", () => {
    const { findings } = build(caseFile("scores-unknown-item.csv"), "scores-unknown-item.csv");
    expect(findings).toEqual([expect.objectContaining({ code: "ERR_UNKNOWN_ITEM", item: "C99", params: { value: "C99" }, source: expect.objectContaining({ line: 3 }) })]);
  });

  it("returns ERR_UNKNOWN_STAGE naming the line (scores-unknown-stage.csv)", () => {
    const { findings } = build(caseFile("scores-unknown-stage.csv"), "scores-unknown-stage.csv");
    expect(findings).toEqual([expect.objectContaining({ code: "ERR_UNKNOWN_STAGE", params: expect.objectContaining({ value: "khoi" }), source: expect.objectContaining({ line: 3 }) })]);
  });

  it("returns ERR_STAGE_NOT_IN_RUBRIC for a stage the rubric does not use", () => {
    const json = JSON.parse(fixtureFile("rubric.json"));
    json.stages = ["self", "bloc"];
    const twoStages = parseRubric(json);
    if (!twoStages.ok) throw new Error("rubric");
    const { findings } = build("unit,item,stage,value\nU01,C01,verified,7\n", "s.csv", twoStages.value);
    expect(findings.map((f) => f.code)).toEqual(["ERR_STAGE_NOT_IN_RUBRIC"]);
  });

  it("returns ERR_DUPLICATE_ROW naming both lines (scores-duplicate-row.csv), keeping the first value", () => {
    const { book, findings } = build(caseFile("scores-duplicate-row.csv"), "scores-duplicate-row.csv");
    expect(findings).toEqual([
      expect.objectContaining({ code: "ERR_DUPLICATE_ROW", unit: "U01", item: "C01", stage: "bloc", params: { firstLine: 2, firstCell: null }, source: expect.objectContaining({ line: 4 }) }),
    ]);
    expect(book.values[slot(book, 0, 0, "bloc")]).toBe(7_000_000);
  });

  it("returns one finding per value breaking the rules, and keeps the valid ones (scores-value-errors.csv)", () => {
    const { findings, entries } = build(caseFile("scores-value-errors.csv"), "scores-value-errors.csv");
    expect(findings.map((f) => [f.code, f.unit, f.item, f.stage, f.source?.line])).toEqual([
      ["ERR_ABOVE_MAX", "U03", "C05", "self", 2],
      ["ERR_STEP", "U02", "C09", "bloc", 3],
      ["ERR_NEGATIVE", "U04", "C13", "bloc", 4],
      ["ERR_TEXT_NUMBER", "U05", "C01", "bloc", 5],
      ["ERR_NOT_NUMBER", "U06", "C02", "bloc", 6],
      ["ERR_COUNT", "U07", "B1", "bloc", 7],
      ["ERR_COUNT", "U08", "D2", "bloc", 8],
    ]);
    expect(findings[3].params).toEqual({ value: "7,75", fix: 7.75 });
    expect(entries.map((e) => [e.unit, e.item, e.value])).toEqual([["U01", "C01", 7.5]]);
  });
});

describe("missingFindings", () => {
  it("finds nothing missing in the fixture at bloc and final", () => {
    const { book } = build(fixtureFile("scores.csv"));
    expect(missingFindings(book, "bloc")).toEqual([]);
    expect(missingFindings(book, "final")).toEqual([]);
  });

  it("returns ERR_MISSING for U06's C11 when it has no value at any stage", () => {
    const { book } = build(dropRows(fixtureFile("scores.csv"), (u, i) => u === "U06" && i === "C11"));
    expect(missingFindings(book, "final")).toEqual([expect.objectContaining({ code: "ERR_MISSING", severity: "error", unit: "U06", item: "C11", params: { stage: "final" } })]);
    expect(missingFindings(book, "bloc").map((f) => [f.unit, f.item, f.stage])).toEqual([["U06", "C11", "bloc"]]);
  });

  it("at one stage, counts only that stage: only U01, U05 and U07 are verified", () => {
    const { book } = build(fixtureFile("scores.csv"));
    const missing = missingFindings(book, "verified");
    expect(new Set(missing.map((f) => f.unit))).toEqual(new Set(["U02", "U03", "U04", "U06", "U08", "U09"]));
    expect(missing).toHaveLength(6 * 20);
  });

  it("never asks for a bonus or deduction count", () => {
    const { book } = build(dropRows(fixtureFile("scores.csv"), (_u, i) => i.startsWith("B") || i.startsWith("D")));
    expect(missingFindings(book, "final")).toEqual([]);
  });
});
