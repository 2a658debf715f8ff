/** @jest-environment jsdom */
import { act, renderHook } from "@testing-library/react";
import { useJob } from "../../../src/taskpane/runner/useJob";

function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe("useJob", () => {
  it("applies a later run's result and drops an earlier one that answers after it", async () => {
    const { result } = renderHook(() => useJob());
    const slow = deferred<string>();
    const fast = deferred<string>();
    const applied: string[] = [];
    let p1!: Promise<boolean>, p2!: Promise<boolean>;
    act(() => {
      p1 = result.current.run("view.loading", "view.loadFailed", () => slow.promise, (v) => applied.push(v));
      p2 = result.current.run("view.loading", "view.loadFailed", () => fast.promise, (v) => applied.push(v));
    });
    await act(async () => {
      fast.resolve("newer");
      await p2;
      slow.resolve("older");
      await p1;
    });
    expect(applied).toEqual(["newer"]);
    expect(result.current.status).toEqual({ kind: "idle" });
    await expect(p1).resolves.toBe(false);
  });

  it("shows progress while running and the failure's words when the work throws", async () => {
    const { result } = renderHook(() => useJob());
    const gate = deferred<void>();
    let p!: Promise<boolean>;
    act(() => {
      p = result.current.run("view.loading", "view.loadFailed", async (ctx) => {
        ctx.progress(2, 5);
        await gate.promise;
        throw new Error("disk gone");
      }, () => undefined);
    });
    expect(result.current.status).toEqual({ kind: "working", label: "view.loading", progress: { done: 2, total: 5 } });
    await act(async () => {
      gate.resolve();
      await p;
    });
    expect(result.current.status).toEqual({ kind: "failed", problem: { key: "view.loadFailed", params: { detail: "disk gone" } } });
  });

  it("drops a stale run's failure too", async () => {
    const { result } = renderHook(() => useJob());
    const failing = deferred<string>();
    let p1!: Promise<boolean>;
    await act(async () => {
      p1 = result.current.run("view.loading", "view.loadFailed", () => failing.promise.then(() => Promise.reject(new Error("old"))), () => undefined);
      await result.current.run("view.loading", "view.loadFailed", async () => "ok", () => undefined);
      failing.resolve("x");
      await p1;
    });
    expect(result.current.status).toEqual({ kind: "idle" });
  });
});
