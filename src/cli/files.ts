import { readFile } from "node:fs/promises";
import * as path from "node:path";
import { finding, type Result } from "../domain/findings";
import type { CliContext } from "./context";

/** Reads a UTF-8 input file; a missing or unreadable file becomes ERR_FILE_UNREADABLE (exit 2). */
export async function readTextInput(file: string, ctx: CliContext): Promise<Result<{ text: string; file: string }>> {
  const name = path.basename(file);
  try {
    const text = await readFile(path.resolve(ctx.cwd, file), "utf8");
    return { ok: true, value: { text, file: name }, findings: [] };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return { ok: false, findings: [finding("ERR_FILE_UNREADABLE", { file, reason: err.code ?? err.message })] };
  }
}
