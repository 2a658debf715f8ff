import { decimalsOf, fromMicro, isMultiple, mulMicro, roundedNumber, roundMicro, toMicro } from "../../src/domain/fixed";

describe("decimalsOf", () => {
  it("counts the decimals of the shortest decimal form", () => {
    expect(decimalsOf(7)).toBe(0);
    expect(decimalsOf(0.25)).toBe(2);
    expect(decimalsOf(-89.875)).toBe(3);
    expect(decimalsOf(1e-7)).toBe(7);
    expect(decimalsOf(1.5e-7)).toBe(8);
  });

  it("sees the drift of a binary sum (0.1 + 0.2 has 17 decimals)", () => {
    expect(decimalsOf(0.1 + 0.2)).toBeGreaterThan(6);
  });
});

describe("toMicro", () => {
  it("turns decimals into exact integers", () => {
    expect(toMicro(0.1)).toBe(100_000);
    expect(toMicro(0.2)).toBe(200_000);
    expect(toMicro(0.1) + toMicro(0.2)).toBe(toMicro(0.3));
    expect(fromMicro(toMicro(0.1) + toMicro(0.2))).toBe(0.3);
    expect(toMicro(-2.75)).toBe(-2_750_000);
  });
});

describe("mulMicro", () => {
  it("multiplies a score by a weight exactly", () => {
    expect(mulMicro(toMicro(7.75), toMicro(2))).toBe(toMicro(15.5));
    expect(mulMicro(toMicro(0.1), toMicro(3))).toBe(toMicro(0.3));
    expect(mulMicro(toMicro(0.25), toMicro(0.5))).toBe(toMicro(0.125));
  });
});

describe("roundMicro", () => {
  it("rounds 89.875 to 89.88 (half away from zero, as Excel's ROUND)", () => {
    expect(roundMicro(toMicro(89.875), 2)).toBe(toMicro(89.88));
    expect(roundedNumber(toMicro(89.875), 2)).toBe(89.88);
  });

  it("rounds a negative half away from zero: -89.875 → -89.88, -0.125 → -0.13", () => {
    expect(roundedNumber(toMicro(-89.875), 2)).toBe(-89.88);
    expect(roundedNumber(toMicro(-0.125), 2)).toBe(-0.13);
    expect(roundedNumber(toMicro(-0.124), 2)).toBe(-0.12);
  });

  it("rounds below the half toward zero and keeps exact values", () => {
    expect(roundedNumber(toMicro(89.874999), 2)).toBe(89.87);
    expect(roundedNumber(toMicro(92.5), 2)).toBe(92.5);
    expect(roundedNumber(toMicro(2.5), 0)).toBe(3);
    expect(roundedNumber(toMicro(-2.5), 0)).toBe(-3);
    expect(roundedNumber(toMicro(0.123456), 6)).toBe(0.123456);
  });

  it("never gives negative zero (JSON and Jest would tell -0 from 0)", () => {
    expect(Object.is(roundMicro(-1_000, 2), 0)).toBe(true);
    expect(Object.is(roundedNumber(toMicro(-0.004), 2), 0)).toBe(true);
  });
});

describe("isMultiple", () => {
  it("tells multiples of the step, exactly", () => {
    expect(isMultiple(toMicro(3.25), toMicro(0.25))).toBe(true);
    expect(isMultiple(toMicro(3.3), toMicro(0.25))).toBe(false);
    expect(isMultiple(toMicro(0.3), toMicro(0.1))).toBe(true);
    expect(isMultiple(toMicro(1), 0)).toBe(false);
  });
});
