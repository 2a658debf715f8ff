// The pane's words by key: t() and the tables fetched so far. The shell's Vietnamese (uiShell.ts) is in the first
// load; the views' Vietnamese (ui.ts, uiRoundTrip.ts) comes with the first view, English (ui.en.ts) when it is
// chosen (taskpane/lazy/loadUiText.ts). Nothing is worded before its table is here: a view waits for its words
// with its chunk, a language switch for the language's chunk.
import { formatNumber } from "./format";
import type { Lang } from "./types";
import type { viewsVi } from "./ui";
import { shellVi } from "./uiShell";

export type UiKey = keyof typeof shellVi | keyof typeof viewsVi;

/** Values named in a text as `{name}`; numbers are written as the language writes them (92,5 in Vietnamese). */
export type TextParams = Readonly<Record<string, string | number>>;

const tables: Partial<Record<Lang, Partial<Record<UiKey, string>>>> = { vi: shellVi };

/** Adds words of a language (a whole language, or the views' part of one) to those at hand. */
export function addUiText(lang: Lang, words: Partial<Record<UiKey, string>>): void {
  tables[lang] = { ...tables[lang], ...words };
}

export function hasUiText(lang: Lang): boolean {
  return tables[lang] !== undefined;
}

export function t(lang: Lang, key: UiKey, params?: TextParams): string {
  // a language not fetched yet falls back to Vietnamese; a key with no words at all shows as itself, which the
  // tests look for (test/taskpane/lazy/shellWords.test.ts keeps the shell to its own table)
  const text = tables[lang]?.[key] ?? tables.vi?.[key] ?? key;
  return params ? fillText(text, params, lang) : text;
}

/**
 * `{name}` is replaced by the value; `{count|note|notes}` picks the singular when the value is 1, for languages
 * that inflect (Vietnamese never needs it).
 */
export function fillText(template: string, params: TextParams, lang: Lang): string {
  const inflected = template.replace(/\{(\w+)\|([^|}]*)\|([^}]*)\}/g, (whole, name: string, one: string, many: string) => {
    const v = params[name];
    return v === undefined ? whole : v === 1 ? one : many;
  });
  return inflected.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    return typeof v === "number" ? formatNumber(v, lang) : v;
  });
}
