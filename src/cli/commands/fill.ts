import * as path from "node:path";
import { findingNames, text } from "../../i18n";
import { openXlsx } from "../../hosts/xlsx/xlsxHost";
import { fillWorkbook } from "../../services/fillWorkbook";
import { openHost } from "../../services/openWorkbook";
import { parseCommandArgs, requirePositional, requireString } from "../args";
import { backupName, exists, readBinaryInput, replaceFile } from "../binaryFiles";
import { printBackup } from "../backupNote";
import { UsageError, type CliContext } from "../context";
import { nodeZipCodec } from "../zipCodec";
import { readTextInput } from "../files";
import { lockForWriting } from "../fileLock";
import { printFindings, printProblems } from "../render";
import { writeFailed } from "../systemError";

/** `thidua fill F.xlsx --scores S.csv [--out G.xlsx [--force]]`: all or nothing. */
export async function fillCommand(argv: readonly string[], ctx: CliContext): Promise<number> {
  const args = parseCommandArgs(argv, { scores: { type: "string" }, out: { type: "string" }, force: { type: "boolean" } }, ctx.lang);
  const file = requirePositional(args, 0, "F.xlsx", ctx.lang);
  if (args.positionals.length > 1) throw new UsageError(text(ctx.lang, "cli.unknownOption", args.positionals[1]));
  const scoresFile = requireString(args, "scores", ctx.lang);
  const source = path.resolve(ctx.cwd, file);
  const out = typeof args.values.out === "string" ? args.values.out : undefined;
  const target = out ? path.resolve(ctx.cwd, out) : source;
  const inPlace = target === source;
  if (!inPlace && !args.values.force && (await exists(target))) {
    ctx.err(text(ctx.lang, "cli.outExists", out ?? file));
    return 2;
  }
  if (!(await lockForWriting(target, ctx, "fill"))) return 2;
  const [bytes, scores] = await Promise.all([readBinaryInput(file, ctx), readTextInput(scoresFile, ctx)]);
  if (!bytes.ok || !scores.ok) {
    printFindings([...bytes.findings, ...scores.findings], ctx.lang, ctx.err);
    ctx.err(text(ctx.lang, "cli.inputErrors"));
    return 2;
  }
  const host = await openHost(() => openXlsx(bytes.value, { codec: nodeZipCodec }), path.basename(file));
  if (!host.ok) {
    printFindings(host.findings, ctx.lang, ctx.err);
    ctx.err(text(ctx.lang, "cli.inputErrors"));
    return 2;
  }
  const outcome = await fillWorkbook(host.value, path.basename(file), scores.value);
  if (outcome.exit !== 0) {
    printProblems(outcome.findings, ctx.lang, ctx.err, findingNames(outcome.rubric, outcome.bloc?.units));
    ctx.err(text(ctx.lang, outcome.exit === 2 ? "cli.inputErrors" : "cli.dataErrors"));
    return outcome.exit;
  }
  const backup = inPlace ? backupName(source) : undefined;
  try {
    await replaceFile(target, await host.value.save(), backup);
  } catch (e) {
    ctx.err(writeFailed(ctx, out ?? file, e));
    return 2;
  }
  ctx.out(text(ctx.lang, "cli.filled", outcome.written, out ?? file));
  printBackup(ctx, "fill", backup);
  return 0;
}
