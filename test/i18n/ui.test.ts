import { viewsVi } from "../../src/i18n/ui";
import { en } from "../../src/i18n/ui.en";
import { shellVi } from "../../src/i18n/uiShell";
import { t } from "../../src/i18n/uiText";
import { loadUiText, loadViewWords } from "../../src/taskpane/lazy/loadUiText";

// The views' Vietnamese and English are chunks of their own (the pane fetches them before it words anything from
// them); these tests read every table whole.
beforeAll(() => Promise.all([loadUiText("en"), loadViewWords()]));

const vi = { ...shellVi, ...viewsVi };

describe("the task pane's text tables", () => {
  it("gives English exactly the keys of Vietnamese, each of which is the shell's or the views', not both", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    expect(Object.keys(shellVi).filter((k) => k in viewsVi)).toEqual([]);
  });

  it("has no empty string in either language", () => {
    for (const table of [vi, en]) {
      for (const [key, value] of Object.entries(table)) expect([key, value.trim().length > 0]).toEqual([key, true]);
    }
  });

  it("words the three jobs in Vietnamese by default", () => {
    expect([t("vi", "tab.generate"), t("vi", "tab.validate"), t("vi", "tab.rank")]).toEqual(["Tạo mẫu", "Kiểm tra", "Xếp hạng"]);
    expect(t("en", "tab.rank")).toBe("Rank");
    expect(t("vi", "view.rank.intro")).toBe(viewsVi["view.rank.intro"]);
  });

  it("translates every sentence rather than copying the Vietnamese", () => {
    // a template of placeholders and signs alone ("{item} ({stage}): {before} → {after}") has no words to translate
    const hasWords = (s: string) => /\p{L}/u.test(s.replace(/\{[^}]*\}/g, ""));
    const same = Object.keys(vi).filter((k) => k !== "app.title" && hasWords(vi[k as keyof typeof vi]) && vi[k as keyof typeof vi] === en[k as keyof typeof vi]);
    expect(same).toEqual([]);
  });

  it("writes every placeholder as fillText reads it: {name} or {name|one|many}", () => {
    // anything else ("{count:target|targets}") would reach the reader as it is written
    const unread = [vi, en].flatMap((table) =>
      Object.entries(table).flatMap(([key, value]) => [...value.matchAll(/\{[^}]*\}/g)].map((m) => m[0]).filter((p) => !/^\{\w+(\|[^|}]*\|[^|}]*)?\}$/.test(p)).map((p) => `${key}: ${p}`)),
    );
    expect(unread).toEqual([]);
  });
});
