import * as path from "node:path";
import { text } from "../i18n";
import type { CliContext } from "./context";

/** What a verb did to the file whose earlier bytes its .bak keeps: the line says "before <that>", never another verb's. */
export type BackupVerb = "fill" | "merge" | "split" | "report" | "seal" | "unseal" | "generate" | "upgrade" | "rubric";

/** Tells where the file as it was before `verb` wrote it is kept (nothing when no .bak was made). */
export function printBackup(ctx: CliContext, verb: BackupVerb, backup: string | undefined): void {
  if (backup) ctx.out(text(ctx.lang, `cli.backup.${verb}`, path.relative(ctx.cwd, backup) || backup));
}
