import type { WorkbookHost } from "../hosts/host";
import { backupPlanSheets, BACKUP_INDEX, BACKUP_PREFIX, plainPlanSheet, readBackupIndex, restoredSheets } from "../workbook/backupSheets";
import { buildTemplatePlan } from "../workbook/buildTemplatePlan";
import { carryOver } from "../workbook/carryOver";
import { allCopyTokensOf, carryCopyTokens, type CopyTokens } from "../workbook/copyTokens";
import { BASE_FONT, HIGHLIGHTS, STYLES } from "../workbook/formats";
import type { PlanSheet, WorkbookPlan } from "../workbook/plan";
import { META_SHEET } from "../workbook/layout";
import { readWorkbook } from "../workbook/readWorkbook";
import { carriedSealWrites } from "../workbook/seal";
import type { SheetSnapshot, WorkbookSnapshot } from "../workbook/snapshot";

export function sheetsPlan(sheets: readonly PlanSheet[]): WorkbookPlan {
  return { sheets, font: BASE_FONT, styles: STYLES, highlights: HIGHLIGHTS, names: [] };
}

/**
 * Before a destructive operation: hidden copies of the sheets it will replace or delete, replacing any earlier
 * backup. `absent` names sheets the operation will create, which a restore removes again.
 */
export async function takeBackup(host: WorkbookHost, snapshot: WorkbookSnapshot, affected: readonly string[], absent: readonly string[], reason: string, now: Date): Promise<void> {
  const sheets = snapshot.sheets.filter((s) => affected.includes(s.name));
  const stale = snapshot.sheets.filter((s) => s.name === BACKUP_INDEX || s.name.startsWith(BACKUP_PREFIX)).map((s) => s.name);
  await host.removeSheets(stale);
  await host.applyPlan(sheetsPlan(backupPlanSheets(sheets, absent, reason, now.toISOString())));
}

export interface RestoreOutcome {
  readonly restored: readonly string[];
  readonly removed: readonly string[];
  readonly takenAt: string | null;
}

/**
 * One action puts the backed-up sheets back. The add-in's own sheets are rebuilt from the rubric and bloc they
 * held, with every input value, the seal and its history written back, so formulas, checks and protection come back too; any other
 * sheet comes back with its values and formulas. Sheets the operation had added are removed.
 */
export async function restoreBackup(host: WorkbookHost): Promise<RestoreOutcome> {
  const snapshot = await host.snapshot();
  const index = readBackupIndex(snapshot);
  if (!index) return { restored: [], removed: [], takenAt: null };
  const sheets = restoredSheets(index, snapshot);
  const rebuilt = rebuildThiDua(sheets, allCopyTokensOf(snapshot));
  const plain = sheets.filter((s) => !rebuilt.names.includes(s.name)).map(plainPlanSheet);
  const removed = index.absent.filter((n) => snapshot.sheets.some((s) => s.name === n) && !sheets.some((s) => s.name === n));
  await host.removeSheets(removed);
  if (rebuilt.plan) {
    await host.applyPlan(rebuilt.plan);
    // the plan's meta sheet is a new one: the seal the backed-up one held (or its history) is written back into it
    const backedUpMeta = sheets.find((s) => s.name === META_SHEET)?.values ?? [];
    const meta = (await host.snapshot([META_SHEET])).sheets.find((s) => s.name === META_SHEET)?.values ?? [];
    await host.writeValues([...rebuilt.writes, ...carriedSealWrites(backedUpMeta, meta)]);
  }
  if (plain.length > 0) await host.applyPlan(sheetsPlan(plain));
  return { restored: sheets.map((s) => s.name), removed, takenAt: index.takenAt };
}

/**
 * The add-in's sheets rebuilt from the backed-up ones. The copy tokens of both the backup and the workbook as it is
 * now (a split after the operation may have given some) are carried: a copy sent out before or since still merges.
 */
function rebuildThiDua(sheets: readonly SheetSnapshot[], now: CopyTokens) {
  const read = readWorkbook({ sheets });
  if (!read.ok) return { plan: null, writes: [], names: [] as string[] };
  const { rubric, bloc } = read.value;
  const copyTokens = carryCopyTokens(bloc, allCopyTokensOf({ sheets }), now);
  for (const lang of ["vi", "en"] as const) {
    const plan = buildTemplatePlan(rubric, bloc, { lang, copyTokens });
    const names = plan.sheets.map((s) => s.name);
    if (names.every((n) => sheets.some((s) => s.name === n))) {
      return { plan, writes: carryOver(read.value, rubric, bloc, read.value.sheets).writes, names };
    }
  }
  return { plan: null, writes: [], names: [] as string[] };
}
