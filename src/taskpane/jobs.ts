import type { UiKey } from "../i18n/ui";

/** What officials come to the pane for, in the order of the year: make, check, rank, send and take back, seal, report; then the Board's check. */
export type Job = "generate" | "validate" | "rank" | "copies" | "merge" | "seal" | "report" | "board";

export const JOBS: readonly { job: Job; label: UiKey }[] = [
  { job: "generate", label: "tab.generate" },
  { job: "validate", label: "tab.validate" },
  { job: "rank", label: "tab.rank" },
  { job: "copies", label: "tab.copies" },
  { job: "merge", label: "tab.merge" },
  { job: "seal", label: "tab.seal" },
  { job: "report", label: "tab.report" },
  { job: "board", label: "tab.board" },
];

export const tabId = (job: Job): string => `thidua-tab-${job}`;
export const panelId = (job: Job): string => `thidua-panel-${job}`;
