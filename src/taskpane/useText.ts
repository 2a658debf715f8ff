// The pane's language travels by context, so any component can word itself with `useText()("key")`.
import { createContext, useCallback, useContext } from "react";
import type { Lang } from "../i18n/types";
import { t, type TextParams, type UiKey } from "../i18n/uiText";

export const LangContext = createContext<Lang>("vi");

export type TextFn = (key: UiKey, params?: TextParams) => string;

export function useText(): TextFn {
  const lang = useContext(LangContext);
  return useCallback((key: UiKey, params?: TextParams) => t(lang, key, params), [lang]);
}

export function useLang(): Lang {
  return useContext(LangContext);
}
