import * as path from "node:path";
import { text } from "../i18n";
import type { CliContext } from "./context";
import { realTarget } from "./binaryFiles";
import { holdAfterLock, writeStep } from "./killPoint";
import { fsp, os } from "./lazyNode";
import { alive, sweepDeadTemps, track, untrack } from "./tempFiles";

/** A lock older than this is stale whoever holds it: no command of ours runs for ten minutes on one file. */
const STALE_MS = 10 * 60 * 1000;

interface Holder {
  readonly pid: number;
  readonly host: string;
  readonly since: string;
  readonly command: string;
}

/** `.F.xlsx.thidua-lock` next to the file (its real path when `file` is a symbolic link). */
export function lockName(real: string): string {
  return path.join(path.dirname(real), `.${path.basename(real)}.thidua-lock`);
}

async function holderOf(lock: string): Promise<Holder | null> {
  try {
    const h = JSON.parse(await fsp().readFile(lock, "utf8")) as Partial<Holder>;
    return typeof h.pid === "number" && typeof h.host === "string" && typeof h.since === "string" ? { pid: h.pid, host: h.host, since: h.since, command: String(h.command ?? "") } : null;
  } catch {
    return null;
  }
}

/** A lock left by a process that ended (same machine, pid gone), by one that can't be read, or older than STALE_MS. */
async function stale(lock: string, holder: Holder | null, now: number): Promise<boolean> {
  if (!holder) {
    // being written this very moment, or garbage: garbage once it is a few seconds old
    const s = await fsp().stat(lock).catch(() => null);
    return s === null || now - s.mtimeMs > 5000;
  }
  const since = Date.parse(holder.since);
  if (!Number.isFinite(since) || now - since > STALE_MS) return true;
  return holder.host === os().hostname() && !alive(holder.pid);
}

/**
 * Creates the lock whole or not at all: its content goes to a temporary file first, which is then hard-linked
 * to the lock's name (link fails if the name exists, like open "wx"). A lock file therefore always names its
 * holder, even after a kill: an empty one (open, then killed before writing) would block the next run.
 */
async function tryCreate(lock: string, command: string): Promise<boolean> {
  const temp = `${lock}.${process.pid}.${Date.now()}.tmp`;
  track(temp);
  try {
    await fsp().writeFile(temp, JSON.stringify({ pid: process.pid, host: os().hostname(), since: new Date().toISOString(), command }), { flag: "wx" });
    writeStep();
    try {
      await fsp().link(temp, lock);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "EEXIST") return false;
      throw e;
    }
    track(lock);
    writeStep();
    return true;
  } finally {
    await fsp().rm(temp, { force: true });
    untrack(temp);
  }
}

/** Lock temporaries of processes that are gone (killed between writing one and linking it). */
function sweepLockTemps(lock: string): Promise<void> {
  return sweepDeadTemps(path.dirname(lock), `${path.basename(lock)}.`);
}

const held = new Set<string>();

/** Every lock this process holds, released: runCli calls it when a command ends (tempFiles on a signal). */
export async function releaseLocks(): Promise<void> {
  for (const lock of held) {
    await fsp().rm(lock, { force: true });
    untrack(lock);
  }
  held.clear();
}

/**
 * Before a command reads a workbook it will write: the file must be writable (a read-only file is refused, not
 * replaced), and no other writer may hold it. Two `fill`s on one file at once used to lose one's cells; now the
 * second is told who holds the file and exits 2. A stale lock (its process gone, or ten minutes old) is taken
 * over. The lock is held until the command ends (releaseLocks).
 * @returns false after printing why the file can't be written now
 */
export async function lockForWriting(file: string, ctx: CliContext, command: string): Promise<boolean> {
  const target = path.resolve(ctx.cwd, file);
  const shown = path.relative(ctx.cwd, target) || file;
  const real = await realTarget(target);
  const st = await fsp().stat(real).catch(() => null);
  if (st && (st.mode & 0o222) === 0) {
    ctx.err(text(ctx.lang, "cli.readOnly", shown));
    return false;
  }
  const lock = lockName(real);
  if (held.has(lock)) return true;
  await sweepLockTemps(lock);
  let holder: Holder | null = null;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      if (await tryCreate(lock, command)) {
        held.add(lock);
        await holdAfterLock();
        return true;
      }
    } catch (e) {
      // a folder we can't write to: the write itself will say so, and no other writer can get in either
      if (["EACCES", "EPERM", "EROFS"].includes((e as NodeJS.ErrnoException).code ?? "")) return true;
      throw e;
    }
    holder = await holderOf(lock);
    if (!(await stale(lock, holder, Date.now()))) break;
    // taken over only if it is still the stale holder's (another taker may have replaced it meanwhile)
    if (JSON.stringify(await holderOf(lock)) === JSON.stringify(holder)) await fsp().rm(lock, { force: true });
  }
  ctx.err(text(ctx.lang, "cli.locked", shown, holder?.command ?? "?", String(holder?.pid ?? "?"), holder?.host ?? "?", holder?.since ?? "?", path.relative(ctx.cwd, lock) || lock));
  return false;
}
