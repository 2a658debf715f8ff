import type { Finding } from "../domain/findings";
import type { WorkbookHost } from "../hosts/host";
import type { Lang } from "../i18n/types";
import { buildTemplatePlan } from "../workbook/buildTemplatePlan";
import { carryCopyTokens, NO_TOKENS, type CopyTokens } from "../workbook/copyTokens";
import type { ExitCode } from "./exitCodes";
import { blocFromText, rubricFromText } from "./inputs";

export interface GenerateInput {
  readonly rubric: { readonly text: string; readonly file: string };
  readonly bloc: { readonly text: string; readonly file: string };
  readonly lang?: Lang;
  /** the copy tokens of the workbook this one replaces (`generate --force`): those of units still in the bloc are kept */
  readonly previousTokens?: CopyTokens;
}

export interface GenerateOutcome {
  readonly exit: ExitCode;
  readonly findings: readonly Finding[];
  /** units of the replaced workbook, given a token by split, that are no longer in the bloc: their copies are refused */
  readonly retiredCopies: readonly string[];
}

/** `thidua generate`: checks rubric.json and bloc.json, then lays the bloc's workbook out through the host. */
export async function generateWorkbook(input: GenerateInput, host: WorkbookHost): Promise<GenerateOutcome> {
  const rubric = rubricFromText(input.rubric.text, input.rubric.file);
  const bloc = blocFromText(input.bloc.text, input.bloc.file);
  if (!rubric.ok || !bloc.ok) return { exit: 2, findings: [...rubric.findings, ...bloc.findings], retiredCopies: [] };
  const previous = input.previousTokens ?? NO_TOKENS;
  const copyTokens = carryCopyTokens(bloc.value, previous);
  await host.applyPlan(buildTemplatePlan(rubric.value, bloc.value, { lang: input.lang, copyTokens }));
  const retiredCopies = [...previous.current.keys()].filter((unit) => copyTokens.retired.has(unit));
  return { exit: 0, findings: [...rubric.findings, ...bloc.findings], retiredCopies };
}
