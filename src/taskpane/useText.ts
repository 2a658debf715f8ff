// The pane's language travels by context, so any component can word itself with `useText()("key")`.
import { createContext, useCallback, useContext } from "react";
import type { Lang } from "../i18n/types";
import { t, type UiKey } from "../i18n/ui";

export const LangContext = createContext<Lang>("vi");

export function useText(): (key: UiKey) => string {
  const lang = useContext(LangContext);
  return useCallback((key: UiKey) => t(lang, key), [lang]);
}
