import { formatMeasureRule } from "../domain/measureRule";
import { isGroup, walkTree } from "../domain/rubricTree";
import type { Bloc, Rubric } from "../domain/types";
import { stageName } from "../i18n/stages";
import type { Lang } from "../i18n/types";
import type { WorkbookLabels } from "../i18n/workbook";
import { rangeRef } from "./a1";
import { GENERAL_FORMAT } from "./formats";
import { hasMeasured, HEADER_ROW, SUBTITLE_ROW, TITLE_ROW } from "./layout";
import type { PlanSheet } from "./plan";
import { sheetDraft } from "./sheetDraft";

/**
 * The agreed rubric as people read it: sections and criteria, bonus, deductions, classification, awards. A rubric
 * with measured criteria has one more column, each measured criterion's rule in the authoring table's words.
 */
export function rubricSheet(rubric: Rubric, bloc: Bloc, name: string, labels: WorkbookLabels, lang: Lang): PlanSheet {
  const measured = hasMeasured(rubric);
  const LAST_COL = measured ? 5 : 4;
  const d = sheetDraft(name);
  const R = labels.rubric;
  d.value(TITLE_ROW, 0, rubric.title);
  d.value(SUBTITLE_ROW, 0, R.subtitle(bloc.name, rubric.year));
  for (const r of [TITLE_ROW, SUBTITLE_ROW]) d.merge(rangeRef(r, 0, r, LAST_COL));
  d.format({ range: rangeRef(TITLE_ROW, 0, TITLE_ROW, LAST_COL), style: "title" });
  d.format({ range: rangeRef(SUBTITLE_ROW, 0, SUBTITLE_ROW, LAST_COL), style: "subtitle" });
  d.rowHeight(TITLE_ROW, 36);

  let row = HEADER_ROW;
  const header = (cells: readonly string[]) => {
    cells.forEach((h, i) => d.value(row, i, h));
    d.format({ range: rangeRef(row, 0, row, LAST_COL), style: "header" });
    row++;
  };
  const line = (cells: readonly (string | number | null)[], style: "section" | "text" = "text") => {
    cells.forEach((v, i) => d.value(row, i, v));
    d.format({ range: rangeRef(row, 0, row, LAST_COL), style, numberFormat: GENERAL_FORMAT });
    row++;
  };
  const gap = () => row++;

  header([R.id, R.name, R.max, R.weight, R.guidance, ...(measured ? [R.method] : [])]);
  for (const { node } of walkTree(rubric)) {
    if (isGroup(node)) line([node.id, node.name, node.maxPoints, null, null], "section");
    else line([node.id, node.name, node.maxPoints, node.weight, node.guidance ?? null, ...(node.measure ? [formatMeasureRule(node.measure)] : [])]);
  }
  if (rubric.bonus.items.length > 0) {
    gap();
    header([R.id, R.bonusGroup(rubric.bonus.maxTotal), R.max, R.perEvent, ""]);
    for (const b of rubric.bonus.items) line([b.id, b.name, b.maxPoints, b.pointsPerEvent, null]);
  }
  if (rubric.deductions.items.length > 0) {
    gap();
    header([R.id, R.deductionGroup(rubric.deductions.maxTotal), R.max, R.perEvent, R.vetoes]);
    for (const x of rubric.deductions.items) line([x.id, x.name, x.maxPoints, x.pointsPerEvent, x.vetoAward ? labels.yes : labels.no]);
  }
  if (rubric.classification.length > 0) {
    gap();
    header(["", R.classification, R.minTotal, R.minSectionRatio, ""]);
    rubric.classification.forEach((c, i) => line([i + 1, c.label, c.minTotal, c.minSectionRatio, null]));
  }
  if (rubric.awards.length > 0) {
    gap();
    header(["", R.awards, R.places, R.minTotal, R.requiredClassification]);
    rubric.awards.forEach((a, i) => line([i + 1, a.label, a.places, a.requires.minTotal ?? null, a.requires.classification ?? null]));
  }
  gap();
  header(["", R.tieBreak, "", "", ""]);
  [...rubric.tieBreak.map((k) => R.tieKey(k)), R.tieVote].forEach((t, i) => line([i + 1, t, null, null, null]));
  gap();
  header(["", R.scale, "", "", ""]);
  line(["", R.step, rubric.scale.step, null, null]);
  line(["", R.decimals, rubric.scale.decimals, null, null]);
  line(["", R.stages, rubric.stages.map((s) => stageName(s, lang)).join(", "), null, null]);
  const unitName = (id: string | null | undefined) => bloc.units.find((u) => u.id === id)?.name ?? "";
  line(["", R.head, unitName(bloc.head), null, null]);
  line(["", R.deputy, unitName(bloc.deputy), null, null]);
  line(["", R.units, bloc.units.length, null, null]);

  return d.finish({
    columns: [{ width: 8 }, { width: 70 }, { width: 14 }, { width: 14 }, { width: 40 }, ...(measured ? [{ width: 36 }] : [])],
    frozen: { rows: HEADER_ROW + 1, columns: 0 },
    print: { paper: "A4", orientation: "landscape", fitToWidth: true, titleRows: { from: HEADER_ROW, to: HEADER_ROW } },
  });
}
