import * as path from "node:path";
import { stageName, text } from "../../i18n";
import { recordedAt } from "../../i18n/clock";
import { sealWorkbook, unsealWorkbook } from "../../services/sealWorkbook";
import { parseCommandArgs, requirePositional, requireString, stageOption } from "../args";
import { UsageError, type CliContext } from "../context";
import { lockForWriting } from "../fileLock";
import { printFindings } from "../render";
import { openWorkbookFile, saveWorkbookFile } from "../workbookFiles";

/** `thidua seal F.xlsx --by "Name" [--stage S]`: chốt kết quả, once validation finds no error. */
export async function sealCommand(argv: readonly string[], ctx: CliContext): Promise<number> {
  const args = parseCommandArgs(argv, { by: { type: "string" }, stage: { type: "string" } }, ctx.lang);
  const file = requirePositional(args, 0, "F.xlsx", ctx.lang);
  if (args.positionals.length > 1) throw new UsageError(text(ctx.lang, "cli.unknownOption", args.positionals[1]));
  const by = requireString(args, "by", ctx.lang).trim();
  if (by === "") throw new UsageError(text(ctx.lang, "cli.missingOption", "--by"));
  const stage = stageOption(args, ctx.lang);
  if (!(await lockForWriting(file, ctx, "seal"))) return 2;
  const host = await openWorkbookFile(file, ctx);
  if (!host.ok) {
    printFindings(host.findings, ctx.lang, ctx.err);
    ctx.err(text(ctx.lang, "cli.inputErrors"));
    return 2;
  }
  const outcome = await sealWorkbook(host.value, path.basename(file), { by, stage, now: new Date() });
  if (outcome.exit !== 0 || !outcome.seal) {
    printFindings(outcome.findings.filter((f) => f.severity === "error"), ctx.lang, ctx.err);
    ctx.err(text(ctx.lang, outcome.exit === 2 ? "cli.inputErrors" : "cli.seal.refused"));
    return outcome.exit;
  }
  if (!(await saveWorkbookFile(host.value, file, ctx, "seal"))) return 2;
  ctx.out(text(ctx.lang, "cli.seal.done", file, outcome.seal.by, recordedAt[ctx.lang](outcome.seal.at), stageName(outcome.seal.stage, ctx.lang), outcome.seal.digest.slice(0, 16)));
  return 0;
}

/** `thidua unseal F.xlsx --by "Name" --reason "…"`: an explicit, recorded action. */
export async function unsealCommand(argv: readonly string[], ctx: CliContext): Promise<number> {
  const args = parseCommandArgs(argv, { by: { type: "string" }, reason: { type: "string" } }, ctx.lang);
  const file = requirePositional(args, 0, "F.xlsx", ctx.lang);
  if (args.positionals.length > 1) throw new UsageError(text(ctx.lang, "cli.unknownOption", args.positionals[1]));
  const by = requireString(args, "by", ctx.lang).trim();
  const reason = requireString(args, "reason", ctx.lang).trim();
  if (by === "") throw new UsageError(text(ctx.lang, "cli.missingOption", "--by"));
  if (reason === "") throw new UsageError(text(ctx.lang, "cli.missingOption", "--reason"));
  if (!(await lockForWriting(file, ctx, "unseal"))) return 2;
  const host = await openWorkbookFile(file, ctx);
  if (!host.ok) {
    printFindings(host.findings, ctx.lang, ctx.err);
    ctx.err(text(ctx.lang, "cli.inputErrors"));
    return 2;
  }
  const outcome = await unsealWorkbook(host.value, path.basename(file), { by, reason, now: new Date() });
  if (outcome.exit !== 0) {
    printFindings(outcome.findings, ctx.lang, ctx.err);
    ctx.err(text(ctx.lang, "cli.inputErrors"));
    return outcome.exit;
  }
  if (!(await saveWorkbookFile(host.value, file, ctx, "unseal"))) return 2;
  ctx.out(text(ctx.lang, "cli.unseal.done", file, by, reason));
  return 0;
}
