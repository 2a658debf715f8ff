import type { Finding } from "../domain/findings";
import type { Bloc, Rubric } from "../domain/types";
import type { WorkbookHost } from "../hosts/host";
import type { Lang } from "../i18n/types";
import { buildTemplatePlan, sheetNamesFor } from "../workbook/buildTemplatePlan";
import { carryOver, type LostValue } from "../workbook/carryOver";
import { allCopyTokensOf, carryCopyTokens } from "../workbook/copyTokens";
import { META_SHEET } from "../workbook/layout";
import type { WorkbookPlan } from "../workbook/plan";
import { readWorkbook } from "../workbook/readWorkbook";
import type { CellWrite, WorkbookSnapshot } from "../workbook/snapshot";
import { takeBackup } from "./backup";

/** What regenerating would do, shown to the user before anything is written. */
export interface RegenerationPreview {
  readonly plan: WorkbookPlan;
  /** the workbook already held a Thi đua bloc whose inputs are carried over */
  readonly existing: boolean;
  readonly keep: readonly CellWrite[];
  /** scores, counts and votes with no place in the new layout */
  readonly lost: readonly LostValue[];
  /** the user's own sheets whose names the new workbook takes */
  readonly replacedForeign: readonly string[];
  /** the add-in's sheets of units no longer in the bloc */
  readonly removed: readonly string[];
  /** units that left the bloc after split gave them a token: merge will refuse the copies they were sent */
  readonly retiredCopies: readonly string[];
  readonly findings: readonly Finding[];
  /** internal: what the preview was computed from */
  readonly snapshot: WorkbookSnapshot;
}

export function needsConfirmation(p: RegenerationPreview): boolean {
  return p.lost.length > 0 || p.replacedForeign.length > 0 || p.removed.length > 0;
}

/**
 * Computes a (re)generation over the open workbook without writing: every score whose unit and criterion
 * still exist is kept at its new place; the rest is listed.
 */
export async function previewRegeneration(host: WorkbookHost, rubric: Rubric, bloc: Bloc, lang: Lang = "vi"): Promise<RegenerationPreview> {
  const snapshot = await host.snapshot();
  // the copies already sent to the units must still merge into the rebuilt workbook: their tokens are carried
  const oldTokens = allCopyTokensOf(snapshot);
  const copyTokens = carryCopyTokens(bloc, oldTokens);
  const retiredCopies = [...oldTokens.current.keys()].filter((unit) => copyTokens.retired.has(unit));
  const plan = buildTemplatePlan(rubric, bloc, { lang, copyTokens });
  const newNames = plan.sheets.map((s) => s.name);
  const present = new Set(snapshot.sheets.map((s) => s.name));
  // a workbook of an earlier format is read too: regenerating is how its inputs move into the new layout
  const old = readWorkbook(snapshot, { legacy: true });
  if (!old.ok) {
    // no bloc in this workbook yet (or not one we can read): nothing to carry over
    const replacedForeign = newNames.filter((n) => present.has(n));
    return { plan, existing: false, keep: [], lost: [], replacedForeign, removed: [], retiredCopies, findings: present.has(META_SHEET) ? old.findings : [], snapshot };
  }
  const oldOwn = new Set([old.value.sheets.rubric, old.value.sheets.summary, ...old.value.sheets.units, META_SHEET]);
  const carried = carryOver(old.value, rubric, bloc, sheetNamesFor(bloc, lang));
  return {
    plan,
    existing: true,
    keep: carried.writes,
    lost: carried.lost,
    replacedForeign: newNames.filter((n) => present.has(n) && !oldOwn.has(n)),
    removed: [...oldOwn].filter((n) => present.has(n) && !newNames.includes(n)),
    retiredCopies,
    findings: old.findings,
    snapshot,
  };
}

export type RegenerationResult = { readonly done: true; readonly kept: number } | { readonly done: false; readonly reason: "confirm" };

/**
 * Writes a previewed regeneration: a hidden backup of every sheet it replaces or removes first (one action
 * restores it), then the new sheets, the kept inputs, and the removal of sheets of units that left the bloc.
 * Refuses, writing nothing, when the preview lists losses the user has not confirmed.
 */
export async function applyRegeneration(host: WorkbookHost, preview: RegenerationPreview, options: { confirmed: boolean; now: Date; reason: string }): Promise<RegenerationResult> {
  if (needsConfirmation(preview) && !options.confirmed) return { done: false, reason: "confirm" };
  const newNames = preview.plan.sheets.map((s) => s.name);
  const present = new Set(preview.snapshot.sheets.map((s) => s.name));
  const affected = [...newNames.filter((n) => present.has(n)), ...preview.removed];
  if (affected.length > 0) await takeBackup(host, preview.snapshot, affected, newNames.filter((n) => !present.has(n)), options.reason, options.now);
  await host.applyPlan(preview.plan);
  await host.writeValues(preview.keep);
  await host.removeSheets(preview.removed);
  return { done: true, kept: preview.keep.length };
}
