import { addUiText, hasUiText } from "../../i18n/ui";
import type { Lang } from "../../i18n/types";

let loading: Promise<void> | null = null;

/**
 * The pane's words in a language, ready to use: Vietnamese is in the first load; English is a chunk fetched once,
 * when it is about to be chosen (the language button hovered or focused) or chosen.
 */
export function loadUiText(lang: Lang): Promise<void> {
  if (hasUiText(lang)) return Promise.resolve();
  loading ??= import(/* webpackChunkName: "text-en" */ "../../i18n/ui.en").then(
    (m) => addUiText("en", m.en),
    (e: unknown) => {
      loading = null; // a failed fetch (a dropped connection) is tried again next time
      throw e;
    },
  );
  return loading;
}
