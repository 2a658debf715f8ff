import * as path from "node:path";
import { parseCalendarDate } from "../../domain/calendarDate";
import { text } from "../../i18n";
import { reportWorkbook } from "../../services/reportWorkbook";
import { parseCommandArgs, requirePositional } from "../args";
import { exists } from "../binaryFiles";
import { UsageError, type CliContext } from "../context";
import { lockForWriting } from "../fileLock";
import { printFindings } from "../render";
import { openWorkbookFile, saveWorkbookFile } from "../workbookFiles";

/** `thidua report F.xlsx [--out R.xlsx [--force]] [--place P] [--date dd/mm/yyyy | YYYY-MM-DD] [--head U] [--deputy U]` */
export async function reportCommand(argv: readonly string[], ctx: CliContext): Promise<number> {
  const args = parseCommandArgs(
    argv,
    { out: { type: "string" }, force: { type: "boolean" }, place: { type: "string" }, date: { type: "string" }, head: { type: "string" }, deputy: { type: "string" } },
    ctx.lang,
  );
  const file = requirePositional(args, 0, "F.xlsx", ctx.lang);
  if (args.positionals.length > 1) throw new UsageError(text(ctx.lang, "cli.unknownOption", args.positionals[1]));
  const v = args.values as Record<string, string | undefined>;
  let date: { y: number; m: number; d: number } | null;
  if (v.date !== undefined) {
    date = parseCalendarDate(v.date);
    if (!date) throw new UsageError(text(ctx.lang, "cli.badDate", v.date));
  } else {
    const now = new Date();
    date = { y: now.getFullYear(), m: now.getMonth() + 1, d: now.getDate() };
  }
  const out = v.out;
  if (out && path.resolve(ctx.cwd, out) !== path.resolve(ctx.cwd, file) && !args.values.force && (await exists(path.resolve(ctx.cwd, out)))) {
    ctx.err(text(ctx.lang, "cli.outExists", out));
    return 2;
  }
  if (!(await lockForWriting(out ?? file, ctx, "report"))) return 2;
  const host = await openWorkbookFile(file, ctx);
  if (!host.ok) {
    printFindings(host.findings, ctx.lang, ctx.err);
    ctx.err(text(ctx.lang, "cli.inputErrors"));
    return 2;
  }
  const outcome = await reportWorkbook(host.value, path.basename(file), { place: v.place?.trim() || null, date, head: v.head, deputy: v.deputy, lang: ctx.lang });
  if (outcome.exit !== 0 || !outcome.sheet) {
    printFindings(outcome.findings.filter((f) => f.severity === "error"), ctx.lang, ctx.err);
    ctx.err(text(ctx.lang, outcome.exit === 2 ? "cli.inputErrors" : "cli.dataErrors"));
    return outcome.exit;
  }
  if (!(await saveWorkbookFile(host.value, file, ctx, "report", out))) return 2;
  ctx.out(text(ctx.lang, "cli.report.done", outcome.sheet, out ?? file));
  return 0;
}
