import * as path from "node:path";
import { leafCriteria } from "../../domain/rubricTree";
import { text } from "../../i18n";
import { createXlsx, type XlsxHost } from "../../hosts/xlsx/xlsxHost";
import { applyRegeneration, previewRegeneration } from "../../services/regenerate";
import { generateWorkbook } from "../../services/generateWorkbook";
import { blocFromText, rubricFromText } from "../../services/inputs";
import { parseCommandArgs, requireString } from "../args";
import { backupName, exists, replaceFile } from "../binaryFiles";
import { lockForWriting } from "../fileLock";
import { openWorkbookFile } from "../workbookFiles";
import { readContents } from "../../services/openWorkbook";
import { printBackup } from "../backupNote";
import { UsageError, type CliContext } from "../context";
import { nodeZipCodec } from "../zipCodec";
import { readTextInput } from "../files";
import { printFindings } from "../render";
import { writeFailed } from "../systemError";
import { readTableFile } from "./rubric";
import type { Result } from "../../domain/findings";
import { allCopyTokensOf, NO_TOKENS, type CopyTokens } from "../../workbook/copyTokens";
import { META_SHEET } from "../../workbook/layout";

/** `thidua generate --rubric R.json --bloc B.json --out F.xlsx [--force]` */
export async function generateCommand(argv: readonly string[], ctx: CliContext): Promise<number> {
  const args = parseCommandArgs(argv, { rubric: { type: "string" }, bloc: { type: "string" }, out: { type: "string" }, force: { type: "boolean" }, "discard-scores": { type: "boolean" } }, ctx.lang);
  if (args.positionals.length > 0) throw new UsageError(text(ctx.lang, "cli.unknownOption", args.positionals[0]));
  const out = requireString(args, "out", ctx.lang);
  const rubricArg = requireString(args, "rubric", ctx.lang);
  const files = await Promise.all([isTableFile(rubricArg) ? rubricFromTable(rubricArg, ctx) : readTextInput(rubricArg, ctx), readTextInput(requireString(args, "bloc", ctx.lang), ctx)]);
  const target = path.resolve(ctx.cwd, out);
  const overwrite = await exists(target);
  if (!args.values.force && overwrite) {
    ctx.err(text(ctx.lang, "cli.outExists", out));
    return 2;
  }
  if (!(await lockForWriting(target, ctx, "generate"))) return 2;
  const backup = overwrite ? backupName(target) : undefined;
  // a workbook of an earlier format is moved into the new layout, its inputs carried over (never erased)
  const older = overwrite ? await olderWorkbook(target, ctx) : null;
  if (older) return upgrade(older, files, target, out, backup!, args.values["discard-scores"] === true, ctx);
  // a new workbook over one holding scores erases them: only when the user names that loss
  const previous = overwrite ? await previousWorkbook(target, ctx) : { entered: 0, tokens: NO_TOKENS };
  const entered = previous.entered;
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
  const outcome = await generateWorkbook({ rubric, bloc, previousTokens: previous.tokens }, host);
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
  retiredCopiesNote(outcome.retiredCopies, ctx);
  printBackup(ctx, "generate", backup);
  return 0;
}

/** Says whose copies, sent out before, merge will now refuse (their units left the bloc). */
function retiredCopiesNote(units: readonly string[], ctx: CliContext): void {
  if (units.length > 0) ctx.err(text(ctx.lang, "cli.generate.retiredCopies", units.join(", "), units.length));
}

/**
 * What the workbook at `file` holds that a new one over it must know: the scores, notes and votes typed into it
 * (0 when it is no Thi đua workbook: its .bak keeps it), and the copy tokens split gave its units.
 */
async function previousWorkbook(file: string, ctx: CliContext): Promise<{ entered: number; tokens: CopyTokens }> {
  const host = await openWorkbookFile(file, ctx);
  if (!host.ok) return { entered: 0, tokens: NO_TOKENS };
  const tokens = allCopyTokensOf(await host.value.snapshot([META_SHEET]));
  const contents = await readContents(host.value, path.basename(file));
  return { entered: contents.ok ? contents.value.rows.length + contents.value.votes.size : 0, tokens };
}

/** The workbook at `file` when it was made by an earlier version (format older than this one), else null. */
async function olderWorkbook(file: string, ctx: CliContext): Promise<XlsxHost | null> {
  const host = await openWorkbookFile(file, ctx);
  if (!host.ok) return null;
  const read = await readContents(host.value, path.basename(file));
  return !read.ok && read.findings.some((f) => f.code === "ERR_WORKBOOK_OLD") ? host.value : null;
}

/**
 * Regenerates an older workbook in the new layout over itself: every score, count, note and vote whose unit, item
 * and stage still exist is carried to its new cell; what has no place any more is lost only with --discard-scores.
 */
async function upgrade(host: XlsxHost, files: readonly Result<{ text: string; file: string }>[], target: string, out: string, backup: string, discard: boolean, ctx: CliContext): Promise<number> {
  const [rubric, bloc] = files.map((f) => (f.ok ? f.value : null));
  const r = rubric ? rubricFromText(rubric.text, rubric.file) : null;
  const b = bloc ? blocFromText(bloc.text, bloc.file) : null;
  const errors = [...files.flatMap((f) => (f.ok ? [] : f.findings)), ...(r && !r.ok ? r.findings : []), ...(b && !b.ok ? b.findings : [])];
  if (errors.length > 0 || !r?.ok || !b?.ok) {
    printFindings(errors, ctx.lang, ctx.err);
    ctx.err(text(ctx.lang, "cli.inputErrors"));
    return 2;
  }
  const preview = await previewRegeneration(host, r.value, b.value, ctx.lang);
  if (preview.lost.length > 0 && !discard) {
    ctx.err(text(ctx.lang, "cli.generate.upgradeLoses", out, preview.lost.length));
    return 2;
  }
  await applyRegeneration(host, preview, { confirmed: true, now: new Date(), reason: text(ctx.lang, "cli.generate.upgradeReason") });
  try {
    await replaceFile(target, await host.save(), backup);
  } catch (e) {
    ctx.err(writeFailed(ctx, out, e));
    return 2;
  }
  ctx.out(text(ctx.lang, "cli.generate.upgraded", out, preview.keep.length));
  retiredCopiesNote(preview.retiredCopies, ctx);
  printBackup(ctx, "upgrade", backup);
  return 0;
}


/** `--rubric` names the bloc's own table (.xlsx, .csv) rather than rubric.json. */
function isTableFile(file: string): boolean {
  return /\.(xlsx|csv)$/i.test(file);
}

/**
 * The table as rubric.json's text: a table with any error is an input generate can't use (exit 2, nothing written);
 * its notes (a part's maximum taken as its rows' sum…) are printed and generation goes on.
 */
async function rubricFromTable(file: string, ctx: CliContext): Promise<Result<{ text: string; file: string }>> {
  const read = await readTableFile(file, ctx);
  if (read.exit !== 0 || !read.rubric) return { ok: false, findings: read.findings.filter((f) => f.severity === "error") };
  if (read.findings.length > 0) {
    ctx.err(text(ctx.lang, "cli.warnings"));
    printFindings(read.findings, ctx.lang, (s) => ctx.err(`  - ${s}`));
  }
  return { ok: true, value: { text: JSON.stringify(read.rubric), file: path.basename(file) }, findings: [] };
}
