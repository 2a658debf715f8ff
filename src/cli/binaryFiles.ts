import { copyFile, open, readFile, rename, rm, stat } from "node:fs/promises";
import * as path from "node:path";
import { finding, type Result } from "../domain/findings";
import { sniffFile } from "../services/sniffFile";
import type { CliContext } from "./context";

/** Reads a workbook's bytes; an unreadable file, or bytes that are no .xlsx (empty, password, .xls…), are findings. */
export async function readBinaryInput(file: string, ctx: CliContext): Promise<Result<Uint8Array>> {
  try {
    const bytes = new Uint8Array(await readFile(path.resolve(ctx.cwd, file)));
    const wrong = sniffFile(bytes, path.basename(file));
    return wrong ? { ok: false, findings: [wrong] } : { ok: true, value: bytes, findings: [] };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return { ok: false, findings: [finding("ERR_FILE_UNREADABLE", { file, reason: err.code ?? err.message })] };
  }
}

export async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
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

/**
 * Writes bytes next to `target` under a temporary name, flushes them, then renames over `target`: a reader
 * sees the old file or the new one, never half of one. With `backup`, the old file is copied there first.
 * @throws the file system's error; the temporary file is removed first
 */
export async function replaceFile(target: string, bytes: Uint8Array, backup?: string): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const handle = await open(temp, "wx");
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (backup) await copyFile(target, backup);
    await rename(temp, target);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
}
