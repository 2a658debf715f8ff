import { finding, FINDING_CODES } from "../../src/domain/findings";
import { findingMessages, renderFinding, text } from "../../src/i18n";
import { textTables } from "../../src/i18n/text";

const SAMPLE = { file: "f.json", field: "a.b", value: 3.5, max: 3, step: 0.25, below: 3.25, above: 3.5, fix: 7.75, units: ["U1", "U2"], stage: "bloc" };

describe("finding messages", () => {
  it.each(["vi", "en"] as const)("has a %s message for every finding code and no other", (lang) => {
    expect(Object.keys(findingMessages[lang]).sort()).toEqual([...FINDING_CODES].sort());
  });

  it.each(FINDING_CODES)("renders %s in both languages, differently", (code) => {
    const f = finding(code, SAMPLE, { unit: "U1" });
    const c = { surface: "cli" as const, name: () => undefined };
    const vi = findingMessages.vi[code](f.params, f, c);
    const en = findingMessages.en[code](f.params, f, c);
    expect(vi.trim()).not.toBe("");
    expect(en.trim()).not.toBe("");
    expect(vi).not.toBe(en);
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
