import * as path from "node:path";
import type { Finding } from "../../domain/findings";
import { formatNumber, stageName, text, type Lang } from "../../i18n";
import { mergeCopies, type MergeChange, type MergeCopy } from "../../services/mergeCopies";
import type { CellScalar } from "../../workbook/plan";
import { parseCommandArgs, requirePositional } from "../args";
import type { CliContext } from "../context";
import { lockForWriting } from "../fileLock";
import { printFindings } from "../render";
import { openWorkbookFile, saveWorkbookFile } from "../workbookFiles";

function shown(v: CellScalar, lang: Lang): string {
  if (v === null) return text(lang, "cli.merge.empty");
  return typeof v === "number" ? formatNumber(v, lang) : `"${String(v)}"`;
}

export function changeLine(c: MergeChange, lang: Lang): string {
  const what = c.stage ? `${c.item} (${stageName(c.stage, lang)})` : `${c.item} (${text(lang, "cli.merge.note")})`;
  return text(lang, "cli.merge.change", c.copy, `'${c.sheet}'!${c.cell}`, what, shown(c.before, lang), shown(c.after, lang));
}

/** `thidua merge F.xlsx COPY… [--dry-run]`: units' self-scores back into the bloc's workbook, all or nothing. */
export async function mergeCommand(argv: readonly string[], ctx: CliContext): Promise<number> {
  const args = parseCommandArgs(argv, { "dry-run": { type: "boolean" } }, ctx.lang);
  const file = requirePositional(args, 0, "F.xlsx", ctx.lang);
  requirePositional(args, 1, "COPY.xlsx", ctx.lang);
  const copyFiles = args.positionals.slice(1);
  if (args.values["dry-run"] !== true && !(await lockForWriting(file, ctx, "merge"))) return 2;
  const [host, ...opened] = await Promise.all([file, ...copyFiles].map((f) => openWorkbookFile(f, ctx)));
  const unreadable: Finding[] = [host, ...opened].flatMap((r) => (r.ok ? [] : r.findings));
  if (!host.ok || unreadable.length > 0) {
    printFindings(unreadable, ctx.lang, ctx.err);
    ctx.err(text(ctx.lang, "cli.inputErrors"));
    return 2;
  }
  const copies: MergeCopy[] = opened.map((r, i) => ({ file: path.basename(copyFiles[i]), host: r.ok ? r.value : host.value }));
  const dryRun = args.values["dry-run"] === true;
  const progress = ctx.progress?.(text(ctx.lang, "cli.progress.merge")) ?? null;
  const outcome = await mergeCopies(host.value, path.basename(file), copies, { write: !dryRun, onProgress: progress?.step });
  progress?.end();
  if (outcome.exit !== 0) {
    printFindings(outcome.findings.filter((f) => f.severity === "error"), ctx.lang, ctx.err);
    ctx.err(text(ctx.lang, outcome.exit === 2 ? "cli.inputErrors" : "cli.dataErrors"));
    return outcome.exit;
  }
  if (outcome.changes.length === 0) {
    ctx.out(text(ctx.lang, "cli.merge.nothing", file));
    return 0;
  }
  ctx.out(text(ctx.lang, "cli.merge.changes", outcome.changes.length));
  for (const c of outcome.changes) ctx.out(changeLine(c, ctx.lang));
  if (dryRun) {
    ctx.out(text(ctx.lang, "cli.merge.dryRun"));
    return 0;
  }
  if (!(await saveWorkbookFile(host.value, file, ctx, "merge"))) return 2;
  ctx.out(text(ctx.lang, "cli.merge.done", outcome.changes.length, copies.length, file));
  return 0;
}
