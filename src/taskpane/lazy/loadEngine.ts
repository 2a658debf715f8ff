export type Engine = typeof import("../engine");

let loading: Promise<Engine> | null = null;

/** The pane's engine chunk (see engine.ts), fetched once, on the first action that needs it. */
export function loadEngine(): Promise<Engine> {
  loading ??= import(/* webpackChunkName: "engine" */ "../engine").catch((e: unknown) => {
    loading = null; // a failed fetch (a dropped connection) is tried again next time
    throw e;
  });
  return loading;
}
