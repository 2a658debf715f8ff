import { finding, type Finding } from "../../domain/findings";
import { diffRubrics, type RubricChange } from "../../domain/rubricDiff";
import { parseRubric } from "../../domain/rubricRules";
import type { Rubric } from "../../domain/types";
import { cellRef } from "../a1";
import { fingerprint } from "../fingerprint";
import { META_SHEET } from "../layout";
import type { RubricCell } from "./checkRubricCells";
import type { StoredWorkbook } from "./storedWorkbook";

export interface RubricIntegrity {
  /** the rubric every other check uses: the stored one, or the original it was edited from when that is known */
  readonly reference: Rubric;
  /** false when the stored rubric was edited and its original is unknown: the sheets can't be judged against it */
  readonly trusted: boolean;
  readonly findings: readonly Finding[];
}

/** The stored rubric JSON sits in row 2 of the meta sheet, from column B. */
const STORED_RUBRIC_CELL = cellRef(1, 1);

function changeFinding(c: RubricChange, origin: "fingerprint" | "agreed", where: Omit<Finding, "code" | "severity" | "params">, file?: string): Finding {
  const item = c.kind === "criterion" || c.kind === "bonus" || c.kind === "deduction" ? c.id : undefined;
  return finding("ERR_RUBRIC_CHANGED", { origin, kind: c.kind, id: c.id, field: c.field, before: c.before, after: c.after, file: file ?? null }, { item, ...where });
}

/**
 * ERR_RUBRIC_CHANGED for a stored rubric that no longer matches its stored fingerprint, and for every difference
 * from the rubric the bloc registered (AGREED.json). An edited stored rubric is compared with the candidates for
 * its original (the registered rubric, the rubric as the rubric sheet shows it, read from the sheet only then): the
 * one whose fingerprint is the stored one names exactly what was edited, and becomes the reference for every other
 * check.
 */
export function rubricIntegrity(
  stored: StoredWorkbook,
  shown: () => Rubric | null,
  agreed: { readonly rubric: Rubric; readonly file: string } | undefined,
  rubricSheet: string,
  rubricCells: readonly RubricCell[],
): RubricIntegrity {
  const findings: Finding[] = [];
  let reference = stored.rubric;
  let trusted = stored.fingerprint.stored === stored.fingerprint.actual;
  if (!trusted) {
    const meta = { source: { sheet: META_SHEET, cell: STORED_RUBRIC_CELL } };
    const original = [agreed?.rubric, shown()].find((r): r is Rubric => r !== undefined && r !== null && fingerprint(r) === stored.fingerprint.stored);
    const parsed = original ? parseRubric(JSON.parse(JSON.stringify(original))) : undefined;
    if (original && parsed?.ok) {
      findings.push(...diffRubrics(original, stored.rubric).map((c) => changeFinding(c, "fingerprint", meta)));
      reference = parsed.value;
      trusted = true;
    } else findings.push(finding("ERR_RUBRIC_CHANGED", { origin: "fingerprint", field: null }, meta));
  }
  if (agreed) {
    // point at the rubric sheet's cell for the field when it shows one
    const cellOf = (c: RubricChange) => rubricCells.find((r) => r.kind === c.kind && r.id === c.id && r.field === c.field);
    for (const c of diffRubrics(agreed.rubric, reference)) {
      const cell = cellOf(c);
      findings.push(changeFinding(c, "agreed", cell ? { source: { sheet: rubricSheet, cell: cellRef(cell.row, cell.col) } } : {}, agreed.file));
    }
  }
  return { reference, trusted, findings };
}
