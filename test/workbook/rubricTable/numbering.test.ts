import { fitsParent, parseCode } from "../../../src/workbook/rubricTable/numbering";

describe("parseCode", () => {
  it.each([
    ["I", "roman", ["I"], 0],
    ["XIV.", "roman", ["XIV"], 0],
    ["2.", "number", ["2"], 1],
    ["1.2", "number", ["1", "2"], 2],
    ["1.2.3", "number", ["1", "2", "3"], 3],
    ["b)", "letter", ["b"], 4],
    ["(c)", "letter", ["c"], 4],
    ["a1", "letter", ["a", "1"], 5],
    ["a.1", "letter", ["a", "1"], 5],
    ["-", "bullet", ["-"], 10],
    ["+", "bullet", ["+"], 13],
  ] as const)("reads %p as %s %p (rank %d)", (text, kind, parts, rank) => {
    expect(parseCode(text)).toEqual({ raw: text, kind, parts, rank });
  });

  it.each(["Ghi chú:", "A.", "1,5", "I.a"])("is no code: %p", (text) => {
    expect(parseCode(text)).toBeNull();
  });
});

describe("fitsParent", () => {
  const code = (t: string) => parseCode(t)!;
  it("fits 2.1 under 2 and a.1 under a, not under another number or letter", () => {
    expect(fitsParent(code("2.1"), code("2."))).toBe(true);
    expect(fitsParent(code("2.1"), code("1."))).toBe(false);
    expect(fitsParent(code("a.1"), code("a)"))).toBe(true);
    expect(fitsParent(code("b1"), code("a)"))).toBe(false);
  });

  it("fits first-level codes anywhere below, and a roman numeral only at the top", () => {
    expect(fitsParent(code("1"), code("II"))).toBe(true);
    expect(fitsParent(code("c"), code("1.1.1"))).toBe(true);
    expect(fitsParent(code("II"), null)).toBe(true);
    expect(fitsParent(code("1.1"), code("I"))).toBe(false);
  });
});
