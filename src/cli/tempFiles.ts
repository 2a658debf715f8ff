import { rmSync } from "node:fs";

/**
 * Files that exist only while a command runs (a temporary workbook, a backup being copied, a lock): removed when
 * the command ends however it ends — an error, Ctrl+C (SIGINT), SIGTERM, SIGHUP. Only SIGKILL can leave one behind;
 * the next write of the same file sweeps those (binaryFiles.sweepLeftovers).
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
