import { readFileSync } from "node:fs";
import * as path from "node:path";
import { finding, type Result } from "../domain/findings";
import type { CliContext } from "./context";

const strict = new TextDecoder("utf-8", { fatal: true });

/** The text of UTF-8 bytes (a BOM dropped), or null when they are not UTF-8: never read as mojibake. */
export function utf8(bytes: Uint8Array): string | null {
  try {
    return strict.decode(bytes);
  } catch {
    return null;
  }
}

/** The 1-based line of the first byte that is not UTF-8 (where the lenient decoder puts its first U+FFFD). */
function badLine(bytes: Uint8Array): number {
  const loose = new TextDecoder("utf-8").decode(bytes);
  const at = loose.indexOf("\ufffd");
  let line = 1;
  for (let i = loose.indexOf("\n"); i >= 0 && i < at; i = loose.indexOf("\n", i + 1)) line++;
  return line;
}

/** Reads a UTF-8 input file (other encodings are ERR_FILE_ENCODING: exit 2, told how to save as UTF-8); a missing or unreadable file becomes ERR_FILE_UNREADABLE (exit 2). */
export async function readTextInput(file: string, ctx: CliContext): Promise<Result<{ text: string; file: string }>> {
  const name = path.basename(file);
  try {
    const bytes = readFileSync(path.resolve(ctx.cwd, file));
    const text = utf8(bytes);
    if (text === null) return { ok: false, findings: [finding("ERR_FILE_ENCODING", { file: name, line: badLine(bytes) })] };
    return { ok: true, value: { text, file: name }, findings: [] };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return { ok: false, findings: [finding("ERR_FILE_UNREADABLE", { file, path: path.resolve(ctx.cwd, file), reason: err.code ?? err.message })] };
  }
}
