import { rmSync } from "node:fs";
import * as path from "node:path";
import { fsp } from "./lazyNode";

/**
 * Files that exist only while a command runs (a temporary workbook, a backup being copied, a lock): removed when
 * the command ends however it ends — an error, Ctrl+C (SIGINT), SIGTERM, SIGHUP. Only SIGKILL can leave one behind;
 * the next write of the same file sweeps those (sweepDeadTemps).
 */
const live = new Set<string>();

export function track(file: string): void {
  live.add(file);
}

export function untrack(file: string): void {
  live.delete(file);
}

function removeLive(): void {
  for (const file of live) {
    try {
      rmSync(file, { force: true });
    } catch {
      // nothing more can be done while exiting
    }
  }
  live.clear();
}

const SIGNALS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const;

/** Once, in the CLI's entry point: cleanup on exit and on the signals that end a command. */
export function removeOnExit(): void {
  process.on("exit", removeLive);
  for (const [signal, number] of Object.entries(SIGNALS)) {
    process.once(signal, () => {
      removeLive();
      process.exit(128 + number);
    });
  }
}

/** Whether a process runs (EPERM: it exists but belongs to someone else). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The temporaries `PREFIX.PID.TIME.tmp` in `dir` of processes that are gone (killed with SIGKILL), removed. */
export async function sweepDeadTemps(dir: string, prefix: string): Promise<void> {
  const names = await fsp().readdir(dir).catch(() => [] as string[]);
  for (const n of names) {
    const m = n.startsWith(prefix) ? /^(\d+)\.\d+\.tmp$/.exec(n.slice(prefix.length)) : null;
    if (m && Number(m[1]) !== process.pid && !alive(Number(m[1]))) await fsp().rm(path.join(dir, n), { force: true });
  }
}
