import { lazyView } from "./lazyView";

/**
 * A problem's findings in words, with the findings' text tables in both languages: too heavy for the pane's
 * first load (its 150 KB budget), so a chunk of its own, preloaded before a problem with findings is shown.
 */
export const ProblemFindingsView = lazyView(() =>
  import(/* webpackChunkName: "problem-findings" */ "../components/ProblemFindings").then((m) => m.ProblemFindings),
);
