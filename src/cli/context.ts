import type { Progress } from "./progress";
import type { Lang } from "../i18n";

/** What a command needs from the outside world; tests pass their own to capture output. */
export interface CliContext {
  readonly lang: Lang;
  readonly cwd: string;
  readonly out: (s: string) => void;
  readonly err: (s: string) => void;
  /** a progress line for a long command, when someone is watching a terminal (null or absent: say nothing) */
  readonly progress?: (label: string) => { readonly step: Progress; readonly end: () => void } | null;
}

export class UsageError extends Error {}
