import { formatMeasureRule } from "../../domain/measureRule";
import { isGroup } from "../../domain/rubricTree";
import type { Rubric, RubricNode } from "../../domain/types";
import type { RubricTableLabels } from "../../i18n/rubricTable";
import { cellRef, rangeRef } from "../a1";
import { GENERAL_FORMAT } from "../formats";
import { nodeLabel } from "../layout";
import type { PlanSheet } from "../plan";
import { sheetDraft } from "../sheetDraft";

/** Column order of the exported criteria table; readCriteriaTable finds columns by their header words, not here. */
const COLUMNS = ["number", "id", "name", "max", "weight", "notApplicable", "method", "guidance"] as const;
const LAST_COL = COLUMNS.length - 1;
export const CRITERIA_HEADER_ROW = 3;

/**
 * "Bảng tiêu chí": the criteria tree as a Vietnamese document numbers it (I, 1, 1.1, a), one row per node, groups
 * on "section" rows. The "Mã" column keeps the rubric's ids, so the table reads back to the same rubric; an official
 * may clear it and the ids then come from the numbering ("II.1").
 */
export function criteriaSheetPlan(rubric: Rubric, labels: RubricTableLabels): PlanSheet {
  const d = sheetDraft(labels.criteriaSheet);
  const col = (k: (typeof COLUMNS)[number]) => COLUMNS.indexOf(k);
  d.value(0, 0, labels.criteriaTitle);
  d.merge(rangeRef(0, 0, 0, LAST_COL));
  d.format({ range: rangeRef(0, 0, 0, LAST_COL), style: "title" });
  d.value(1, 0, rubric.title);
  d.merge(rangeRef(1, 0, 1, LAST_COL));
  d.format({ range: rangeRef(1, 0, 1, LAST_COL), style: "subtitle" });
  d.value(2, 0, labels.criteriaHint);
  d.merge(rangeRef(2, 0, 2, LAST_COL));
  d.format({ range: rangeRef(2, 0, 2, LAST_COL), style: "hint" });
  COLUMNS.forEach((k, i) => d.value(CRITERIA_HEADER_ROW, i, labels.columns[k]));
  d.format({ range: rangeRef(CRITERIA_HEADER_ROW, 0, CRITERIA_HEADER_ROW, LAST_COL), style: "header" });
  let row = CRITERIA_HEADER_ROW + 1;
  const sectionRows: number[] = [];
  const put = (node: RubricNode, depth: number, label: string) => {
    d.value(row, col("number"), depth === 3 ? `${label})` : label);
    d.value(row, col("id"), node.id);
    d.value(row, col("name"), node.name);
    d.value(row, col("max"), node.maxPoints);
    if (!isGroup(node)) {
      d.value(row, col("weight"), node.weight);
      if (node.notApplicable) d.value(row, col("notApplicable"), node.notApplicable === "full" ? labels.naFull : labels.naRescale);
      // a measured criterion's rule in the words officials write, read back by measureMethod.ts
      if (node.measure) d.value(row, col("method"), formatMeasureRule(node.measure));
      if (node.guidance !== undefined) d.value(row, col("guidance"), node.guidance);
    }
    d.format({ range: rangeRef(row, 0, row, LAST_COL), style: isGroup(node) ? "section" : "text", numberFormat: GENERAL_FORMAT });
    row++;
    if (isGroup(node)) node.criteria.forEach((c, i) => put(c, depth + 1, nodeLabel(depth + 1, i + 1, label)));
  };
  rubric.sections.forEach((s, i) => {
    sectionRows.push(row);
    put(s, 0, nodeLabel(0, i + 1, ""));
  });
  d.value(row, col("name"), labels.total);
  d.formula(row, col("max"), `=${sectionRows.map((r) => cellRef(r, col("max"))).join("+")}`);
  d.format({ range: rangeRef(row, 0, row, LAST_COL), style: "total", numberFormat: GENERAL_FORMAT });
  return d.finish({
    columns: [{ width: 8 }, { width: 10 }, { width: 70 }, { width: 12 }, { width: 9 }, { width: 15 }, { width: 30 }, { width: 40 }],
    frozen: { rows: CRITERIA_HEADER_ROW + 1, columns: 0 },
    protect: false,
  });
}
