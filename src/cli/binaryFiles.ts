import { readFileSync } from "node:fs";
import type { FileHandle } from "node:fs/promises";
import * as path from "node:path";
import { finding, type Result } from "../domain/findings";
import { sniffFile } from "../services/sniffFile";
import type { CliContext } from "./context";
import { writeStep } from "./killPoint";
import { fsp } from "./lazyNode";
import { sweepDeadTemps, track, untrack } from "./tempFiles";

/** Reads a workbook's bytes; an unreadable file, or bytes that are no .xlsx (empty, password, .xls…), are findings. */
export async function readBinaryInput(file: string, ctx: CliContext): Promise<Result<Uint8Array>> {
  try {
    // read at once: the command can do nothing else meanwhile, and node:fs/promises stays unloaded (lazyNode.ts)
    const bytes = new Uint8Array(readFileSync(path.resolve(ctx.cwd, file)));
    const wrong = sniffFile(bytes, path.basename(file));
    return wrong ? { ok: false, findings: [wrong] } : { ok: true, value: bytes, findings: [] };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return { ok: false, findings: [finding("ERR_FILE_UNREADABLE", { file, path: path.resolve(ctx.cwd, file), reason: err.code ?? err.message })] };
  }
}

export async function exists(file: string): Promise<boolean> {
  try {
    await fsp().stat(file);
    return true;
  } catch {
    return false;
  }
}

/** F.xlsx → F.bak.xlsx */
export function backupName(file: string): string {
  const ext = path.extname(file);
  return ext ? `${file.slice(0, -ext.length)}.bak${ext}` : `${file}.bak`;
}

/** Where writing `file` really lands: a symbolic link's target (written through, the link kept), else the file. */
export async function realTarget(file: string): Promise<string> {
  try {
    return await fsp().realpath(file);
  } catch {
    return file;
  }
}

/** Temporary files of `file` that a killed command (SIGKILL) left: `.NAME.PID.TIME.tmp` of a process that is gone. */
function sweepLeftovers(file: string): Promise<void> {
  return sweepDeadTemps(path.dirname(file), `.${path.basename(file)}.`);
}

function tempName(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
}

async function writeSynced(file: string, write: (h: FileHandle) => Promise<void>, mode?: number): Promise<void> {
  const handle = await fsp().open(file, "wx", mode ?? 0o666);
  try {
    writeStep();
    await write(handle);
    // open's mode is masked by the umask: the file's own mode is set as it was
    if (mode !== undefined) await handle.chmod(mode);
    await handle.sync();
  } finally {
    await handle.close();
  }
  writeStep();
}

/**
 * Writes bytes next to `target` under a temporary name, flushes them, then renames over `target`: a reader
 * sees the old file or the new one, never half of one. The file keeps its mode (a mode-600 workbook stays
 * private); a symbolic link is written through to its target and stays a link. With `backup`, the old file is
 * first copied to a temporary name, flushed, and only then renamed over `backup`: a full disk or a kill leaves
 * the previous backup whole, never a 0-byte one. No temporary file outlives the command (tempFiles.ts).
 * @throws the file system's error; the temporary files are removed first
 */
export async function replaceFile(target: string, bytes: Uint8Array, backup?: string): Promise<void> {
  const real = await realTarget(target);
  const old = await fsp().stat(real).catch(() => null);
  const mode = old ? old.mode & 0o7777 : undefined;
  await sweepLeftovers(real);
  // a run killed while copying the backup left its temporary beside the backup, under the backup's name
  if (backup) await sweepLeftovers(backup);
  const temp = tempName(real);
  const backupTemp = backup ? tempName(backup) : undefined;
  track(temp);
  if (backupTemp) track(backupTemp);
  try {
    await writeSynced(temp, (h) => h.writeFile(bytes), mode);
    if (backup && backupTemp && old) {
      const previous = await fsp().readFile(real);
      await writeSynced(backupTemp, (h) => h.writeFile(previous), mode);
      await fsp().rename(backupTemp, backup);
      writeStep();
    }
    await fsp().rename(temp, real);
    writeStep();
  } finally {
    await fsp().rm(temp, { force: true });
    if (backupTemp) await fsp().rm(backupTemp, { force: true });
    untrack(temp);
    if (backupTemp) untrack(backupTemp);
  }
}
