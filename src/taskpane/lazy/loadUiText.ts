import type { Lang } from "../../i18n/types";
import { addUiText, hasUiText } from "../../i18n/uiText";

let english: Promise<void> | null = null;
let viewWords: Promise<void> | null = null;

/** Fetches once; a failed fetch (a dropped connection) is tried again the next time it is asked for. */
function once(current: Promise<void> | null, fetch: () => Promise<void>, forget: () => void): Promise<void> {
  return (
    current ??
    fetch().catch((e: unknown) => {
      forget();
      throw e;
    })
  );
}

/**
 * The pane's words in a language, ready to use: the shell's Vietnamese is in the first load; English (the shell's
 * and the views') is a chunk fetched once, when it is about to be chosen (the language button hovered or focused)
 * or chosen.
 */
export function loadUiText(lang: Lang): Promise<void> {
  if (hasUiText(lang)) return Promise.resolve();
  english = once(english, () => import(/* webpackChunkName: "text-en" */ "../../i18n/ui.en").then((m) => addUiText("en", m.en)), () => (english = null));
  return english;
}

/** The views' Vietnamese words: a chunk fetched with the first view (views/registry.ts), which waits for it. */
export function loadViewWords(): Promise<void> {
  viewWords = once(viewWords, () => import(/* webpackChunkName: "text-views" */ "../../i18n/ui").then((m) => addUiText("vi", m.viewsVi)), () => (viewWords = null));
  return viewWords;
}
