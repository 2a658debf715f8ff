import { CHUNK, chunkText, keyedRowWrites, readKeyedRows } from "../../src/workbook/metaRows";

describe("chunkText", () => {
  it("cuts text into cell-sized chunks that never start like a formula", () => {
    const text = "a".repeat(CHUNK - 1) + "=b" + "c".repeat(10);
    const chunks = chunkText(text);
    expect(chunks.join("")).toBe(text);
    expect(chunks.every((c) => c.length <= CHUNK && !/^[=+\-@]/.test(c))).toBe(true);
  });
});

describe("keyedRowWrites", () => {
  it("appends new keys below the used range, one row each", () => {
    const values = [["format", "x", 1]];
    expect(keyedRowWrites("_m", values, [["seal", "A"], ["sealLog", "[]"]])).toEqual([
      { sheet: "_m", row: 1, col: 0, value: "seal" },
      { sheet: "_m", row: 1, col: 1, value: "A" },
      { sheet: "_m", row: 2, col: 0, value: "sealLog" },
      { sheet: "_m", row: 2, col: 1, value: "[]" },
    ]);
  });

  it("rewrites an existing key in place and empties the chunks it no longer needs", () => {
    const values = [["format"], ["seal", "x".repeat(CHUNK), "y"]];
    const writes = keyedRowWrites("_m", values, [["seal", "short"]]);
    expect(writes).toEqual([
      { sheet: "_m", row: 1, col: 0, value: "seal" },
      { sheet: "_m", row: 1, col: 1, value: "short" },
      { sheet: "_m", row: 1, col: 2, value: null },
    ]);
    expect(readKeyedRows([["format"], ["seal", "short", null]]).get("seal")).toBe("short");
  });
});
