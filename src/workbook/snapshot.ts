import type { CellScalar, SheetVisibility } from "./plan";

/** A cell as a host reads it: a constant, a formula's cached result (null when none), or an error such as #N/A. */
export type CellValue = CellScalar | { readonly error: string };

/** One sheet as 2-D blocks from A1 (0-based), the shape Office.js returns for a used range. */
export interface SheetSnapshot {
  readonly name: string;
  readonly visibility: SheetVisibility;
  /** as the file says; LibreOffice writes protection in a form some readers see as unprotected */
  readonly protected: boolean;
  readonly values: readonly (readonly CellValue[])[];
  /** formula text with its leading "=", null for a constant */
  readonly formulas: readonly (readonly (string | null)[])[];
}

/** What a snapshot reads besides values. */
export interface SnapshotOptions {
  /**
   * false: the reader needs values alone, so a host may leave formulas unread (each sheet's `formulas` is then []);
   * the values are the same either way. Default true.
   */
  readonly formulas?: boolean;
}

export interface WorkbookSnapshot {
  readonly sheets: readonly SheetSnapshot[];
}

/** One value to write into an input cell (0-based row and column). */
export interface CellWrite {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly value: CellScalar;
}

export function cellAt(sheet: SheetSnapshot, row: number, col: number): CellValue {
  return sheet.values[row]?.[col] ?? null;
}
