import { readdir } from "node:fs/promises";
import * as path from "node:path";
import { finding } from "../../domain/findings";
import { createXlsx } from "../../hosts/xlsx/xlsxHost";
import { stageName, text, type Lang } from "../../i18n";
import { boardLabels } from "../../i18n/board";
import { checkBoard, type AgreedRubric, type BoardBloc } from "../../services/boardCheck";
import { boardSummaryPlan, errorLine, proposedAwards, unitsAtRank } from "../../services/boardSummary";
import { rubricFromText } from "../../services/inputs";
import { findingMessage } from "../../i18n";
import { parseCommandArgs, requirePositional } from "../args";
import { exists, replaceFile } from "../binaryFiles";
import { UsageError, type CliContext } from "../context";
import { readTextInput } from "../files";
import { lockForWriting } from "../fileLock";
import { printFindings } from "../render";
import { openWorkbookFile } from "../workbookFiles";
import { nodeZipCodec } from "../zipCodec";
import { writeFailed } from "../systemError";

/** The workbooks of a folder that are blocs' workbooks: no backups (F.bak.xlsx), lock files (~$F.xlsx) or hidden files. */
export function blocFiles(names: readonly string[], skip: readonly string[] = []): string[] {
  return names
    .filter((n) => /\.xlsx$/i.test(n) && !/\.bak\.xlsx$/i.test(n) && !n.startsWith(".") && !n.startsWith("~$") && !skip.includes(n))
    .sort((a, b) => a.localeCompare(b, "vi"));
}

async function agreedRubrics(dir: string, ctx: CliContext): Promise<AgreedRubric[] | null> {
  let names: string[];
  try {
    names = (await readdir(path.resolve(ctx.cwd, dir))).filter((n) => /\.json$/i.test(n)).sort();
  } catch (e) {
    printFindings([finding("ERR_FILE_UNREADABLE", { file: dir, path: path.resolve(ctx.cwd, dir), reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message })], ctx.lang, ctx.err);
    return null;
  }
  return Promise.all(
    names.map(async (n): Promise<AgreedRubric> => {
      const t = await readTextInput(path.join(dir, n), ctx);
      if (!t.ok) return { file: n, findings: t.findings };
      const r = rubricFromText(t.value.text, n);
      return r.ok ? { file: n, rubric: r.value, findings: r.findings } : { file: n, findings: r.findings };
    }),
  );
}

export function boardJson(blocs: readonly BoardBloc[], lang: Lang): unknown {
  const count = (s: BoardBloc["status"]) => blocs.filter((b) => b.status === s).length;
  return {
    ok: blocs.every((b) => b.status === "ready" || b.status === "unsealed"),
    counts: { blocs: blocs.length, ready: count("ready"), unsealed: count("unsealed"), errors: count("errors"), broken: count("broken") },
    blocs: blocs.map((b) => ({
      file: b.file,
      status: b.status,
      bloc: b.bloc?.name ?? null,
      year: b.bloc?.year ?? null,
      agreed: b.agreed,
      places: { first: unitsAtRank(b, 1), second: unitsAtRank(b, 2), third: unitsAtRank(b, 3) },
      awards: proposedAwards(b),
      sealed: b.seal,
      errors: b.errors.map((f) => ({ code: f.code, sheet: f.source?.sheet ?? null, cell: f.source?.cell ?? null, unit: f.unit ?? null, message: findingMessage(f, lang) })),
      warnings: b.warnings,
    })),
  };
}

function boardText(blocs: readonly BoardBloc[], lang: Lang): string {
  const L = boardLabels[lang];
  const out: string[] = [];
  for (const b of blocs) {
    out.push(L.line(b.file, b.bloc ? `${b.bloc.name} (${b.bloc.year})` : "—", L.status[b.status]));
    if (b.ranking) out.push(`  ${L.places(unitsAtRank(b, 1).join(", "), unitsAtRank(b, 2).join(", "), unitsAtRank(b, 3).join(", "))}`);
    for (const a of proposedAwards(b)) out.push(`  ${L.award(a.label, a.units.join(", "))}`);
    if (b.bloc) out.push(`  ${L.columns.seal}: ${b.seal ? L.sealed(b.seal.by, b.seal.at, stageName(b.seal.stage, lang)) : L.notSealed}`);
    for (const f of b.errors) out.push(`  - ${errorLine(f, lang)}`);
  }
  const count = (s: BoardBloc["status"]) => blocs.filter((b) => b.status === s).length;
  out.push("", L.totals(blocs.length, count("ready"), count("unsealed"), count("errors"), count("broken")));
  return out.join("\n");
}

/**
 * `thidua board DIR [--rubrics DIR] [--json] [--out summary.xlsx [--force]]`: every bloc workbook of a folder.
 * Exit 0 when none has an error (unsealed ones included), 1 when some bloc has errors or can't be read, 2 when the
 * folder itself can't be used.
 */
export async function boardCommand(argv: readonly string[], ctx: CliContext): Promise<number> {
  const args = parseCommandArgs(argv, { rubrics: { type: "string" }, json: { type: "boolean" }, out: { type: "string" }, force: { type: "boolean" } }, ctx.lang);
  const dir = requirePositional(args, 0, "DIR", ctx.lang);
  if (args.positionals.length > 1) throw new UsageError(text(ctx.lang, "cli.unknownOption", args.positionals[1]));
  const out = typeof args.values.out === "string" ? path.resolve(ctx.cwd, args.values.out) : undefined;
  if (out && !args.values.force && (await exists(out))) {
    ctx.err(text(ctx.lang, "cli.outExists", String(args.values.out)));
    return 2;
  }
  if (out && !(await lockForWriting(out, ctx, "board"))) return 2;
  const folder = path.resolve(ctx.cwd, dir);
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (e) {
    printFindings([finding("ERR_FILE_UNREADABLE", { file: dir, path: path.resolve(ctx.cwd, dir), reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message })], ctx.lang, ctx.err);
    return 2;
  }
  const files = blocFiles(names, out && path.dirname(out) === folder ? [path.basename(out)] : []);
  if (files.length === 0) {
    ctx.err(text(ctx.lang, "cli.board.none", dir));
    return 2;
  }
  const agreed = typeof args.values.rubrics === "string" ? await agreedRubrics(args.values.rubrics, ctx) : [];
  if (!agreed) return 2;
  const progress = ctx.progress?.(text(ctx.lang, "cli.progress.board")) ?? null;
  const blocs = await checkBoard(
    files.map((f) => ({ file: f, open: () => openWorkbookFile(path.join(folder, f), ctx) })),
    agreed,
    progress?.step,
  );
  progress?.end();
  if (args.values.json) ctx.out(JSON.stringify(boardJson(blocs, ctx.lang), null, 1));
  else ctx.out(boardText(blocs, ctx.lang));
  if (out) {
    const host = createXlsx({ codec: nodeZipCodec });
    const now = new Date();
    const date = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
    await host.applyPlan(boardSummaryPlan(blocs, ctx.lang, date));
    try {
      await replaceFile(out, await host.save());
    } catch (e) {
      ctx.err(writeFailed(ctx, String(args.values.out), e));
      return 2;
    }
    (args.values.json ? ctx.err : ctx.out)(text(ctx.lang, "cli.board.written", String(args.values.out)));
  }
  return blocs.every((b) => b.status === "ready" || b.status === "unsealed") ? 0 : 1;
}
