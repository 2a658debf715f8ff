import type { Rubric } from "../../domain/types";
import type { RubricTableLabels } from "../../i18n/rubricTable";
import { stageName } from "../../i18n/stages";
import type { Lang } from "../../i18n/types";
import { rangeRef } from "../a1";
import { GENERAL_FORMAT } from "../formats";
import type { PlanSheet } from "../plan";
import { sheetDraft } from "../sheetDraft";

const LAST_COL = 4;

/** A tie-break key as the rules sheet words it ("Điểm phần I", "Ít điểm trừ hơn"). */
export function tieBreakWords(key: string, labels: RubricTableLabels): string {
  if (key === "fewerDeductions") return labels.rules.fewerDeductions;
  if (key === "moreBonus") return labels.rules.moreBonus;
  return key.startsWith("section:") ? labels.rules.tieSection(key.slice("section:".length)) : key;
}

/**
 * "Quy định chấm": everything of the rubric but its criteria, as labelled rows an official edits (never JSON).
 * Settings are label | value rows; bonus, deductions, tie-break, classification and awards are small tables, each
 * under its title row and header. readRulesSheet reads exactly this back (export → import is identity).
 */
export function rulesSheetPlan(rubric: Rubric, labels: RubricTableLabels, lang: Lang): PlanSheet {
  const L = labels.rules;
  const d = sheetDraft(labels.rulesSheet);
  let row = 0;
  const line = (cells: readonly (string | number | null)[], style: "text" | "header" | "section" = "text") => {
    cells.forEach((v, i) => d.value(row, i, v));
    d.format({ range: rangeRef(row, 0, row, LAST_COL), style, numberFormat: style === "text" ? GENERAL_FORMAT : undefined, locked: false });
    row++;
  };
  d.value(row, 0, L.title);
  d.merge(rangeRef(row, 0, row, LAST_COL));
  d.format({ range: rangeRef(row, 0, row, LAST_COL), style: "title" });
  row++;
  d.value(row, 0, L.hint);
  d.merge(rangeRef(row, 0, row, LAST_COL));
  d.format({ range: rangeRef(row, 0, row, LAST_COL), style: "hint" });
  row += 2;
  const yesNo = (v: boolean | undefined) => (v === undefined ? null : v ? L.yes : L.no);
  line([L.name, rubric.title]);
  line([L.year, rubric.year]);
  line([L.step, rubric.scale.step]);
  line([L.decimals, rubric.scale.decimals]);
  line([L.stages, rubric.stages.map((s) => stageName(s, lang)).join(", ")]);
  line([L.requireReason, yesNo(rubric.requireReason)]);
  line([L.selfGap, rubric.options?.selfGapThreshold ?? null]);
  row++;
  line([L.bonusMax, rubric.bonus.maxTotal]);
  line([L.bonusTitle], "section");
  line(L.eventHeader.slice(0, 4), "header");
  for (const b of rubric.bonus.items) line([b.id, b.name, b.pointsPerEvent, b.maxPoints]);
  row++;
  line([L.deductionMax, rubric.deductions.maxTotal]);
  line([L.deductionTitle], "section");
  line(L.eventHeader, "header");
  for (const x of rubric.deductions.items) line([x.id, x.name, x.pointsPerEvent, x.maxPoints, x.vetoAward ? L.yes : L.no]);
  row++;
  line([L.tieTitle], "section");
  line(L.tieHeader, "header");
  rubric.tieBreak.forEach((k, i) => line([i + 1, tieBreakWords(k, labels)]));
  row++;
  line([L.classTitle], "section");
  line(L.classHeader, "header");
  rubric.classification.forEach((c, i) => line([i + 1, c.label, c.minTotal, c.minSectionRatio]));
  row++;
  line([L.awardTitle], "section");
  line(L.awardHeader, "header");
  for (const a of rubric.awards) line([a.id, a.label, a.places, a.requires.classification ?? null, a.requires.minTotal ?? null]);
  return d.finish({ columns: [{ width: 34 }, { width: 60 }, { width: 16 }, { width: 22 }, { width: 20 }], protect: false });
}
