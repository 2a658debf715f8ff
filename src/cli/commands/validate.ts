import * as path from "node:path";
import type { Finding } from "../../domain/findings";
import type { Bloc, Rubric } from "../../domain/types";
import { findingNames, text } from "../../i18n";
import { openXlsx } from "../../hosts/xlsx/xlsxHost";
import { rubricFromText } from "../../services/inputs";
import { openHost } from "../../services/openWorkbook";
import { validateWorkbook } from "../../services/validateWorkbook";
import { parseCommandArgs, requirePositional, stageOption } from "../args";
import { readBinaryInput } from "../binaryFiles";
import { UsageError, type CliContext } from "../context";
import { readTextInput } from "../files";
import { nodeZipCodec } from "../zipCodec";
import { validationJson, validationText } from "../validateReport";

/** `thidua validate F.xlsx [--rubric AGREED.json] [--stage …] [--json]`: exit 0 ready, 1 errors found, 2 can't be checked. */
export async function validateCommand(argv: readonly string[], ctx: CliContext): Promise<number> {
  const args = parseCommandArgs(argv, { rubric: { type: "string" }, stage: { type: "string" }, json: { type: "boolean" } }, ctx.lang);
  const file = requirePositional(args, 0, "F.xlsx", ctx.lang);
  if (args.positionals.length > 1) throw new UsageError(text(ctx.lang, "cli.unknownOption", args.positionals[1]));
  const stage = stageOption(args, ctx.lang);
  const name = path.basename(file);
  const report = (exit: 0 | 1 | 2, findings: readonly Finding[], bloc?: Bloc, rubric?: Rubric): number => {
    if (args.values.json) ctx.out(JSON.stringify(validationJson(exit === 0, findings, ctx.lang, findingNames(rubric, bloc?.units)), null, 1));
    else (exit === 2 ? ctx.err : ctx.out)(validationText(name, stage, bloc, findings, exit, ctx.lang, rubric));
    return exit;
  };

  let agreed: { rubric: Rubric; file: string } | undefined;
  if (args.values.rubric !== undefined) {
    const rubricText = await readTextInput(String(args.values.rubric), ctx);
    if (!rubricText.ok) return report(2, rubricText.findings);
    const parsed = rubricFromText(rubricText.value.text, rubricText.value.file);
    if (!parsed.ok) return report(2, parsed.findings);
    agreed = { rubric: parsed.value, file: rubricText.value.file };
  }
  const bytes = await readBinaryInput(file, ctx);
  const host = bytes.ok ? await openHost(() => openXlsx(bytes.value, { codec: nodeZipCodec }), name) : bytes;
  if (!host.ok) return report(2, host.findings);
  const outcome = await validateWorkbook(host.value, name, { agreedRubric: agreed?.rubric, agreedFile: agreed?.file, stage });
  return report(outcome.exit, outcome.findings, outcome.bloc, outcome.rubric);
}
