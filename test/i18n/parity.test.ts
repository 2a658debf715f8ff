import { FINDING_CODES } from "../../src/domain/findings";
import { findingMessages, renderFinding, text } from "../../src/i18n";
import { textTables } from "../../src/i18n/text";
import type { AnyFindingMessage } from "../../src/i18n/types";
import { FINDING_EXAMPLES } from "../support/findingExamples";

/** What a message holding a param its code's example lacks (or a number that isn't) would show. */
const NOT_WORDS = /undefined|\bnull\b|NaN|\[object|\{\d+\}/;

describe("finding messages", () => {
  it.each(["vi", "en"] as const)("has a %s message for every finding code and no other", (lang) => {
    expect(Object.keys(findingMessages[lang]).sort()).toEqual([...FINDING_CODES].sort());
  });

  it.each(FINDING_CODES)("renders %s from its own example in both languages, differently, with no hole", (code) => {
    const f = FINDING_EXAMPLES[code];
    expect(f.code).toBe(code);
    for (const surface of ["cli", "pane"] as const) {
      const c = { surface, name: () => undefined };
      const vi = (findingMessages.vi[code] as AnyFindingMessage)(f.params, f, c);
      const en = (findingMessages.en[code] as AnyFindingMessage)(f.params, f, c);
      expect(vi.trim()).not.toBe("");
      expect(en.trim()).not.toBe("");
      expect(vi).not.toBe(en);
      expect([code, surface, vi]).not.toEqual([code, surface, expect.stringMatching(NOT_WORDS)]);
      expect([code, surface, en]).not.toEqual([code, surface, expect.stringMatching(NOT_WORDS)]);
    }
    // words first, the code last
    expect(renderFinding(f, "vi")).not.toMatch(/^(ERR|WARN)_/);
    expect(renderFinding(f, "vi")).toMatch(new RegExp(`\\(${code}\\)$`));
  });
});

describe("text tables", () => {
  it("have the same keys in vi and en, none empty", () => {
    expect(Object.keys(textTables.en).sort()).toEqual(Object.keys(textTables.vi).sort());
    for (const lang of ["vi", "en"] as const) for (const [key, s] of Object.entries(textTables[lang])) expect([lang, key, s.trim() === ""]).toEqual([lang, key, false]);
  });

  it("use the same placeholders in both languages", () => {
    const holes = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort();
    for (const key of Object.keys(textTables.vi) as (keyof typeof textTables.vi)[]) expect([key, holes(textTables.en[key])]).toEqual([key, holes(textTables.vi[key])]);
  });

  it("fills placeholders", () => {
    expect(text("en", "cli.badStage", "khoi")).toBe("Invalid stage: khoi. Use self, bloc, verified or final.");
  });
});
