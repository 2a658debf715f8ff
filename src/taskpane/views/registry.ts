// Each view is a chunk of its own, fetched the first time its tab is opened: the pane's first load carries the
// shell only, however many views there are.
import type { Job } from "../jobs";
import { lazyView, type LazyView } from "../lazy/lazyView";

export type ViewProps = { active: boolean };

export const VIEWS: Record<Job, LazyView<ViewProps>> = {
  generate: lazyView(() => import(/* webpackChunkName: "view-generate" */ "./GenerateView").then((m) => m.GenerateView)),
  validate: lazyView(() => import(/* webpackChunkName: "view-validate" */ "./ValidateView").then((m) => m.ValidateView)),
  rank: lazyView(() => import(/* webpackChunkName: "view-rank" */ "./RankView").then((m) => m.RankView)),
  copies: lazyView(() => import(/* webpackChunkName: "view-copies" */ "./CopiesView").then((m) => m.CopiesView)),
  merge: lazyView(() => import(/* webpackChunkName: "view-merge" */ "./MergeView").then((m) => m.MergeView)),
  seal: lazyView(() => import(/* webpackChunkName: "view-seal" */ "./SealView").then((m) => m.SealView)),
  board: lazyView(() => import(/* webpackChunkName: "view-board" */ "./BoardView").then((m) => m.BoardView)),
  report: lazyView(() => import(/* webpackChunkName: "view-report" */ "./ReportView").then((m) => m.ReportView)),
};

/** Every view fetched; after this they render at once (tests, and a pane warming up once it is idle). */
export async function preloadViews(): Promise<void> {
  await Promise.all(Object.values(VIEWS).map((v) => v.preload()));
}
