import { finding, type Finding } from "../domain/findings";
import { cellRef } from "../workbook/a1";
import type { WorkbookPlan } from "../workbook/plan";
import type { CellWrite } from "../workbook/snapshot";

/**
 * Bounds on what an opened file may cost. A real 60-unit workbook holds ~100 000 cells in ~60 MB of XML; these
 * leave room for ten times that and keep a crafted file (a zip bomb, a cell at XFD1048576) far below 1 GB.
 */
export const FILE_LIMITS = {
  /** zip entries (a workbook has a few dozen plus one per sheet) */
  entries: 10_000,
  /** total inflated bytes of all entries */
  inflatedBytes: 256 * 1024 * 1024,
  /** cells holding a value or a formula, over all sheets read */
  cells: 2_000_000,
  /** rows × columns of one sheet's used area (its cells with a value or a formula) */
  sheetArea: 5_000_000,
  /** Excel's own limit on the characters of one cell */
  cellText: 32_767,
} as const;

/**
 * A file that breaks a bound or is damaged, as a finding in our own words (never the parser's text). The caller
 * adds the file's name; the CLI turns it into exit 2.
 */
export class FileProblemError extends Error {
  readonly finding: Finding;
  constructor(problem: Finding) {
    super(`${problem.code} ${JSON.stringify(problem.params)}`);
    this.name = "FileProblemError";
    this.finding = problem;
  }
}

export function isFileProblem(e: unknown): e is FileProblemError {
  return e instanceof FileProblemError;
}

/** The file is damaged: a zip structure, a checksum or an XML part that does not hold. */
export function damaged(reason: "zip" | "crc" | "xml" | "method", part: string | null = null): FileProblemError {
  return new FileProblemError(finding("ERR_FILE_DAMAGED", { reason, part }));
}

/** The file is larger than what is read: `limit` names the bound. */
export function overLimit(limit: "entries" | "inflated" | "cells" | "area", value: number, max: number, where: string | null = null, cell: string | null = null): FileProblemError {
  return new FileProblemError(finding("ERR_FILE_LIMIT", { limit, value, max, where, cell }));
}

/** Excel refuses a cell longer than 32 767 characters (and LibreOffice cuts it): refused before anything is written. */
function checkText(sheet: string, row: number, col: number, value: unknown): void {
  if (typeof value === "string" && value.length > FILE_LIMITS.cellText) {
    throw new FileProblemError(finding("ERR_CELL_TOO_LONG", { sheet, cell: cellRef(row, col), length: value.length, max: FILE_LIMITS.cellText }));
  }
}

/** @throws FileProblemError ERR_CELL_TOO_LONG for the first value a host must not write */
export function checkWrites(writes: readonly CellWrite[]): void {
  for (const w of writes) checkText(w.sheet, w.row, w.col, w.value);
}

/** @throws FileProblemError ERR_CELL_TOO_LONG for the first value of the plan a host must not write */
export function checkPlan(plan: WorkbookPlan): void {
  for (const s of plan.sheets) s.values.forEach((row, r) => row.forEach((v, c) => checkText(s.name, r, c, v)));
}
