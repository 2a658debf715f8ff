import type { Lang } from "../i18n";

/** What a command needs from the outside world; tests pass their own to capture output. */
export interface CliContext {
  readonly lang: Lang;
  readonly cwd: string;
  readonly out: (s: string) => void;
  readonly err: (s: string) => void;
}

export class UsageError extends Error {}
