import { parseScoresCsv } from "../../src/domain/scoresCsv";
import { caseFile, fixtureFile } from "../support/fixture";

describe("parseScoresCsv", () => {
  it("reads every row of the fixture with its line number", () => {
    const { rows, findings } = parseScoresCsv(fixtureFile("scores.csv"), "scores.csv");
    expect(findings).toEqual([]);
    expect(rows).toHaveLength(436);
    expect(rows[0]).toEqual({ unit: "U01", item: "C01", stage: "self", raw: 7, note: undefined, source: { file: "scores.csv", line: 2 } });
    expect(rows[435]).toMatchObject({ unit: "U09", item: "D4", stage: "bloc", raw: 10, source: { line: 437 } });
  });

  it("reads a `;` file with decimal commas, a BOM and CRLF line ends exactly as the `,` file", () => {
    const comma = parseScoresCsv(fixtureFile("scores.csv"), "scores.csv");
    const semi = parseScoresCsv(caseFile("scores-semicolon-bom.csv"), "scores.csv");
    expect(semi.findings).toEqual([]);
    expect(semi.rows).toEqual(comma.rows);
    expect(semi.rows.find((r) => r.unit === "U01" && r.item === "C03" && r.stage === "self")?.raw).toBe(5.75);
  });

  it("strips a BOM before the header", () => {
    const { rows, findings } = parseScoresCsv("\uFEFFunit,item,stage,value,note\nU1,C1,bloc,7.5,\n");
    expect(findings).toEqual([]);
    expect(rows.map((r) => [r.unit, r.raw])).toEqual([["U1", 7.5]]);
  });

  it("keeps a decimal comma in a `,` file as text, so that the value check can offer the fix", () => {
    const { rows } = parseScoresCsv('unit,item,stage,value,note\nU1,C1,bloc,"7,75",\n');
    expect(rows[0].raw).toBe("7,75");
  });

  it("keeps text that is no number as text", () => {
    expect(parseScoresCsv("unit;item;stage;value\nU1;C1;bloc;bảy\n").rows[0].raw).toBe("bảy");
  });

  it("reads quoted fields with separators, doubled quotes and line breaks, and counts lines across them", () => {
    const { rows } = parseScoresCsv('unit,item,stage,value,note\nU1,C1,bloc,7,"a, ""b""\nc"\nU1,C2,bloc,8,\n');
    expect(rows.map((r) => [r.note, r.source?.line])).toEqual([['a, "b"\nc', 2], [undefined, 4]]);
  });

  it("finds columns by name in any order and accepts rows without the trailing note", () => {
    const { rows, findings } = parseScoresCsv("Value,Stage,Unit,Item\n7.5,bloc,U1,C1\n");
    expect(findings).toEqual([]);
    expect(rows[0]).toMatchObject({ unit: "U1", item: "C1", stage: "bloc", raw: 7.5 });
    expect(parseScoresCsv("unit,item,stage,value,note\nU1,C1,bloc,7\n").findings).toEqual([]);
  });

  it("skips blank lines and rows of empty cells", () => {
    const { rows, findings } = parseScoresCsv("unit;item;stage;value;note\r\nU1;C1;bloc;7;\r\n;;;;\r\n\r\n   \r\nU1;C2;bloc;8;\r\n");
    expect(findings).toEqual([]);
    expect(rows.map((r) => [r.item, r.source?.line])).toEqual([
      ["C1", 2],
      ["C2", 6],
    ]);
  });

  it("returns ERR_CSV_HEADER naming the missing columns (scores-bad-header.csv)", () => {
    const { rows, findings } = parseScoresCsv(caseFile("scores-bad-header.csv"), "scores-bad-header.csv");
    expect(rows).toEqual([]);
    expect(findings).toEqual([
      expect.objectContaining({ code: "ERR_CSV_HEADER", source: { file: "scores-bad-header.csv", line: 1 }, params: { missing: ["item", "value"], found: ["unit", "criterion", "stage", "score"] } }),
    ]);
  });

  it("returns ERR_CSV_HEADER for an empty file", () => {
    expect(parseScoresCsv("").findings.map((f) => f.code)).toEqual(["ERR_CSV_HEADER"]);
    expect(parseScoresCsv("\uFEFF\n\n").findings.map((f) => f.code)).toEqual(["ERR_CSV_HEADER"]);
  });

  it("returns ERR_CSV_ROW for a row with too few or too many fields, naming its line (scores-bad-row.csv)", () => {
    const { rows, findings } = parseScoresCsv(caseFile("scores-bad-row.csv"), "scores-bad-row.csv");
    expect(rows.map((r) => r.item)).toEqual(["C01"]);
    expect(findings.map((f) => [f.code, f.source?.line, f.params.fields])).toEqual([
      ["ERR_CSV_ROW", 3, 3],
      ["ERR_CSV_ROW", 4, 7],
    ]);
  });

  it("returns ERR_CSV_ROW for a row that stops before a required column placed after the note", () => {
    const { rows, findings } = parseScoresCsv("unit,item,stage,note,value\nU1,C1,bloc,ghi chú\n");
    expect(rows).toEqual([]);
    expect(findings.map((f) => [f.code, f.source?.line])).toEqual([["ERR_CSV_ROW", 2]]);
  });
});
