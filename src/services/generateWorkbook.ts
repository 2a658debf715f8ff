import type { Finding } from "../domain/findings";
import type { WorkbookHost } from "../hosts/host";
import type { Lang } from "../i18n/types";
import { buildTemplatePlan } from "../workbook/buildTemplatePlan";
import type { ExitCode } from "./exitCodes";
import { blocFromText, rubricFromText } from "./inputs";

export interface GenerateInput {
  readonly rubric: { readonly text: string; readonly file: string };
  readonly bloc: { readonly text: string; readonly file: string };
  readonly lang?: Lang;
}

/** `thidua generate`: checks rubric.json and bloc.json, then lays the bloc's workbook out through the host. */
export async function generateWorkbook(input: GenerateInput, host: WorkbookHost): Promise<{ exit: ExitCode; findings: readonly Finding[] }> {
  const rubric = rubricFromText(input.rubric.text, input.rubric.file);
  const bloc = blocFromText(input.bloc.text, input.bloc.file);
  if (!rubric.ok || !bloc.ok) return { exit: 2, findings: [...rubric.findings, ...bloc.findings] };
  await host.applyPlan(buildTemplatePlan(rubric.value, bloc.value, { lang: input.lang }));
  return { exit: 0, findings: [...rubric.findings, ...bloc.findings] };
}
