import { useCallback, useEffect, useState } from "react";
import type { Lang } from "../i18n/types";
import type { Job } from "./jobs";

export type AppState = {
  lang: Lang;
  toggleLang: () => void;
  job: Job;
  selectJob: (job: Job) => void;
};

export function useApp(initialLang: Lang = "vi"): AppState {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [job, selectJob] = useState<Job>("generate");
  const toggleLang = useCallback(() => setLang((l) => (l === "vi" ? "en" : "vi")), []);
  // Screen readers pick their voice from the document's language, so it follows the switch.
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return { lang, toggleLang, job, selectJob };
}
