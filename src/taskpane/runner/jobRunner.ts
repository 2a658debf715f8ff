// One runner for every view's work. Each run gets a request id; progress and results of a run that a later run
// has replaced are dropped, so a slow answer to an old question never overwrites the answer to a newer one.

export interface JobTicket {
  readonly id: number;
  /** true while no later run has started on the same runner */
  current(): boolean;
}

export interface JobRunner {
  start(): JobTicket;
  /** Forget every run so far (the view went away or its workbook changed). */
  cancel(): void;
}

export function createJobRunner(): JobRunner {
  let latest = 0;
  return {
    start() {
      const id = ++latest;
      return { id, current: () => id === latest };
    },
    cancel() {
      latest++;
    },
  };
}
