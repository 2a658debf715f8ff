import { finding, type Finding } from "../domain/findings";
import { TARGET_STAGE } from "../domain/scoreBook";
import { cellRef } from "./a1";
import { fingerprint } from "./fingerprint";
import { META_SHEET, summaryLayout, unitLayout } from "./layout";
import { captureSealValues, sealIntact, sealStateOf, type SealedLayout, type SealRecord } from "./seal";
import type { WorkbookSnapshot } from "./snapshot";

/**
 * ERR_SEALED_CHANGED for every score, count and vote whose cell no longer holds what it held when the result was
 * sealed, naming the cell and both values; and once for a seal record that was edited (its digest no longer
 * matches, or it is not the seal the history and the mark name) or a rubric that is not the sealed one;
 * ERR_SEAL_REMOVED when the record is gone but the history or the mark says the workbook is sealed. No seal, no
 * finding.
 */
export function sealedChanges(contents: SealedLayout, snapshot: WorkbookSnapshot): Finding[] {
  const state = sealStateOf(snapshot);
  const record = state.current;
  const metaSource = { source: { sheet: META_SHEET } };
  if (state.removed) return [finding("ERR_SEAL_REMOVED", { by: state.removed.by, at: state.removed.at }, metaSource)];
  if (state.damaged || (record && !sealIntact(record))) {
    return [finding("ERR_SEALED_CHANGED", { reason: "record", by: record?.by ?? null, at: record?.at ?? null }, metaSource)];
  }
  if (!record) return [];
  const out: Finding[] = [];
  const who = { by: record.by, at: record.at };
  if (record.rubricSha256 !== fingerprint(contents.rubric)) out.push(finding("ERR_SEALED_CHANGED", { reason: "rubric", ...who }, metaSource));
  out.push(...changedCells(record, contents, snapshot));
  return out;
}

function changedCells(record: SealRecord, contents: SealedLayout, snapshot: WorkbookSnapshot): Finding[] {
  const now = captureSealValues(contents, snapshot);
  const layout = unitLayout(contents.rubric);
  const summary = summaryLayout(contents.rubric, contents.bloc.units.length);
  const unitNow = new Map(now.units.map((id, k) => [id, k]));
  const itemNow = new Map(now.items.map((id, j) => [id, j]));
  const stageNow = new Map(now.stages.map((s, i) => [s, i]));
  const who = { by: record.by, at: record.at };
  const out: Finding[] = [];
  record.units.forEach((unit, ku) => {
    const k = unitNow.get(unit);
    if (k === undefined) return;
    const sheet = contents.sheets.units[k];
    record.items.forEach((item, ji) => {
      const j = itemNow.get(item);
      if (j === undefined) return;
      record.stages.forEach((stage, si) => {
        const i = stageNow.get(stage);
        if (i === undefined) return;
        const before = record.values[ku]?.[ji]?.[si] ?? null;
        const after = now.values[k][j][i];
        if (before === after) return;
        // a measured criterion's target is sealed as the pseudo-stage "target", in its own column
        const target = stage === TARGET_STAGE;
        const cell = cellRef(layout.items[j].row, target ? layout.col.target : layout.col[`stage:${stage}`]);
        out.push(finding("ERR_SEALED_CHANGED", { sheet, cell, before, after, ...who }, { unit, item, stage: target ? undefined : stage, source: { sheet, cell } }));
      });
    });
    const before = record.votes[ku] ?? null;
    const after = now.votes[k];
    if (before !== after) {
      const cell = cellRef(summary.firstUnitRow + k, summary.col.vote);
      const sheet = contents.sheets.summary;
      out.push(finding("ERR_SEALED_CHANGED", { sheet, cell, before, after, ...who }, { unit, source: { sheet, cell } }));
    }
  });
  return out;
}
