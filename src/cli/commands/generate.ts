import * as path from "node:path";
import { leafCriteria } from "../../domain/rubricTree";
import { text } from "../../i18n";
import { createXlsx } from "../../hosts/xlsx/xlsxHost";
import { generateWorkbook } from "../../services/generateWorkbook";
import { blocFromText, rubricFromText } from "../../services/inputs";
import { parseCommandArgs, requireString } from "../args";
import { backupName, exists, replaceFile } from "../binaryFiles";
import { lockForWriting } from "../fileLock";
import { openWorkbookFile } from "../workbookFiles";
import { readContents } from "../../services/openWorkbook";
import { UsageError, type CliContext } from "../context";
import { nodeZipCodec } from "../zipCodec";
import { readTextInput } from "../files";
import { printFindings } from "../render";
import { writeFailed } from "../systemError";

/** `thidua generate --rubric R.json --bloc B.json --out F.xlsx [--force]` */
export async function generateCommand(argv: readonly string[], ctx: CliContext): Promise<number> {
  const args = parseCommandArgs(argv, { rubric: { type: "string" }, bloc: { type: "string" }, out: { type: "string" }, force: { type: "boolean" }, "discard-scores": { type: "boolean" } }, ctx.lang);
  if (args.positionals.length > 0) throw new UsageError(text(ctx.lang, "cli.unknownOption", args.positionals[0]));
  const out = requireString(args, "out", ctx.lang);
  const files = await Promise.all(["rubric", "bloc"].map((k) => readTextInput(requireString(args, k, ctx.lang), ctx)));
  const target = path.resolve(ctx.cwd, out);
  const overwrite = await exists(target);
  if (!args.values.force && overwrite) {
    ctx.err(text(ctx.lang, "cli.outExists", out));
    return 2;
  }
  if (!(await lockForWriting(target, ctx, "generate"))) return 2;
  const backup = overwrite ? backupName(target) : undefined;
  // a new workbook over one holding scores erases them: only when the user names that loss
  const entered = overwrite ? await enteredCount(target, ctx) : 0;
  if (entered > 0 && !args.values["discard-scores"]) {
    ctx.err(text(ctx.lang, "cli.generate.holdsScores", out, entered, path.relative(ctx.cwd, backup!) || backup!));
    return 2;
  }
  const unreadable = files.flatMap((f) => (f.ok ? [] : f.findings));
  if (unreadable.length > 0) {
    printFindings(unreadable, ctx.lang, ctx.err);
    ctx.err(text(ctx.lang, "cli.inputErrors"));
    return 2;
  }
  const [rubric, bloc] = files.map((f) => (f.ok ? f.value : { text: "", file: "" }));
  const host = createXlsx({ codec: nodeZipCodec });
  const outcome = await generateWorkbook({ rubric, bloc }, host);
  if (outcome.exit !== 0) {
    printFindings(outcome.findings.filter((f) => f.severity === "error"), ctx.lang, ctx.err);
    ctx.err(text(ctx.lang, "cli.inputErrors"));
    return outcome.exit;
  }
  try {
    await replaceFile(target, await host.save(), backup);
  } catch (e) {
    ctx.err(writeFailed(ctx, out, e));
    return 2;
  }
  const r = rubricFromText(rubric.text, rubric.file);
  const b = blocFromText(bloc.text, bloc.file);
  if (r.ok && b.ok) ctx.out(text(ctx.lang, "cli.generated", out, b.value.units.length, leafCriteria(r.value).length));
  if (backup) ctx.out(text(ctx.lang, "cli.backup", path.relative(ctx.cwd, backup) || backup));
  return 0;
}

/** Scores, notes and votes typed into the workbook at `file`; 0 when it is no Thi đua workbook (its .bak keeps it). */
async function enteredCount(file: string, ctx: CliContext): Promise<number> {
  const host = await openWorkbookFile(file, ctx);
  if (!host.ok) return 0;
  const contents = await readContents(host.value, path.basename(file));
  return contents.ok ? contents.value.rows.length + contents.value.votes.size : 0;
}
