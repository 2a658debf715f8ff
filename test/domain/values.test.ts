import fc from "fast-check";
import { decimalsOf, MICRO_DECIMALS } from "../../src/domain/fixed";
import { atMostMicroDecimals, checkNumber, checkValue, itemIndex, parseDecimalText, type ItemKind } from "../../src/domain/values";
import { rubricOf } from "../support/builders";

const rubric = rubricOf();
const kinds = itemIndex(rubric);
const kind = (id: string): ItemKind => kinds.get(id)!;

describe("itemIndex", () => {
  it("knows criteria, bonus and deduction items by id", () => {
    expect(kind("C3")).toMatchObject({ kind: "criterion", sectionId: "S2" });
    expect(kind("B2").kind).toBe("bonus");
    expect(kind("D1").kind).toBe("deduction");
    expect(kinds.has("S1")).toBe(false);
  });
});

describe("parseDecimalText", () => {
  it("reads decimal points and, when allowed, decimal commas", () => {
    expect(parseDecimalText(" 7.75 ")).toBe(7.75);
    expect(parseDecimalText("7,75")).toBe(7.75);
    expect(parseDecimalText("7,75", false)).toBeNull();
    expect(parseDecimalText("-0,25")).toBe(-0.25);
    expect(parseDecimalText("7\u00a0")).toBe(7);
  });

  it("refuses anything that is not a plain decimal number", () => {
    for (const t of ["", "abc", "7.5.1", "1.234,5", "7 điểm", "0x10", "Infinity", "1e3"]) expect(parseDecimalText(t)).toBeNull();
  });
});

describe("checkValue", () => {
  it("accepts a score on the step within the maximum", () => {
    expect(checkValue(rubric, kind("C1"), 7.75)).toEqual({ value: 7.75, findings: [] });
    expect(checkValue(rubric, kind("C1"), 0)).toEqual({ value: 0, findings: [] });
    expect(checkValue(rubric, kind("C1"), 10)).toEqual({ value: 10, findings: [] });
  });

  it("treats an empty cell as no value, not as an error", () => {
    for (const raw of [null, undefined, "", "  "]) expect(checkValue(rubric, kind("C1"), raw)).toEqual({ findings: [] });
  });

  it("returns ERR_ABOVE_MAX above the criterion's maximum", () => {
    const r = checkValue(rubric, kind("C1"), 10.25, { unit: "U1", item: "C1" });
    expect(r.value).toBeUndefined();
    expect(r.findings).toEqual([expect.objectContaining({ code: "ERR_ABOVE_MAX", unit: "U1", item: "C1", params: { value: 10.25, max: 10 } })]);
  });

  it("returns ERR_NEGATIVE below zero", () => {
    expect(checkValue(rubric, kind("C1"), -0.25).findings.map((f) => f.code)).toEqual(["ERR_NEGATIVE"]);
  });

  it("returns ERR_STEP off the step, offering the two neighbours", () => {
    const r = checkValue(rubric, kind("C1"), 3.3);
    expect(r.findings).toEqual([expect.objectContaining({ code: "ERR_STEP", params: { value: 3.3, step: 0.25, below: 3.25, above: 3.5 } })]);
    expect(checkValue(rubric, kind("C1"), 3.2500001).findings[0].code).toBe("ERR_STEP");
  });

  it("returns ERR_TEXT_NUMBER for a number typed as text, with the number as its fix", () => {
    const r = checkValue(rubric, kind("C1"), "7,75");
    expect(r.value).toBeUndefined();
    expect(r.findings).toEqual([expect.objectContaining({ code: "ERR_TEXT_NUMBER", severity: "error", params: { value: "7,75", fix: 7.75 } })]);
  });

  it("returns ERR_NOT_NUMBER for text that is no number, a boolean or NaN", () => {
    for (const raw of ["bảy", true, NaN, Infinity]) expect(checkValue(rubric, kind("C1"), raw).findings.map((f) => f.code)).toEqual(["ERR_NOT_NUMBER"]);
  });

  it("accepts a count as any whole number ≥ 0, with no upper limit", () => {
    expect(checkValue(rubric, kind("B1"), 0).value).toBe(0);
    expect(checkValue(rubric, kind("B1"), 250).value).toBe(250);
  });

  it("returns ERR_COUNT for a fractional, negative or unsafe count", () => {
    for (const n of [1.5, -1, 0.25, 2 ** 60]) expect(checkNumber(rubric, kind("D2"), n).findings.map((f) => f.code)).toEqual(["ERR_COUNT"]);
  });
});

describe("atMostMicroDecimals: the check without a string says what decimalsOf says", () => {
  it.each([0, 3.75, -0.25, 0.1 + 0.2, 1e-6, 1e-7, 5e-7, 1.0000005, 9.9999995, 123456.123456, 2.675, 1e12 + 0.5, 1e21, 0.000001 * 3])("%p", (n) => {
    expect(atMostMicroDecimals(n)).toBe(decimalsOf(n) <= MICRO_DECIMALS);
  });

  it("on any double, and on decimals of up to 8 places", () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => atMostMicroDecimals(n) === decimalsOf(n) <= MICRO_DECIMALS));
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 8 }), (m, k) => {
        const n = m / 10 ** k;
        return atMostMicroDecimals(n) === decimalsOf(n) <= MICRO_DECIMALS;
      }),
    );
  });
});
