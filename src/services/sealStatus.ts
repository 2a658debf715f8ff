import type { Stage } from "../domain/types";
import type { WorkbookHost } from "../hosts/host";
import { readStoredWorkbook } from "../workbook/check/storedWorkbook";
import { META_SHEET } from "../workbook/layout";
import { sealStateOf, type SealEvent } from "../workbook/seal";

export interface SealStatus {
  /** false when the workbook is no Thi đua workbook (its meta sheet is missing or unreadable) */
  readonly workbook: boolean;
  readonly sealed: { readonly by: string; readonly at: string; readonly stage: string } | null;
  readonly damaged: boolean;
  readonly log: readonly SealEvent[];
  /** the rubric's stages, for choosing the one a seal settles */
  readonly stages: readonly Stage[];
}

/** The seal's state from the meta sheet alone (one snapshot of one sheet), for the banner every view shows. */
export async function sealStatus(host: WorkbookHost): Promise<SealStatus> {
  const snapshot = await host.snapshot([META_SHEET]);
  const stored = readStoredWorkbook(snapshot);
  const state = sealStateOf(snapshot);
  const current = state.current;
  return {
    workbook: stored.ok,
    sealed: current ? { by: current.by, at: current.at, stage: current.stage } : null,
    damaged: state.damaged,
    log: state.log,
    stages: stored.ok ? stored.value.rubric.stages : [],
  };
}
