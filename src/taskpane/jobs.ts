import type { UiKey } from "../i18n/ui";

/** The three things officials come to the pane for, in the order they do them. */
export type Job = "generate" | "validate" | "rank";

export const JOBS: readonly { job: Job; label: UiKey }[] = [
  { job: "generate", label: "tab.generate" },
  { job: "validate", label: "tab.validate" },
  { job: "rank", label: "tab.rank" },
];

export const tabId = (job: Job): string => `thidua-tab-${job}`;
export const panelId = (job: Job): string => `thidua-panel-${job}`;
