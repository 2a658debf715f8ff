import * as path from "node:path";
import { findingNames, text } from "../../i18n";
import { openXlsx } from "../../hosts/xlsx/xlsxHost";
import { openHost } from "../../services/openWorkbook";
import { rankWorkbook } from "../../services/rankWorkbook";
import { parseCommandArgs, requirePositional, stageOption, voteOptions } from "../args";
import { readBinaryInput } from "../binaryFiles";
import { UsageError, type CliContext } from "../context";
import { nodeZipCodec } from "../zipCodec";
import { printFindings, printProblems, rankingJson, rankingTable } from "../render";

/** `thidua rank F.xlsx [--stage …] [--vote …] [--json]`: the `score` output, computed from the workbook. */
export async function rankCommand(argv: readonly string[], ctx: CliContext): Promise<number> {
  const args = parseCommandArgs(argv, { stage: { type: "string" }, vote: { type: "string", multiple: true }, json: { type: "boolean" } }, ctx.lang);
  const file = requirePositional(args, 0, "F.xlsx", ctx.lang);
  if (args.positionals.length > 1) throw new UsageError(text(ctx.lang, "cli.unknownOption", args.positionals[1]));
  const stage = stageOption(args, ctx.lang);
  const votes = voteOptions(args, ctx.lang);
  const bytes = await readBinaryInput(file, ctx);
  const host = bytes.ok ? await openHost(() => openXlsx(bytes.value, { codec: nodeZipCodec }), path.basename(file)) : bytes;
  if (!host.ok) {
    printFindings(host.findings, ctx.lang, ctx.err);
    ctx.err(text(ctx.lang, "cli.inputErrors"));
    return 2;
  }
  const outcome = await rankWorkbook(host.value, path.basename(file), stage, votes);
  if (outcome.exit !== 0 || !outcome.ranking || !outcome.rubric) {
    printProblems(outcome.findings, ctx.lang, ctx.err, findingNames(outcome.rubric, outcome.bloc?.units));
    ctx.err(text(ctx.lang, outcome.exit === 2 ? "cli.inputErrors" : "cli.dataErrors"));
    return outcome.exit;
  }
  if (args.values.json) ctx.out(JSON.stringify(rankingJson(outcome.ranking, ctx.lang, findingNames(outcome.rubric, outcome.bloc?.units)), null, 1));
  else ctx.out(rankingTable(outcome.ranking, outcome.rubric, ctx.lang, outcome.bloc));
  return 0;
}
