import type { Bloc, Rubric } from "../domain/types";
import type { Lang } from "../i18n/types";
import { workbookLabels } from "../i18n/workbook";
import { absRange } from "./a1";
import type { CopyTokens } from "./copyTokens";
import { BASE_FONT, HIGHLIGHTS, STYLES } from "./formats";
import { META_SHEET, summaryLayout, unitLayout } from "./layout";
import { metaSheet, type SheetNames } from "./metaSheet";
import type { PlanName, WorkbookPlan } from "./plan";
import { rubricSheet } from "./rubricSheet";
import { uniqueSheetNames } from "./sheetNames";
import { summarySheet } from "./summarySheet";
import { unitSheets } from "./unitSheet";

export interface TemplateOptions {
  /** language of the labels; the workbook contract is Vietnamese, the default */
  readonly lang?: Lang;
  /** the copy tokens kept from the workbook this one replaces (carryCopyTokens), so copies sent out stay good */
  readonly copyTokens?: CopyTokens;
}

/** Sheet names of a bloc's workbook: fixed ones from the label table, one per unit from its name. */
export function sheetNamesFor(bloc: Bloc, lang: Lang = "vi"): SheetNames {
  const fixed = workbookLabels[lang].sheets;
  const units = uniqueSheetNames(
    bloc.units.map((u) => u.name),
    [fixed.rubric, fixed.summary, META_SHEET],
  );
  return { rubric: fixed.rubric, summary: fixed.summary, units };
}

/**
 * The whole workbook of a bloc as a plan: "Tổng hợp" first (what the meeting looks at), the rubric, one
 * scoring sheet per unit, and the very hidden sheet holding the agreed rubric and bloc.
 */
export function buildTemplatePlan(rubric: Rubric, bloc: Bloc, options: TemplateOptions = {}): WorkbookPlan {
  const lang = options.lang ?? "vi";
  const labels = workbookLabels[lang];
  const names = sheetNamesFor(bloc, lang);
  const unit = unitLayout(rubric);
  const summary = summaryLayout(rubric, bloc.units.length);
  const column = (key: string) => absRange(summary.firstUnitRow, summary.col[key], summary.lastUnitRow, summary.col[key]);
  const definedNames: PlanName[] = [
    { name: "ThiDua_DonVi", sheet: names.summary, range: column("unit") },
    { name: "ThiDua_TongDiem", sheet: names.summary, range: column("total") },
    { name: "ThiDua_XepHang", sheet: names.summary, range: column("rank") },
    { name: "ThiDua_BieuQuyet", sheet: names.summary, range: column("vote") },
  ];
  return {
    sheets: [
      summarySheet(rubric, bloc, names.units, unit, summary, names.summary, labels),
      rubricSheet(rubric, bloc, names.rubric, labels, lang),
      ...unitSheets(rubric, bloc, names.units, unit, labels),
      metaSheet(rubric, bloc, names, options.copyTokens),
    ],
    font: BASE_FONT,
    styles: STYLES,
    highlights: HIGHLIGHTS,
    names: definedNames,
  };
}
