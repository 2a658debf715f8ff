import { fromMicro, toMicro } from "../domain/fixed";
import { leafCriteria } from "../domain/rubricTree";
import type { Bloc, Criterion, Rubric, Unit } from "../domain/types";
import type { WorkbookLabels } from "../i18n/workbook";
import { cellRef, rangeRef } from "./a1";
import { COUNT_FORMAT, GENERAL_FORMAT, numberFormat, scoreDecimals } from "./formats";
import {
  acceptsNotApplicable,
  criterionRuns,
  HEADER_ROW,
  HINT_ROW,
  SUBTITLE_ROW,
  TITLE_ROW,
  UNIT_COLUMN_WIDTHS,
  widthOf,
  type EventBlock,
  type UnitLayout,
} from "./layout";
import type { PlanSheet } from "./plan";
import { sheetDraft, type SheetDraft } from "./sheetDraft";
import * as m from "./measuredFormulas";
import * as f from "./unitFormulas";

/** One unit's scoring sheet: criteria rows with a column per stage, bonus and deduction counts, totals. */
export function unitSheet(rubric: Rubric, bloc: Bloc, unit: Unit, name: string, layout: UnitLayout, labels: WorkbookLabels): PlanSheet {
  const d = sheetDraft(name);
  const c = layout.col;
  const L = labels.unit;
  const last = layout.visibleColumns - 1; // the hidden helper columns stay out of titles and print
  const stageCols = layout.stages.map((s) => c[`stage:${s}`]);
  const firstStage = Math.min(...stageCols);
  const lastStage = Math.max(...stageCols);
  const scoreFmt = numberFormat(scoreDecimals(rubric));

  d.value(TITLE_ROW, 0, L.title(rubric.year));
  d.value(SUBTITLE_ROW, 0, L.subtitle(unit.name, unit.id, bloc.name));
  d.value(HINT_ROW, 0, L.hint);
  for (const r of [TITLE_ROW, SUBTITLE_ROW, HINT_ROW]) d.merge(rangeRef(r, 0, r, last));
  d.format({ range: rangeRef(TITLE_ROW, 0, TITLE_ROW, last), style: "title" });
  d.format({ range: rangeRef(SUBTITLE_ROW, 0, SUBTITLE_ROW, last), style: "subtitle" });
  d.format({ range: rangeRef(HINT_ROW, 0, HINT_ROW, last), style: "hint" });
  d.rowHeight(TITLE_ROW, 24);
  d.rowHeight(HINT_ROW, 30);

  const header = [
    L.id,
    L.name,
    L.max,
    L.weight,
    ...(layout.measured ? [L.target] : []),
    ...layout.stages.map((s) => labels.stageHeader[s] ?? s),
    L.final,
    ...(layout.measured ? [L.percent] : []),
    L.points,
    ...noteHeaders(layout, labels),
  ];
  header.forEach((h, i) => d.value(HEADER_ROW, i, h));
  d.format({ range: rangeRef(HEADER_ROW, 0, HEADER_ROW, last), style: "header" });
  d.rowHeight(HEADER_ROW, 32);

  criteriaRows(d, layout, stageCols, last, scoreFmt);
  for (const [first, lastRow] of criterionRuns(layout)) {
    d.format({ range: rangeRef(first, 0, lastRow, last), style: "text" });
    d.format({ range: rangeRef(first, c.max, lastRow, c.weight), style: "number", numberFormat: GENERAL_FORMAT });
    d.format({ range: rangeRef(first, firstStage, lastRow, lastStage), style: "input", numberFormat: scoreFmt, locked: false });
    d.format({ range: rangeRef(first, c.final, lastRow, c.points), style: "computed", numberFormat: scoreFmt });
    if (layout.measured) measuredColumns(d, layout, first, lastRow);
    noteCells(d, layout, first, lastRow, labels);
  }
  scoreGuards(d, rubric, layout, firstStage, lastStage, labels);
  if (layout.rescale) {
    const appCols = layout.keys.flatMap((k, i) => (k.startsWith("applicable:") ? [i] : []));
    d.format({ range: rangeRef(layout.sections[0].row, Math.min(...appCols), layout.sections[layout.sections.length - 1].last, Math.max(...appCols)), style: "helper", numberFormat: GENERAL_FORMAT });
  }

  eventBlock(d, layout, layout.bonus, L.bonusGroup, rubric.bonus.maxTotal, rubric.bonus.items, labels, last);
  eventBlock(d, layout, layout.deductions, L.deductionGroup, rubric.deductions.maxTotal, rubric.deductions.items, labels, last);
  totals(d, rubric, layout, labels, last, stageCols);

  return d.finish({
    columns: layout.keys.map((k, i) => ({ width: widthOf(UNIT_COLUMN_WIDTHS, k), hidden: i >= layout.visibleColumns })),
    frozen: { rows: HEADER_ROW + 1, columns: 2 },
    print: { paper: "A4", orientation: "landscape", fitToWidth: true, titleRows: { from: HEADER_ROW, to: HEADER_ROW } },
  });
}

/**
 * Every unit's sheet: they differ only in name and subtitle, so one is laid out and the others share its formulas,
 * formats and validations (plan data is never mutated), with their own subtitle row.
 */
export function unitSheets(rubric: Rubric, bloc: Bloc, names: readonly string[], layout: UnitLayout, labels: WorkbookLabels): PlanSheet[] {
  if (bloc.units.length === 0) return [];
  const first = unitSheet(rubric, bloc, bloc.units[0], names[0], layout, labels);
  return bloc.units.map((u, i) => {
    if (i === 0) return first;
    const values = [...first.values];
    const subtitle = [...values[SUBTITLE_ROW]];
    subtitle[0] = labels.unit.subtitle(u.name, u.id, bloc.name);
    values[SUBTITLE_ROW] = subtitle;
    return { ...first, name: names[i], values };
  });
}

/** Longest evidence or reason text a cell accepts: a paragraph, not a document. */
export const NOTE_MAX_LENGTH = 2000;

/** Headers of the free-text columns: the evidence, then one reason column per later stage. */
function noteHeaders(layout: UnitLayout, labels: WorkbookLabels): string[] {
  return [labels.unit.evidence, ...layout.stages.slice(1).map((s) => labels.unit.reason(labels.stageHeader[s] ?? s))];
}

/** The evidence and reason cells of item rows first..last: open like score cells, with a prompt saying what goes there. */
function noteCells(d: SheetDraft, layout: UnitLayout, first: number, last: number, labels: WorkbookLabels): void {
  const V = labels.validation;
  const left = layout.col.evidence;
  const right = left + layout.stages.length - 1;
  d.format({ range: rangeRef(first, left, last, right), style: "text", locked: false });
  const text = { kind: "textLength" as const, min: 0, max: NOTE_MAX_LENGTH, errorTitle: V.reasonTitle, error: V.textError(NOTE_MAX_LENGTH) };
  d.validate({ ...text, range: rangeRef(first, left, last, left), promptTitle: V.evidenceTitle, prompt: V.evidencePrompt });
  if (right > left) d.validate({ ...text, range: rangeRef(first, left + 1, last, right), promptTitle: V.reasonTitle, prompt: V.reasonPrompt });
}

/**
 * The rows of the criteria tree: each section, group and criterion with its number and indent; a group's stage
 * columns and points hold its capped subtotals, a criterion's final value and points; with `rescale` criteria,
 * the applicable maxima in the hidden columns (per stage, then final).
 */
function criteriaRows(d: SheetDraft, layout: UnitLayout, stageCols: readonly number[], last: number, scoreFmt: string): void {
  const c = layout.col;
  const pairs = layout.rescale ? [...layout.stages.map((s) => [c[`stage:${s}`], c[`applicable:${s}`]] as const), [c.final, c["applicable:final"]] as const] : [];
  for (const n of layout.nodes) {
    d.value(n.row, c.id, n.node.id);
    d.value(n.row, c.name, `${INDENT.repeat(n.depth)}${n.depth === 3 ? `${n.label})` : `${n.label}.`} ${n.node.name}`);
    d.value(n.row, c.max, n.node.maxPoints);
    if (n.group) {
      for (const col of stageCols) d.formula(n.row, col, f.groupAtStage(layout, n, col));
      d.formula(n.row, c.points, f.groupFinal(layout, n));
      d.format({ range: rangeRef(n.row, 0, n.row, last), style: "section", numberFormat: scoreFmt });
      if (n.variable) for (const [, app] of pairs) d.formula(n.row, app, f.groupApplicable(layout, n, app));
      continue;
    }
    const cr = n.node as Criterion;
    d.value(n.row, c.weight, cr.weight);
    d.formula(n.row, c.final, f.latestStage(layout, n.row, '""', acceptsNotApplicable(cr)));
    if (cr.measure) {
      d.formula(n.row, c.points, m.measuredPointsCell(layout, n.row, cr));
      d.formula(n.row, c.percent, m.percentCell(layout, n.row, cr));
      d.formula(n.row, c.helper, m.targetMissingFlag(layout, n.row));
    } else d.formula(n.row, c.points, f.criterionPoints(layout, n.row, cr));
    if (n.variable) for (const [value, app] of pairs) d.formula(n.row, app, f.criterionApplicable(layout, n.row, cr, value));
  }
}

/**
 * The target and percent cells of criterion rows first..last: a measured row's target is an input like its
 * actuals (open, validated, flagged when missing or not above 0); other rows' are closed and empty.
 */
function measuredColumns(d: SheetDraft, layout: UnitLayout, first: number, last: number): void {
  const c = layout.col;
  d.format({ range: rangeRef(first, c.target, last, c.target), style: "computed", numberFormat: GENERAL_FORMAT });
  d.format({ range: rangeRef(first, c.percent, last, c.percent), numberFormat: PERCENT_FORMAT });
  const measured = new Set(layout.nodes.filter((n) => !n.group && (n.node as Criterion).measure).map((n) => n.row));
  for (let row = first; row <= last; row++) {
    if (!measured.has(row)) continue;
    let end = row;
    while (end < last && measured.has(end + 1)) end++;
    d.format({ range: rangeRef(row, c.target, end, c.target), style: "input", numberFormat: GENERAL_FORMAT, locked: false });
    row = end;
  }
}

/** The achievement column: a percentage with 2 decimals, as the cell holds it (104,25 means 104,25%). */
const PERCENT_FORMAT = "0.00";

/** One indent step of the tree in the name column. */
const INDENT = "    ";

/**
 * Data validation per run of consecutive criteria sharing a maximum and whether KAD is accepted (a number in
 * [0, max], or that or KAD), conditional formats per run of criteria alike in KAD.
 */
function scoreGuards(d: SheetDraft, rubric: Rubric, layout: UnitLayout, left: number, right: number, labels: WorkbookLabels): void {
  const V = labels.validation;
  const step = rubric.scale.step;
  const criterion = new Map(layout.nodes.filter((n) => !n.group).map((n) => [n.row, n.node as Criterion]));
  for (const [first, last] of criterionRuns(layout)) {
    const kadOf = (row: number) => acceptsNotApplicable(criterion.get(row)!);
    const maxOf = (row: number) => criterion.get(row)!.maxPoints;
    const measuredOf = (row: number) => criterion.get(row)!.measure !== undefined;
    const alike = (a: number, b: number) => maxOf(a) === maxOf(b) && kadOf(a) === kadOf(b) && measuredOf(a) === measuredOf(b);
    let start = first;
    for (let row = first; row <= last; row++) {
      if (row === last || !alike(row + 1, row)) {
        const max = maxOf(row);
        const range = rangeRef(start, left, row, right);
        if (measuredOf(row)) measuredGuards(d, layout, start, row, left, right, kadOf(row), labels);
        else if (kadOf(row)) {
          d.validate({
            range,
            kind: "custom",
            min: 0,
            max,
            formula: f.scoreOrKadRule(start, left, max),
            promptTitle: V.scoreTitle,
            prompt: V.scoreOrNaPrompt(max, step),
            errorTitle: V.scoreErrorTitle,
            error: V.scoreOrNaError(max, step),
          });
        } else {
          d.validate({ range, kind: "decimal", min: 0, max, promptTitle: V.scoreTitle, prompt: V.scorePrompt(max, step), errorTitle: V.scoreErrorTitle, error: V.scoreError(max, step) });
        }
        start = row + 1;
      }
    }
    start = first;
    for (let row = first; row <= last; row++) {
      if (row === last || kadOf(row + 1) !== kadOf(row) || measuredOf(row + 1) !== measuredOf(row)) {
        const range = rangeRef(start, left, row, right);
        const error = measuredOf(row) ? m.actualErrorRule(start, left, kadOf(row)) : f.scoreErrorRule(layout, start, left, step, kadOf(row));
        d.highlight({ range, formula: error, highlight: "error" });
        d.highlight({ range, formula: f.missingRule(layout, start, left, kadOf(row)), highlight: "missing" });
        start = row + 1;
      }
    }
  }
}

/** Actual cells of measured rows first..last (a number ≥ 0, or KAD where allowed) and their target cells. */
function measuredGuards(d: SheetDraft, layout: UnitLayout, first: number, last: number, left: number, right: number, kad: boolean, labels: WorkbookLabels): void {
  const V = labels.validation;
  const range = rangeRef(first, left, last, right);
  if (kad) {
    d.validate({ range, kind: "custom", min: 0, formula: m.actualOrKadRule(first, left), promptTitle: V.actualTitle, prompt: V.actualOrNaPrompt, errorTitle: V.actualTitle, error: V.actualError });
  } else d.validate({ range, kind: "decimal", min: 0, promptTitle: V.actualTitle, prompt: V.actualPrompt, errorTitle: V.actualTitle, error: V.actualError });
  const t = layout.col.target;
  const targets = rangeRef(first, t, last, t);
  d.validate({ range: targets, kind: "custom", min: 0, formula: m.targetRule(first, t), promptTitle: V.targetTitle, prompt: V.targetPrompt, errorTitle: V.targetTitle, error: V.targetError });
  d.highlight({ range: targets, formula: m.targetErrorRule(first, t), highlight: "error" });
  d.highlight({ range: targets, formula: m.targetMissingRule(layout, first, t), highlight: "missing" });
}

function eventBlock(
  d: SheetDraft,
  layout: UnitLayout,
  block: EventBlock | null,
  title: string,
  groupCap: number | null,
  items: readonly { id: string; name: string; pointsPerEvent: number; maxPoints: number | null; vetoAward?: boolean }[],
  labels: WorkbookLabels,
  last: number,
): void {
  if (!block) return;
  const c = layout.col;
  const L = labels.unit;
  const V = labels.validation;
  const stageCols = layout.stages.map((s) => c[`stage:${s}`]);
  const left = Math.min(...stageCols);
  const right = Math.max(...stageCols);
  d.value(block.titleRow, c.name, title);
  if (groupCap !== null) d.value(block.titleRow, c.max, groupCap);
  d.formula(block.titleRow, c.points, f.groupPoints(layout, block, groupCap !== null));
  d.format({ range: rangeRef(block.titleRow, 0, block.titleRow, last), style: "section", numberFormat: GENERAL_FORMAT });
  const header = [
    L.id,
    L.name,
    L.cap,
    L.perEvent,
    ...(layout.measured ? [""] : []),
    ...layout.stages.map((s) => L.countHeader(labels.stageHeader[s] ?? s)),
    L.finalCount,
    ...(layout.measured ? [""] : []),
    L.points,
    ...noteHeaders(layout, labels),
  ];
  header.forEach((h, i) => h !== "" && d.value(block.headerRow, i, h));
  d.format({ range: rangeRef(block.headerRow, 0, block.headerRow, last), style: "header" });
  items.forEach((it, k) => {
    const row = block.first + k;
    d.value(row, c.id, it.id);
    d.value(row, c.name, it.vetoAward ? it.name + L.vetoSuffix : it.name);
    if (it.maxPoints !== null) d.value(row, c.max, it.maxPoints);
    d.value(row, c.weight, it.pointsPerEvent);
    d.formula(row, c.final, f.latestStage(layout, row, "0"));
    d.formula(row, c.points, f.eventPoints(layout, row, it.maxPoints !== null));
  });
  d.format({ range: rangeRef(block.first, 0, block.last, last), style: "text" });
  d.format({ range: rangeRef(block.first, c.max, block.last, c.weight), style: "number", numberFormat: GENERAL_FORMAT });
  d.format({ range: rangeRef(block.first, left, block.last, right), style: "input", numberFormat: COUNT_FORMAT, locked: false });
  d.format({ range: rangeRef(block.first, c.final, block.last, c.final), style: "computed", numberFormat: COUNT_FORMAT });
  d.format({ range: rangeRef(block.first, c.points, block.last, c.points), style: "computed", numberFormat: GENERAL_FORMAT });
  noteCells(d, layout, block.first, block.last, labels);
  const range = rangeRef(block.first, left, block.last, right);
  d.validate({ range, kind: "whole", min: 0, promptTitle: V.countTitle, prompt: V.countPrompt, errorTitle: V.countTitle, error: V.countError });
  d.highlight({ range, formula: f.countErrorRule(block.first, left), highlight: "error" });
}

function totals(d: SheetDraft, rubric: Rubric, layout: UnitLayout, labels: WorkbookLabels, last: number, stageCols: readonly number[]): void {
  const c = layout.col;
  const t = layout.totals;
  const L = labels.unit;
  const leaves = leafCriteria(rubric);
  const criteria = leaves.length;
  const kad = leaves.some(acceptsNotApplicable);
  d.value(t.criteria, c.name, L.criteriaTotal);
  for (const col of stageCols) d.formula(t.criteria, col, f.sumOfSections(layout, col));
  d.formula(t.criteria, c.points, f.sumOfSections(layout, c.points));
  if (t.scaled !== null) {
    // "criteria total 88,50 → quy đổi 93,16": the rescaled total right under the sum, per stage and final
    const full = fromMicro(rubric.sections.reduce((sum, s) => sum + toMicro(s.maxPoints), 0));
    d.value(t.scaled, c.name, L.scaledTotal);
    for (const s of layout.stages) d.formula(t.scaled, c[`stage:${s}`], f.scaledTotal(layout, c[`stage:${s}`], c[`applicable:${s}`], full, L.nothingApplicable));
    d.formula(t.scaled, c.points, f.scaledTotal(layout, c.points, c["applicable:final"], full, L.nothingApplicable));
  }
  d.value(t.bonus, c.name, L.bonusTotal);
  if (layout.bonus) d.formula(t.bonus, c.points, `=${cellRef(layout.bonus.titleRow, c.points)}`);
  else d.value(t.bonus, c.points, 0);
  d.value(t.deductions, c.name, L.deductionTotal);
  if (layout.deductions) d.formula(t.deductions, c.points, `=${cellRef(layout.deductions.titleRow, c.points)}`);
  else d.value(t.deductions, c.points, 0);
  d.value(t.total, c.name, L.total);
  d.formula(t.total, c.helper, f.exactTotal(layout));
  d.formula(t.total, c.points, f.roundedTotal(layout, rubric.scale.decimals));
  d.value(t.status, c.name, L.status);
  d.formula(t.status, c.helper, f.completeFlag(layout, criteria, kad));
  d.formula(t.status, c.points, f.statusText(layout, criteria, L.complete, L.missingBefore, L.missingAfter, kad, L.nothingApplicable));
  d.value(t.veto, c.name, L.veto);
  const vetoRows = layout.deductions ? rubric.deductions.items.flatMap((it, k) => (it.vetoAward ? [layout.deductions!.first + k] : [])) : [];
  const veto = f.vetoFlag(layout, vetoRows);
  if (veto) d.formula(t.veto, c.helper, veto);
  else d.value(t.veto, c.helper, 0);
  d.formula(t.veto, c.points, f.flagText(layout, t.veto, L.vetoYes, labels.no));
  d.format({ range: rangeRef(t.criteria, 0, t.veto, last), style: "total", numberFormat: numberFormat(scoreDecimals(rubric)) });
  d.format({ range: rangeRef(t.total, c.points, t.total, c.points), numberFormat: numberFormat(rubric.scale.decimals) });
  d.format({ range: rangeRef(t.criteria, c.helper, t.veto, c.helper), style: "helper", numberFormat: GENERAL_FORMAT });
  // self-scores go out signed and stamped: the head of the unit signs under the table
  const sig = layout.signature;
  const from = c[`stage:${layout.stages[0]}`];
  d.value(sig.row, from, L.signer);
  d.value(sig.hintRow, from, L.signHint);
  d.merge(rangeRef(sig.row, from, sig.row, last));
  d.merge(rangeRef(sig.hintRow, from, sig.hintRow, last));
  d.format({ range: rangeRef(sig.row, from, sig.row, last), style: "subtitle" });
  d.format({ range: rangeRef(sig.hintRow, from, sig.hintRow, last), style: "signHint" });
}
