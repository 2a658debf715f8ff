import { lazyView } from "./lazyView";
import { loadViewWords } from "./loadUiText";

/**
 * A problem's findings in words, with the findings' text tables in both languages: too heavy for the pane's
 * first load (its 150 KB budget), so a chunk of its own, preloaded before a problem with findings is shown. Its
 * links' words are the views' (validate.selectCell), fetched with it.
 */
export const ProblemFindingsView = lazyView(() =>
  Promise.all([import(/* webpackChunkName: "problem-findings" */ "../components/ProblemFindings"), loadViewWords()]).then(([m]) => m.ProblemFindings),
);
