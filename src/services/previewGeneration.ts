import { hasErrors, type Finding } from "../domain/findings";
import { leafCriteria } from "../domain/rubricTree";
import type { Bloc, Rubric } from "../domain/types";
import type { Lang } from "../i18n/types";
import { sheetNamesFor } from "../workbook/buildTemplatePlan";
import { blocFromText, rubricFromText } from "./inputs";

export type PreviewSheetKind = "summary" | "rubric" | "unit";

export interface GenerationPreview {
  readonly ok: boolean;
  /** problems in the rubric or the bloc, with `file` naming which, as generateWorkbook would report them */
  readonly findings: readonly Finding[];
  readonly rubric?: Rubric;
  readonly bloc?: Bloc;
  /** the visible sheets the workbook will have, in order */
  readonly sheets: readonly { readonly name: string; readonly kind: PreviewSheetKind }[];
  readonly counts: { readonly units: number; readonly sections: number; readonly criteria: number; readonly bonus: number; readonly deductions: number; readonly stages: number };
}

const NO_COUNTS = { units: 0, sections: 0, criteria: 0, bonus: 0, deductions: 0, stages: 0 };

/** What `generateWorkbook` would make of these inputs, without a workbook: the checks, the sheets, the counts. */
export function previewGeneration(input: { rubric: { text: string; file: string }; bloc: { text: string; file: string }; lang?: Lang }): GenerationPreview {
  const rubric = rubricFromText(input.rubric.text, input.rubric.file);
  const bloc = blocFromText(input.bloc.text, input.bloc.file);
  const findings = [...rubric.findings, ...bloc.findings];
  if (!rubric.ok || !bloc.ok || hasErrors(findings)) return { ok: false, findings, sheets: [], counts: NO_COUNTS };
  const r = rubric.value;
  const names = sheetNamesFor(bloc.value, input.lang ?? "vi");
  return {
    ok: true,
    findings,
    rubric: r,
    bloc: bloc.value,
    sheets: [
      { name: names.summary, kind: "summary" },
      { name: names.rubric, kind: "rubric" },
      ...names.units.map((name) => ({ name, kind: "unit" as const })),
    ],
    counts: {
      units: bloc.value.units.length,
      sections: r.sections.length,
      criteria: leafCriteria(r).length,
      bonus: r.bonus.items.length,
      deductions: r.deductions.items.length,
      stages: r.stages.length,
    },
  };
}
