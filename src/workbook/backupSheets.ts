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
  /** copies hold formulas as text (see inertCell); absent in backups written before */
  readonly inert?: boolean;
}

function cellScalar(v: CellValue): CellScalar {
  return v !== null && typeof v === "object" ? v.error : v;
}

function plainSheet(name: string, visibility: SheetVisibility, values: readonly (readonly CellScalar[])[], formulas: readonly (readonly (string | null)[])[]): PlanSheet {
  return { name, visibility, values, formulas, columns: [], rowHeights: [], formats: [], merges: [], validations: [], conditionalFormats: [], protect: false };
}

/**
 * A copy keeps a formula as its text, not as a live formula: in Excel a formula binds to the sheets it names,
 * and the originals are about to be replaced, which would leave the copy full of #REF!. A constant that starts
 * with "=" or a backslash gets a backslash in front, so the two can't be confused on restore.
 */
function inertCell(value: CellScalar, formula: string | null | undefined): CellScalar {
  if (formula) return formula;
  return typeof value === "string" && (value.startsWith("=") || value.startsWith("\\")) ? `\\${value}` : value;
}

function liveSheet(copy: SheetSnapshot): SheetSnapshot {
  const values = copy.values.map((row) => row.map((v) => (typeof v === "string" && v.startsWith("=") ? null : typeof v === "string" && v.startsWith("\\") ? v.slice(1) : v)));
  const formulas = copy.values.map((row) => row.map((v) => (typeof v === "string" && v.startsWith("=") ? v : null)));
  return { ...copy, values, formulas };
}

/**
 * Hidden copies (values, and formulas as text) of the sheets an operation is about to replace, and an index
 * naming them, as plan sheets: the backup is written by the same applyPlan as everything else.
 */
export function backupPlanSheets(sheets: readonly SheetSnapshot[], absent: readonly string[], reason: string, takenAt: string): PlanSheet[] {
  const entries: BackupEntry[] = sheets.map((s, i) => ({ original: s.name, copy: `${BACKUP_PREFIX}${i + 1}`, visibility: s.visibility }));
  const copies = sheets.map((s, i) =>
    plainSheet(
      entries[i].copy,
      "hidden",
      s.values.map((row, r) => row.map((v, c) => inertCell(cellScalar(v), s.formulas[r]?.[c]))),
      s.values.map((row) => row.map(() => null)),
    ),
  );
  const index: BackupIndex = { takenAt, reason, entries, absent, inert: true };
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
    if (!copy) return [];
    return [{ ...(index.inert ? liveSheet(copy) : copy), name: e.original, visibility: e.visibility }];
  });
}

export function plainPlanSheet(s: SheetSnapshot): PlanSheet {
  return plainSheet(s.name, s.visibility, s.values.map((row) => row.map(cellScalar)), s.formulas);
}
