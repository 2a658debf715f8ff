import { useCallback, useEffect, useState } from "react";
import type { Lang } from "../i18n/types";
import { hasUiText } from "../i18n/uiText";
import type { Job } from "./jobs";
import { loadUiText } from "./lazy/loadUiText";
import type { Problem } from "./workbookSource/types";

export type AppState = {
  lang: Lang;
  toggleLang: () => void;
  /** the other language's words could not be fetched: said in the language still shown */
  langProblem: Problem | null;
  job: Job;
  selectJob: (job: Job) => void;
};

export function useApp(initialLang: Lang = "vi"): AppState {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [langProblem, setLangProblem] = useState<Problem | null>(null);
  const [job, selectJob] = useState<Job>("generate");
  // The switch happens once the words are there (at once when they are: the button fetches them when hovered or
  // focused), so no label ever shows a bare key or half one language.
  const toggleLang = useCallback(() => {
    const next: Lang = lang === "vi" ? "en" : "vi";
    const switchTo = () => {
      setLangProblem(null);
      setLang(next);
    };
    if (hasUiText(next)) switchTo();
    else void loadUiText(next).then(switchTo, (e: unknown) => setLangProblem({ key: "lang.loadFailed", params: { detail: (e instanceof Error ? e.message : String(e)).slice(0, 200) } }));
  }, [lang]);
  // Screen readers pick their voice from the document's language, so it follows the switch.
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return { lang, toggleLang, langProblem, job, selectJob };
}
