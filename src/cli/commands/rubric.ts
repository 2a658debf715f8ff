import * as path from "node:path";
import { fromMicro } from "../../domain/fixed";
import type { Rubric } from "../../domain/types";
import { leafCriteria, nodeMax } from "../../domain/rubricTree";
import { createXlsx } from "../../hosts/xlsx/xlsxHost";
import { findingNames, text } from "../../i18n";
import { rubricTableLabels } from "../../i18n/rubricTable";
import { treeText } from "../../i18n/rubricTree";
import { rubricFromText } from "../../services/inputs";
import { exportRubricTable, importRubricCsv, importRubricTable, type TableImport } from "../../services/rubricTable";
import { parseCommandArgs, requirePositional, requireString } from "../args";
import { backupName, exists, replaceFile } from "../binaryFiles";
import { printBackup } from "../backupNote";
import { UsageError, type CliContext } from "../context";
import { lockForWriting } from "../fileLock";
import { readTextInput } from "../files";
import { printFindings, printProblems } from "../render";
import { writeFailed } from "../systemError";
import { openWorkbookFile } from "../workbookFiles";
import { nodeZipCodec } from "../zipCodec";

/** `thidua rubric import TABLE.xlsx|.csv [--out R.json [--force]]` and `thidua rubric export R.json --out TABLE.xlsx [--force]` */
export async function rubricCommand(argv: readonly string[], ctx: CliContext): Promise<number> {
  const args = parseCommandArgs(argv, { out: { type: "string" }, force: { type: "boolean" } }, ctx.lang);
  const action = requirePositional(args, 0, "import | export", ctx.lang);
  if (action !== "import" && action !== "export") throw new UsageError(text(ctx.lang, "cli.rubric.badAction", action));
  const input = requirePositional(args, 1, action === "import" ? "TABLE.xlsx" : "R.json", ctx.lang);
  if (args.positionals.length > 2) throw new UsageError(text(ctx.lang, "cli.unknownOption", args.positionals[2]));
  const out = action === "export" ? requireString(args, "out", ctx.lang) : (args.values.out as string | undefined);
  if (out !== undefined) {
    const target = path.resolve(ctx.cwd, out);
    if (!args.values.force && (await exists(target))) {
      ctx.err(text(ctx.lang, "cli.outExists", out));
      return 2;
    }
  }
  return action === "import" ? importTable(input, out, ctx) : exportTable(input, out!, ctx);
}

/** A table read from an .xlsx or a .csv; the year of a table that doesn't say it is this year. */
export async function readTableFile(file: string, ctx: CliContext): Promise<TableImport> {
  const options = { file: path.basename(file), year: new Date().getFullYear() };
  if (path.extname(file).toLowerCase() === ".csv") {
    const csv = await readTextInput(file, ctx);
    return csv.ok ? importRubricCsv(csv.value.text, options) : { exit: 2, findings: csv.findings };
  }
  const host = await openWorkbookFile(file, ctx);
  return host.ok ? importRubricTable(host.value, options) : { exit: 2, findings: host.findings };
}

function pointsOf(rubric: Rubric): number {
  return fromMicro(rubric.sections.reduce((s, n) => s + nodeMax(n), 0));
}

async function importTable(file: string, out: string | undefined, ctx: CliContext): Promise<number> {
  const read = await readTableFile(file, ctx);
  const names = read.rubric ? findingNames(read.rubric, []) : undefined;
  if (read.exit !== 0 || !read.rubric) {
    printProblems(read.findings, ctx.lang, ctx.err, names);
    ctx.err(text(ctx.lang, read.exit === 2 ? "cli.inputErrors" : "cli.rubric.tableErrors"));
    return read.exit === 0 ? 2 : read.exit;
  }
  const rubric = read.rubric;
  ctx.out(text(ctx.lang, "cli.rubric.tree", rubric.sections.length, leafCriteria(rubric).length, pointsOf(rubric)));
  for (const line of treeText(rubric, ctx.lang)) ctx.out(`  ${line}`);
  if (read.findings.length > 0) {
    ctx.err(text(ctx.lang, "cli.warnings"));
    printFindings(read.findings, ctx.lang, (s) => ctx.err(`  - ${s}`), names);
  }
  if (out === undefined) {
    ctx.out(text(ctx.lang, "cli.rubric.noOut"));
    return 0;
  }
  const written = await writeOut(out, new TextEncoder().encode(`${JSON.stringify(rubric, null, 2)}\n`), ctx, "rubric import");
  if (!written) return 2;
  ctx.out(text(ctx.lang, "cli.rubric.imported", out, rubric.sections.length, leafCriteria(rubric).length));
  return 0;
}

async function exportTable(file: string, out: string, ctx: CliContext): Promise<number> {
  const json = await readTextInput(file, ctx);
  const rubric = json.ok ? rubricFromText(json.value.text, json.value.file) : json;
  if (!rubric.ok) {
    printFindings(rubric.findings.filter((f) => f.severity === "error"), ctx.lang, ctx.err);
    ctx.err(text(ctx.lang, "cli.inputErrors"));
    return 2;
  }
  const host = createXlsx({ codec: nodeZipCodec });
  await exportRubricTable(rubric.value, host, ctx.lang);
  if (!(await writeOut(out, await host.save(), ctx, "rubric export"))) return 2;
  const labels = rubricTableLabels(ctx.lang);
  ctx.out(text(ctx.lang, "cli.rubric.exported", out, labels.criteriaSheet, leafCriteria(rubric.value).length, labels.rulesSheet));
  return 0;
}

/** Temporary file + rename under the writer's lock; an overwritten file is kept as its .bak. */
async function writeOut(out: string, bytes: Uint8Array, ctx: CliContext, command: string): Promise<boolean> {
  const target = path.resolve(ctx.cwd, out);
  if (!(await lockForWriting(target, ctx, command))) return false;
  const backup = (await exists(target)) ? backupName(target) : undefined;
  try {
    await replaceFile(target, bytes, backup);
  } catch (e) {
    ctx.err(writeFailed(ctx, out, e));
    return false;
  }
  printBackup(ctx, "rubric", backup);
  return true;
}
