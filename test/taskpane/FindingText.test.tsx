/** @jest-environment jsdom */
// Each finding code, from a realistic example, read the way an official reads it — in the pane (the Validate
// view's finding, the lists of Generate and Rank) and on the command line: the criterion by its name, the sheet
// and cell, what to do; never "undefined", never the code first.
import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { FINDING_CODES, type Finding } from "../../src/domain/findings";
import { blocFromText, rubricFromText } from "../../src/services/inputs";
import { findingNames, renderFinding, type Lang } from "../../src/i18n";
import { FindingLines } from "../../src/taskpane/components/FindingLines";
import { LangContext } from "../../src/taskpane/useText";
import { FindingItem } from "../../src/taskpane/views/validate/FindingItem";
import { exampleOf } from "../support/findingExamples";
import { fixtureFile } from "../support/fixture";

const rubric = rubricFromText(fixtureFile("rubric.json"), "rubric.json");
const bloc = blocFromText(fixtureFile("bloc.json"), "bloc.json");
if (!rubric.ok || !bloc.ok) throw new Error("fixture");
const names = findingNames(rubric.value, bloc.value.units);
const units = bloc.value.units;

const CELL = { vi: (c: string) => `ô ${c}`, en: (c: string) => `cell ${c}` };
const NOT_WORDS = /undefined|\bnull\b|NaN|\[object|\{\d+\}/;

function withLang(lang: Lang, node: ReactNode) {
  return render(<LangContext.Provider value={lang}>{node}</LangContext.Provider>);
}

/** What must be in a rendered finding: its unit and criterion by name, its cell; and what must not. */
function expectWords(shown: string, f: Finding, lang: Lang) {
  expect(shown).not.toMatch(/^(ERR|WARN)_/);
  expect(shown.trimEnd().endsWith(f.code) || shown.trimEnd().endsWith(`(${f.code})`)).toBe(true);
  expect(shown).not.toMatch(NOT_WORDS);
  const item = f.item ? names.items.get(f.item) : undefined;
  if (item) expect(shown).toContain(`"${item.name}"`);
  if (f.item && item) expect(shown).not.toMatch(new RegExp(`(mục|item) ${f.item}\\b`));
  if (f.source?.cell) expect(shown).toContain(CELL[lang](f.source.cell));
}

describe.each(["vi", "en"] as const)("every finding code in %s", (lang) => {
  it.each([...FINDING_CODES])("%s on the command line: words first, the criterion by name, its cell, the code last", (code) => {
    const f = exampleOf(code);
    const line = renderFinding(f, lang, { names });
    expectWords(line, f, lang);
    if (f.unit && names.units.has(f.unit)) expect(line).toContain(names.units.get(f.unit));
    // the command line never points to the pane's buttons
    expect(line).not.toMatch(/nút|Sửa thành…|click|Change to…/);
  });

  it.each([...FINDING_CODES])("%s in the pane's Validate view", (code) => {
    const f = exampleOf(code);
    const { container, unmount } = withLang(lang, <ul><FindingItem finding={f} units={units} names={names} busy={false} onSelect={() => {}} onFix={() => {}} /></ul>);
    const text = container.querySelector("li")?.textContent ?? "";
    // the badge (Lỗi / Lưu ý) comes first, then the words; the code is the last thing in the row
    const words = text.replace(/^(Lỗi|Lưu ý|Error|Note)/, "");
    expectWords(words, f, lang);
    // the pane never cites the command line's options
    expect(text).not.toMatch(/--vote|--by|thidua (generate|unseal)/);
    unmount();
  });

  it.each([...FINDING_CODES])("%s in the pane's lists (Generate, Rank)", (code) => {
    const f = exampleOf(code);
    const { container, unmount } = withLang(lang, <FindingLines findings={[f]} label="x" names={names} />);
    expectWords(container.querySelector("li")?.textContent ?? "", f, lang);
    unmount();
  });
});
