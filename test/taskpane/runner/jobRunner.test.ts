import { createJobRunner } from "../../../src/taskpane/runner/jobRunner";

describe("createJobRunner", () => {
  it("keeps only the latest run current, so an older answer is recognised as stale", () => {
    const runner = createJobRunner();
    const first = runner.start();
    const second = runner.start();
    expect(first.current()).toBe(false);
    expect(second.current()).toBe(true);
    expect(second.id).toBeGreaterThan(first.id);
  });

  it("makes every run stale on cancel", () => {
    const runner = createJobRunner();
    const run = runner.start();
    runner.cancel();
    expect(run.current()).toBe(false);
    expect(runner.start().current()).toBe(true);
  });

  it("keeps runners apart: a run on one never makes another's stale", () => {
    const a = createJobRunner();
    const b = createJobRunner();
    const ra = a.start();
    b.start();
    expect(ra.current()).toBe(true);
  });
});
