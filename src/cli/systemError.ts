import * as path from "node:path";
import { systemError, text } from "../i18n";
import type { CliContext } from "./context";

/** "Could not write F: <what the system said, in words>. <what to do>" — never a bare EACCES. */
export function writeFailed(ctx: CliContext, shown: string, e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const s = systemError(err.code ?? err.message, ctx.lang);
  return text(ctx.lang, "cli.writeFailed", path.resolve(ctx.cwd, shown), s.what, s.todo);
}
