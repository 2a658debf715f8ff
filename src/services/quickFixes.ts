import type { Finding } from "../domain/findings";
import type { WorkbookHost } from "../hosts/host";
import { parseCellRef } from "../workbook/a1";
import type { CellWrite } from "../workbook/snapshot";

/**
 * The one fix safe to make without asking what was meant: a number typed as text ("7,75") becomes that number,
 * in the cell the finding names. Anything else (above the maximum, off the step) needs a person to decide.
 */
export function quickFix(f: Finding): CellWrite | null {
  if (f.code !== "ERR_TEXT_NUMBER" || typeof f.params.fix !== "number") return null;
  const sheet = f.source?.sheet;
  const at = f.source?.cell ? parseCellRef(f.source.cell) : null;
  return sheet && at ? { sheet, row: at.row, col: at.col, value: f.params.fix } : null;
}

/** Writes the quick fixes of these findings; returns how many cells were written. */
export async function applyQuickFixes(host: WorkbookHost, findings: readonly Finding[]): Promise<number> {
  const writes = findings.map(quickFix).filter((w): w is CellWrite => w !== null);
  if (writes.length > 0) await host.writeValues(writes);
  return writes.length;
}
