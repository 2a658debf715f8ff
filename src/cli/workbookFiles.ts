import * as path from "node:path";
import type { Result } from "../domain/findings";
import { openXlsx, type XlsxHost } from "../hosts/xlsx/xlsxHost";
import { openHost } from "../services/openWorkbook";
import { backupName, readBinaryInput, replaceFile } from "./binaryFiles";
import { printBackup, type BackupVerb } from "./backupNote";
import type { CliContext } from "./context";
import { nodeZipCodec } from "./zipCodec";
import { writeFailed } from "./systemError";

/** A workbook file opened on the xlsx host; unreadable or non-.xlsx bytes are findings naming the file. */
export async function openWorkbookFile(file: string, ctx: CliContext): Promise<Result<XlsxHost>> {
  const bytes = await readBinaryInput(file, ctx);
  return bytes.ok ? openHost(() => openXlsx(bytes.value, { codec: nodeZipCodec }), path.basename(file)) : bytes;
}

/**
 * Saves `host` over `file` (temporary file + rename, the old file kept as F.bak.xlsx, said as before `verb`), or into
 * `out` when given.
 * Returns false after printing why when the file system refused.
 */
export async function saveWorkbookFile(host: XlsxHost, file: string, ctx: CliContext, verb: BackupVerb, out?: string): Promise<boolean> {
  const source = path.resolve(ctx.cwd, file);
  const target = out ? path.resolve(ctx.cwd, out) : source;
  const backup = target === source ? backupName(source) : undefined;
  try {
    await replaceFile(target, await host.save(), backup);
  } catch (e) {
    ctx.err(writeFailed(ctx, out ?? file, e));
    return false;
  }
  printBackup(ctx, verb, backup);
  return true;
}
