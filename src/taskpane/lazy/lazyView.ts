import { createElement, use, type ComponentType } from "react";

export interface LazyView<P extends object> {
  readonly View: ComponentType<P>;
  /** fetches the view's chunk (once); rendering before it arrives suspends */
  preload(): Promise<ComponentType<P>>;
}

/**
 * A view fetched as a chunk of its own the first time it is shown (React.lazy would do, but this one can be
 * preloaded and then renders at once, with no fallback flash). A failed fetch is thrown to the error boundary
 * that says so, until `retryFailedViews` (the boundary's "try again") lets the next render fetch again.
 */
const retries = new Set<() => void>();

/** Every view whose fetch failed is fetched again the next time it renders. */
export function retryFailedViews(): void {
  for (const retry of retries) retry();
}

export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): LazyView<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  let failed: { error: unknown } | null = null;
  retries.add(() => (failed = null));
  const preload = () =>
    (pending ??= load().then(
      (c) => (loaded = c),
      (error: unknown) => {
        failed = { error };
        pending = null;
        throw error;
      },
    ));
  function View(props: P) {
    if (loaded) return createElement(loaded, props);
    if (failed) throw failed.error;
    return createElement(use(preload()), props);
  }
  return { View, preload };
}
