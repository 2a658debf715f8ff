import type { Bloc, Rubric } from "../../domain/types";
import type { Lang } from "../../i18n/types";
import { workbookLabels, type WorkbookLabels } from "../../i18n/workbook";
import { summaryLayout, unitLayout, type SummaryLayout, type UnitLayout } from "../layout";
import type { SheetNames } from "../metaSheet";
import type { PlanSheet } from "../plan";
import { rubricSheet } from "../rubricSheet";
import { summarySheet } from "../summarySheet";
import { unitSheet } from "../unitSheet";

/** The sheets a workbook should hold, as generation laid them out: what every check compares the file with. */
export interface ExpectedSheets {
  readonly labels: WorkbookLabels;
  readonly summary: PlanSheet;
  readonly rubric: PlanSheet;
  /**
   * The first unit's sheet: every unit sheet is laid out alike, formulas and labels included, but for its name and
   * subtitle (which no check reads), so one plan serves them all and validate stays fast on a 60-unit bloc.
   */
  readonly unit: PlanSheet;
  readonly unitLayout: UnitLayout;
  readonly summaryLayout: SummaryLayout;
}

/** Rebuilt under the stored sheet names (not names derived again), so a later change in naming rules can't cry wolf. */
export function expectedSheets(rubric: Rubric, bloc: Bloc, sheets: SheetNames, lang: Lang): ExpectedSheets {
  const labels = workbookLabels[lang];
  const unit = unitLayout(rubric);
  const summary = summaryLayout(rubric, bloc.units.length);
  return {
    labels,
    summary: summarySheet(rubric, bloc, sheets.units, unit, summary, sheets.summary, labels),
    rubric: rubricSheet(rubric, bloc, sheets.rubric, labels, lang),
    unit: unitSheet(rubric, bloc, bloc.units[0], sheets.units[0], unit, labels),
    unitLayout: unit,
    summaryLayout: summary,
  };
}
