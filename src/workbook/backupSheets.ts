import type { CellScalar, PlanSheet, SheetVisibility } from "./plan";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "./snapshot";

/** The hidden sheet listing what the last backup holds; its copies are BACKUP_PREFIX + index. */
export const BACKUP_INDEX = "_thidua_backup";
export const BACKUP_PREFIX = "_thidua_bk";

export interface BackupEntry {
  readonly original: string;
  readonly copy: string;
  readonly visibility: SheetVisibility;
}

export interface BackupIndex {
  readonly takenAt: string;
  readonly reason: string;
  readonly entries: readonly BackupEntry[];
  /** sheets that did not exist when the backup was taken: a restore removes them */
  readonly absent: readonly string[];
}

function cellScalar(v: CellValue): CellScalar {
  return v !== null && typeof v === "object" ? v.error : v;
}

function plainSheet(name: string, visibility: SheetVisibility, values: readonly (readonly CellScalar[])[], formulas: readonly (readonly (string | null)[])[]): PlanSheet {
  return { name, visibility, values, formulas, columns: [], rowHeights: [], formats: [], merges: [], validations: [], conditionalFormats: [], protect: false };
}

/**
 * Hidden copies (values and formulas) of the sheets an operation is about to replace, and an index naming
 * them, as plan sheets: the backup is written by the same applyPlan as everything else.
 */
export function backupPlanSheets(sheets: readonly SheetSnapshot[], absent: readonly string[], reason: string, takenAt: string): PlanSheet[] {
  const entries: BackupEntry[] = sheets.map((s, i) => ({ original: s.name, copy: `${BACKUP_PREFIX}${i + 1}`, visibility: s.visibility }));
  const copies = sheets.map((s, i) =>
    plainSheet(
      entries[i].copy,
      "hidden",
      s.values.map((row) => row.map(cellScalar)),
      s.formulas,
    ),
  );
  const index: BackupIndex = { takenAt, reason, entries, absent };
  const json = JSON.stringify(index);
  const chunks = json.match(/[\s\S]{1,30000}/g) ?? [""];
  return [...copies, plainSheet(BACKUP_INDEX, "hidden", [["thidua-backup", ...chunks]], [[null, ...chunks.map(() => null)]])];
}

export function readBackupIndex(snapshot: WorkbookSnapshot): BackupIndex | null {
  const sheet = snapshot.sheets.find((s) => s.name === BACKUP_INDEX);
  const row = sheet?.values[0];
  if (!row || row[0] !== "thidua-backup") return null;
  try {
    const index = JSON.parse(row.slice(1).map((c) => (typeof c === "string" ? c : "")).join("")) as BackupIndex;
    return Array.isArray(index.entries) ? index : null;
  } catch {
    return null;
  }
}

/** The backed-up sheets under their original names, as they were (values, formulas, visibility). */
export function restoredSheets(index: BackupIndex, snapshot: WorkbookSnapshot): SheetSnapshot[] {
  const byName = new Map(snapshot.sheets.map((s) => [s.name, s]));
  return index.entries.flatMap((e) => {
    const copy = byName.get(e.copy);
    return copy ? [{ ...copy, name: e.original, visibility: e.visibility }] : [];
  });
}

export function plainPlanSheet(s: SheetSnapshot): PlanSheet {
  return plainSheet(s.name, s.visibility, s.values.map((row) => row.map(cellScalar)), s.formulas);
}
