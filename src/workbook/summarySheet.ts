import type { Bloc, Rubric } from "../domain/types";
import type { WorkbookLabels } from "../i18n/workbook";
import { cellRef, formulaText, rangeRef, sheetPrefix } from "./a1";
import { GENERAL_FORMAT, numberFormat } from "./formats";
import { HEADER_ROW, HINT_ROW, SUBTITLE_ROW, SUMMARY_COLUMN_WIDTHS, TITLE_ROW, widthOf, type SummaryLayout, type UnitLayout } from "./layout";
import type { PlanSheet } from "./plan";
import { sheetDraft } from "./sheetDraft";
import * as f from "./summaryFormulas";

function headerOf(key: string, labels: WorkbookLabels): string {
  const S = labels.summary;
  if (key.startsWith("section:")) return S.section(key.slice("section:".length));
  if (key === "criteria") return S.criteria;
  if (key === "scaled") return S.scaled;
  const visible: Record<string, string> = {
    index: S.index,
    id: S.id,
    unit: S.unit,
    bonus: S.bonus,
    deductions: S.deductions,
    total: S.total,
    rank: S.rank,
    place: S.place,
    classification: S.classification,
    award: S.award,
    vote: S.vote,
    note: S.note,
  };
  // hidden helper columns keep their key as header: validate and the Excel host can find them by it
  return visible[key] ?? key;
}

/** "Tổng hợp": one row per unit in bloc order, final-stage totals, rank, place, classification, award, vote. */
export function summarySheet(rubric: Rubric, bloc: Bloc, unitSheets: readonly string[], unit: UnitLayout, layout: SummaryLayout, name: string, labels: WorkbookLabels): PlanSheet {
  const d = sheetDraft(name);
  const c = layout.col;
  const S = labels.summary;
  const r = f.summaryRefs(layout);
  const lastVisible = layout.visible - 1;
  const lastCol = layout.keys.length - 1;
  const { firstUnitRow: top, lastUnitRow: bottom } = layout;

  d.value(TITLE_ROW, 0, S.title(rubric.year));
  d.value(SUBTITLE_ROW, 0, bloc.name);
  d.value(HINT_ROW, 0, S.hint);
  for (const row of [TITLE_ROW, SUBTITLE_ROW, HINT_ROW]) d.merge(rangeRef(row, 0, row, lastVisible));
  d.format({ range: rangeRef(TITLE_ROW, 0, TITLE_ROW, lastVisible), style: "title" });
  d.format({ range: rangeRef(SUBTITLE_ROW, 0, SUBTITLE_ROW, lastVisible), style: "subtitle" });
  d.format({ range: rangeRef(HINT_ROW, 0, HINT_ROW, lastVisible), style: "hint" });
  d.rowHeight(TITLE_ROW, 24);
  d.rowHeight(HINT_ROW, 30);
  d.rowHeight(HEADER_ROW, 32);
  layout.keys.forEach((k, i) => d.value(HEADER_ROW, i, headerOf(k, labels)));
  d.format({ range: rangeRef(HEADER_ROW, 0, HEADER_ROW, lastVisible), style: "header" });
  d.format({ range: rangeRef(HEADER_ROW, lastVisible + 1, bottom, lastCol), style: "helper", numberFormat: GENERAL_FORMAT });

  const u = unit.col;
  const rowOf = new Map(unit.nodes.map((n) => [n.node.id, n.row]));
  const levels = rubric.classification.map((l) => l.label);
  const awards = rubric.awards.map((a) => a.label);
  bloc.units.forEach((unitData, k) => {
    const row = top + k;
    const ref = (r0: number, c0: number) => `=${sheetPrefix(unitSheets[k])}${cellRef(r0, c0)}`;
    d.value(row, c.index, k + 1);
    d.value(row, c.id, unitData.id);
    d.value(row, c.unit, unitData.name);
    rubric.sections.forEach((s, si) => d.formula(row, c[`section:${s.id}`], ref(unit.sections[si].row, u.points)));
    if (c.criteria !== undefined) d.formula(row, c.criteria, ref(unit.totals.criteria, u.points));
    if (c.scaled !== undefined && unit.totals.scaled !== null) d.formula(row, c.scaled, ref(unit.totals.scaled, u.points));
    for (const key of layout.keys) {
      const id = key.slice(key.indexOf(":") + 1);
      if (key.startsWith("group:")) d.formula(row, c[key], ref(rowOf.get(id)!, u.points));
      if (key.startsWith("applicable:")) d.formula(row, c[key], ref(rowOf.get(id)!, u["applicable:final"]));
    }
    d.formula(row, c.bonus, ref(unit.totals.bonus, u.points));
    d.formula(row, c.deductions, ref(unit.totals.deductions, u.points));
    d.formula(row, c.total, ref(unit.totals.total, u.points));
    d.formula(row, c.complete, ref(unit.totals.status, u.helper));
    d.formula(row, c.vetoed, ref(unit.totals.veto, u.helper));
    d.formula(row, c.chainRank, f.chainRank(rubric, r, row));
    d.formula(row, c.groupSize, f.groupSize(r, row));
    d.formula(row, c.voted, f.votedCount(r, row));
    d.formula(row, c.rankNum, f.rankNumber(r, row));
    d.formula(row, c.tieCount, f.tieCount(r, row));
    d.formula(row, c.level, f.levelIndex(rubric, r, row));
    d.formula(row, c.walker, f.walker(r, row));
    d.formula(row, c.walkPos, f.walkPosition(r, row));
    d.formula(row, c.walkTied, f.walkTied(r, row));
    d.formula(row, c.awardIndex, f.awardIndex(r, row));
    const complete = r.at("complete", row);
    const rank = r.at("rankNum", row);
    d.formula(row, c.rank, `IF(${complete}=1,${rank},"")`);
    d.formula(row, c.place, `IF(AND(${complete}=1,${rank}<=3),CHOOSE(${rank},${labels.places.map(formulaText).join(",")}),"")`);
    d.formula(row, c.classification, f.chooseLabel(r.at("level", row), levels));
    d.formula(row, c.award, f.chooseLabel(r.at("awardIndex", row), awards));
    d.formula(
      row,
      c.note,
      `IF(${complete}=0,${formulaText(S.noteIncomplete)},IF(${r.at("vetoed", row)}=1,${formulaText(S.noteVetoed)},IF(${r.at("tieCount", row)}>1,${formulaText(S.noteTied)},"")))`,
    );
  });
  for (let p = 1; p <= layout.positions; p++) {
    const row = top + p - 1;
    d.value(row, c.pos, p);
    d.formula(row, c.active, f.walkActive(r, row));
    d.formula(row, c.unitRow, f.walkUnitRow(r, row));
    d.formula(row, c.stop, f.walkStop(r, row));
    rubric.awards.forEach((a, k) => d.formula(row, c[`taken:${a.id}`], f.walkTaken(r, row, a.id, k + 1)));
    d.formula(row, c.got, f.walkGot(rubric, r, row, p));
  }

  const scores = numberFormat(rubric.scale.decimals);
  d.format({ range: rangeRef(top, 0, bottom, lastVisible), style: "text" });
  d.format({ range: rangeRef(top, c.index, bottom, c.id), style: "number" });
  d.format({ range: rangeRef(top, c[`section:${rubric.sections[0].id}`], bottom, c.total), style: "number", numberFormat: scores });
  d.format({ range: rangeRef(top, c.total, bottom, c.total), style: "total", numberFormat: scores });
  d.format({ range: rangeRef(top, c.rank, bottom, c.place), style: "number", numberFormat: GENERAL_FORMAT });
  d.format({ range: rangeRef(top, c.vote, bottom, c.vote), style: "input", numberFormat: GENERAL_FORMAT, locked: false });
  d.validate({
    range: rangeRef(top, c.vote, bottom, c.vote),
    kind: "whole",
    min: 1,
    promptTitle: labels.validation.voteTitle,
    prompt: labels.validation.votePrompt,
    errorTitle: labels.validation.voteTitle,
    error: labels.validation.voteError,
  });
  d.highlight({ range: rangeRef(top, c.vote, bottom, c.vote), formula: `ISTEXT(${cellRef(top, c.vote)})`, highlight: "error" });
  // an incomplete unit's row is flagged as a whole: it has no rank yet
  d.highlight({ range: rangeRef(top, 0, bottom, c.total), formula: `$${cellRef(top, c.complete)}=0`, highlight: "missing" });

  return d.finish({
    columns: layout.keys.map((k, i) => ({ width: widthOf(SUMMARY_COLUMN_WIDTHS, k), hidden: i > lastVisible })),
    frozen: { rows: HEADER_ROW + 1, columns: 3 },
    print: { paper: "A4", orientation: "landscape", fitToWidth: true, titleRows: { from: HEADER_ROW, to: HEADER_ROW } },
  });
}
