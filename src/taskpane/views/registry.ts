// Each view is a chunk of its own, fetched the first time its tab is opened, with the views' words: the pane's
// first load carries the shell only, however many views there are.
import type { Job } from "../jobs";
import { lazyView, type LazyView } from "../lazy/lazyView";
import { loadViewWords } from "../lazy/loadUiText";

export type ViewProps = { active: boolean };

/** A view's chunk with the views' words (fetched alongside, once): it renders only when both are here. */
function withWords<C>(view: Promise<C>): Promise<C> {
  return Promise.all([view, loadViewWords()]).then(([component]) => component);
}

export const VIEWS: Record<Job, LazyView<ViewProps>> = {
  generate: lazyView(() => withWords(import(/* webpackChunkName: "view-generate" */ "./GenerateView").then((m) => m.GenerateView))),
  validate: lazyView(() => withWords(import(/* webpackChunkName: "view-validate" */ "./ValidateView").then((m) => m.ValidateView))),
  rank: lazyView(() => withWords(import(/* webpackChunkName: "view-rank" */ "./RankView").then((m) => m.RankView))),
  copies: lazyView(() => withWords(import(/* webpackChunkName: "view-copies" */ "./CopiesView").then((m) => m.CopiesView))),
  merge: lazyView(() => withWords(import(/* webpackChunkName: "view-merge" */ "./MergeView").then((m) => m.MergeView))),
  seal: lazyView(() => withWords(import(/* webpackChunkName: "view-seal" */ "./SealView").then((m) => m.SealView))),
  board: lazyView(() => withWords(import(/* webpackChunkName: "view-board" */ "./BoardView").then((m) => m.BoardView))),
  report: lazyView(() => withWords(import(/* webpackChunkName: "view-report" */ "./ReportView").then((m) => m.ReportView))),
};

/** Every view fetched; after this they render at once (tests, and a pane warming up once it is idle). */
export async function preloadViews(): Promise<void> {
  await Promise.all(Object.values(VIEWS).map((v) => v.preload()));
}
