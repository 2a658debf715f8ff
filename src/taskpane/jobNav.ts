import { createContext, useCallback, useContext } from "react";
import { tabId, type Job } from "./jobs";

/** Opens another job's tab; a view uses it for its "what next" (after opening a file: go to Validate). */
export const JobNavContext = createContext<(job: Job) => void>(() => {});

/** Opens `job` and puts the focus on its tab, where a keyboard user goes on from (never on <body>). */
export function useGoToJob(): (job: Job) => void {
  const select = useContext(JobNavContext);
  return useCallback(
    (job: Job) => {
      select(job);
      setTimeout(() => document.getElementById(tabId(job))?.focus(), 0);
    },
    [select],
  );
}
