import { scoreFiles } from "../../services/scoreFiles";
import { parseCommandArgs, requireString, stageOption, voteOptions } from "../args";
import { UsageError, type CliContext } from "../context";
import { readTextInput } from "../files";
import { printFindings, printProblems, rankingJson, rankingTable } from "../render";
import { findingNames, text } from "../../i18n";
import { rubricFromText } from "../../services/inputs";

export async function scoreCommand(argv: readonly string[], ctx: CliContext): Promise<number> {
  const args = parseCommandArgs(argv, { rubric: { type: "string" }, bloc: { type: "string" }, scores: { type: "string" }, stage: { type: "string" }, vote: { type: "string", multiple: true }, json: { type: "boolean" } }, ctx.lang);
  if (args.positionals.length > 0) throw new UsageError(text(ctx.lang, "cli.unknownOption", args.positionals[0]));
  const stage = stageOption(args, ctx.lang);
  const votes = voteOptions(args, ctx.lang);
  const files = await Promise.all(["rubric", "bloc", "scores"].map((k) => readTextInput(requireString(args, k, ctx.lang), ctx)));
  const unreadable = files.flatMap((f) => (f.ok ? [] : f.findings));
  if (unreadable.length > 0) {
    printFindings(unreadable, ctx.lang, ctx.err);
    ctx.err(text(ctx.lang, "cli.inputErrors"));
    return 2;
  }
  const [rubric, bloc, scores] = files.map((f) => (f.ok ? f.value : { text: "", file: "" }));
  const outcome = scoreFiles({ rubric, bloc, scores, stage, votes });
  if (outcome.exit !== 0 || !outcome.ranking) {
    printProblems(outcome.findings, ctx.lang, ctx.err, findingNames(outcome.rubric, outcome.bloc?.units));
    ctx.err(text(ctx.lang, outcome.exit === 2 ? "cli.inputErrors" : "cli.dataErrors"));
    return outcome.exit;
  }
  if (args.values.json) ctx.out(JSON.stringify(rankingJson(outcome.ranking, ctx.lang, findingNames(outcome.rubric, outcome.bloc?.units)), null, 1));
  else {
    const parsed = rubricFromText(rubric.text, rubric.file);
    if (parsed.ok) ctx.out(rankingTable(outcome.ranking, parsed.value, ctx.lang, outcome.bloc));
  }
  return 0;
}
