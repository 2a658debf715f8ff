import { finding, type Finding } from "../domain/findings";
import type { Stage, Unit } from "../domain/types";
import type { WorkbookHost } from "../hosts/host";
import type { Lang } from "../i18n/types";
import { buildUnitCopyPlan } from "../workbook/unitCopy";
import type { ExitCode } from "./exitCodes";
import { readContents } from "./openWorkbook";

/** The stage a unit scores itself at: the only column open in its copy. */
export const COPY_STAGE: Stage = "self";

export interface SplitOutcome<H> {
  readonly exit: ExitCode;
  readonly findings: readonly Finding[];
  /** one per unit, bloc order (empty when anything was refused) */
  readonly copies: readonly { readonly unit: Unit; readonly host: H }[];
}

/**
 * `thidua split`: one workbook per unit, made through `createHost`, holding that unit's sheet (its values so far,
 * only the self-score column open) and what `merge` needs to take it back.
 */
export async function splitWorkbook<H extends WorkbookHost>(host: WorkbookHost, file: string, createHost: () => H, options: { readonly lang?: Lang } = {}): Promise<SplitOutcome<H>> {
  const read = await readContents(host, file);
  if (!read.ok) return { exit: 2, findings: read.findings, copies: [] };
  const { rubric, bloc, sheets, rows, notes: texts } = read.value;
  if (!rubric.stages.includes(COPY_STAGE)) {
    return { exit: 2, findings: [finding("ERR_STAGE_NOT_IN_RUBRIC", { value: COPY_STAGE, stages: [...rubric.stages] })], copies: [] };
  }
  const copies: { unit: Unit; host: H }[] = [];
  for (const [k, unit] of bloc.units.entries()) {
    const existing = rows.filter((r) => r.unit === unit.id);
    // the copy carries the unit's own evidence (its stage's notes), also beside a cell still empty
    const notes = new Map(texts.filter((n) => n.unit === unit.id && n.stage === COPY_STAGE).map((n) => [n.item, n.text] as const));
    const plan = buildUnitCopyPlan({ rubric, bloc, unit, sheet: sheets.units[k], stage: COPY_STAGE, existing, notes, lang: options.lang });
    const copy = createHost();
    await copy.applyPlan(plan);
    copies.push({ unit, host: copy });
  }
  return { exit: 0, findings: read.findings.filter((f) => f.severity === "warning"), copies };
}
