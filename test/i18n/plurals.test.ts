import { text } from "../../src/i18n";
import { textTables } from "../../src/i18n/text";

describe("plurals through Intl.PluralRules", () => {
  it("English says 1 cell and 2 cells", () => {
    expect(text("en", "cli.filled", 1, "k.xlsx")).toBe("Wrote 1 cell into k.xlsx.");
    expect(text("en", "cli.filled", 2, "k.xlsx")).toBe("Wrote 2 cells into k.xlsx.");
    expect(text("en", "cli.generated", "k.xlsx", 1, 1)).toBe("Made the scoring workbook k.xlsx: 1 unit, 1 criterion.");
    expect(text("en", "validate.count", 0, 1)).toBe("0 errors, 1 note.");
  });

  it("Vietnamese has one form", () => {
    expect(text("vi", "cli.filled", 1, "k.xlsx")).toBe(text("vi", "cli.filled", 1, "k.xlsx").replace(/\{.*\}/, ""));
  });

  it("no English text writes a plural by hand as (s), and every plural form names an argument the text has", () => {
    for (const [key, s] of Object.entries(textTables.en)) {
      expect([key, /\w\(s\)/.test(s)]).toEqual([key, false]);
      for (const m of s.matchAll(/\{(\d+):[^|{}]*\|[^{}]*\}/g)) expect([key, s.includes(`{${m[1]}}`)]).toEqual([key, true]);
    }
  });
});
