/**
 * A test hook for the write path: with THIDUA_TEST_KILL_AT=k the k-th write step of this process ends it at once
 * with SIGKILL (no handler runs, as when the machine loses power or the user kills the process), so a test can
 * check that a kill after any step leaves the workbook, its .bak and the next run whole. Unset, it does nothing.
 */
let steps = 0;

export function writeStep(): void {
  const at = Number(process.env.THIDUA_TEST_KILL_AT);
  if (!Number.isInteger(at) || at <= 0) return;
  steps++;
  if (steps === at) process.kill(process.pid, "SIGKILL");
}

/**
 * A test hook beside the kill: with THIDUA_TEST_HOLD_LOCK_MS=n a writer waits n ms once it holds its lock, so a
 * test can start a second writer while the first is surely still at work. Unset, it does nothing.
 */
export async function holdAfterLock(): Promise<void> {
  const ms = Number(process.env.THIDUA_TEST_HOLD_LOCK_MS);
  if (Number.isInteger(ms) && ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
}
