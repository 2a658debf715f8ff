import { mkdir } from "node:fs/promises";
import * as path from "node:path";
import { text } from "../../i18n";
import { createXlsx } from "../../hosts/xlsx/xlsxHost";
import { asciiFileName, copyFileNames, safeFileName } from "../../services/copyFileNames";
import { splitWorkbook } from "../../services/splitWorkbook";
import { parseCommandArgs, requirePositional, requireString } from "../args";
import { exists, replaceFile } from "../binaryFiles";
import { UsageError, type CliContext } from "../context";
import { printFindings } from "../render";
import { keepsVietnameseNames } from "../unicodeNames";
import { lockForWriting } from "../fileLock";
import { openWorkbookFile, saveWorkbookFile } from "../workbookFiles";
import { nodeZipCodec } from "../zipCodec";
import { writeFailed } from "../systemError";

/** `thidua split F.xlsx --out DIR [--force]`: one workbook per unit, named after the unit. */
export async function splitCommand(argv: readonly string[], ctx: CliContext): Promise<number> {
  const args = parseCommandArgs(argv, { out: { type: "string" }, force: { type: "boolean" } }, ctx.lang);
  const file = requirePositional(args, 0, "F.xlsx", ctx.lang);
  if (args.positionals.length > 1) throw new UsageError(text(ctx.lang, "cli.unknownOption", args.positionals[1]));
  const out = requireString(args, "out", ctx.lang);
  const outDir = path.resolve(ctx.cwd, out);
  // split writes the units' tokens into the bloc's workbook the first time, so it holds the file as a writer does
  if (!(await lockForWriting(file, ctx, "split"))) return 2;
  const host = await openWorkbookFile(file, ctx);
  if (!host.ok) {
    printFindings(host.findings, ctx.lang, ctx.err);
    ctx.err(text(ctx.lang, "cli.inputErrors"));
    return 2;
  }
  const progress = ctx.progress?.(text(ctx.lang, "cli.progress.split")) ?? null;
  const outcome = await splitWorkbook(host.value, path.basename(file), () => createXlsx({ codec: nodeZipCodec }), { lang: ctx.lang, onProgress: progress?.step });
  progress?.end();
  if (outcome.exit !== 0) {
    printFindings(outcome.findings.filter((f) => f.severity === "error"), ctx.lang, ctx.err);
    ctx.err(text(ctx.lang, "cli.inputErrors"));
    return outcome.exit;
  }
  try {
    await mkdir(outDir, { recursive: true });
  } catch (e) {
    ctx.err(writeFailed(ctx, out, e));
    return 2;
  }
  // the tokens are saved before any copy exists: a copy whose token the workbook lacks could never be merged
  if (outcome.newTokens > 0) {
    if (!(await saveWorkbookFile(host.value, file, ctx, "split"))) return 2;
    ctx.out(text(ctx.lang, "cli.split.tokens", outcome.newTokens, file));
  }
  const units = outcome.copies.map((c) => c.unit);
  const names = copyFileNames(units, (await keepsVietnameseNames(outDir)) ? safeFileName : asciiFileName);
  const targets = names.map((n) => path.join(outDir, n));
  if (!args.values.force) {
    const taken = (await Promise.all(targets.map(async (t) => ((await exists(t)) ? t : null)))).filter((t): t is string => t !== null);
    if (taken.length > 0) {
      for (const t of taken) ctx.err(text(ctx.lang, "cli.outExists", path.relative(ctx.cwd, t) || t));
      return 2;
    }
  }
  for (const [i, copy] of outcome.copies.entries()) {
    try {
      await replaceFile(targets[i], await copy.host.save());
    } catch (e) {
      ctx.err(writeFailed(ctx, names[i], e));
      return 2;
    }
  }
  ctx.out(text(ctx.lang, "cli.split.done", outcome.copies.length, out));
  outcome.copies.forEach((c, i) => ctx.out(text(ctx.lang, "cli.split.copy", c.unit.id, names[i])));
  return 0;
}
