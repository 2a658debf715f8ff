import { useCallback, useEffect, useMemo, useState } from "react";
import type { UiKey } from "../../i18n/ui";
import type { Problem } from "../workbookSource/types";
import { createJobRunner } from "./jobRunner";

export interface JobProgress {
  readonly done: number;
  readonly total: number;
}

export type JobStatus =
  | { readonly kind: "idle" }
  | { readonly kind: "working"; readonly label: UiKey; readonly progress?: JobProgress }
  | { readonly kind: "failed"; readonly problem: Problem };

export function errorDetail(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).slice(0, 200);
}

/** What a piece of work may do while it runs: report progress (dropped once a newer run started). */
export interface JobContext {
  progress(done: number, total: number): void;
  current(): boolean;
}

/**
 * A view's work through the shared runner: `run` shows `label` while `work` runs, hands its result to `apply`
 * only if no later run started meanwhile, and turns a throw into `failKey` with the error's words.
 */
export function useJob() {
  const runner = useMemo(createJobRunner, []);
  const [status, setStatus] = useState<JobStatus>({ kind: "idle" });
  useEffect(() => () => runner.cancel(), [runner]);

  const run = useCallback(
    async <T>(label: UiKey, failKey: UiKey, work: (ctx: JobContext) => Promise<T>, apply: (value: T) => void): Promise<boolean> => {
      const ticket = runner.start();
      setStatus({ kind: "working", label });
      const ctx: JobContext = {
        progress: (done, total) => {
          if (ticket.current()) setStatus({ kind: "working", label, progress: { done, total } });
        },
        current: ticket.current,
      };
      try {
        const value = await work(ctx);
        if (!ticket.current()) return false;
        apply(value);
        setStatus({ kind: "idle" });
        return true;
      } catch (e) {
        if (ticket.current()) setStatus({ kind: "failed", problem: { key: failKey, params: { detail: errorDetail(e) } } });
        return false;
      }
    },
    [runner],
  );

  // a problem met outside a run (a cell that can't be shown): told, without dropping the run under way
  const fail = useCallback((problem: Problem) => setStatus({ kind: "failed", problem }), []);

  const reset = useCallback(() => {
    runner.cancel();
    setStatus({ kind: "idle" });
  }, [runner]);

  return { status, run, fail, reset };
}

export type Job = ReturnType<typeof useJob>;
