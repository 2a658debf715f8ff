import { formatNumber } from "../../src/i18n/format";

describe("formatNumber: numbers as officials read them", () => {
  it("a decimal comma in Vietnamese, a point in English, the same text every time it is asked", () => {
    for (let k = 0; k < 3; k++) {
      expect(formatNumber(92.5, "vi")).toBe("92,5");
      expect(formatNumber(92.5, "en")).toBe("92.5");
      expect(formatNumber(7, "vi")).toBe("7");
      expect(formatNumber(-0.25, "vi")).toBe("-0,25");
      expect(formatNumber(-0, "vi")).toBe("0");
    }
  });

  it("with decimals, fixed; nothing for null, undefined and NaN", () => {
    expect(formatNumber(772.5, "vi", 2)).toBe("772,50");
    expect(formatNumber(772.5, "en", 2)).toBe("772.50");
    expect(formatNumber(null, "vi")).toBe("");
    expect(formatNumber(undefined, "en")).toBe("");
    expect(formatNumber(Number.NaN, "vi")).toBe("");
  });

  it("stays right for more distinct numbers than it keeps", () => {
    for (let i = 0; i < 10_000; i++) {
      const n = i / 4 + 0.125;
      expect(formatNumber(n, "vi")).toBe(String(n).replace(".", ","));
      expect(formatNumber(n, "en")).toBe(String(n));
    }
  });
});
