import { finding, type Finding } from "../domain/findings";
import type { StageChoice } from "../domain/types";
import type { WorkbookHost } from "../hosts/host";
import { readWorkbook, type WorkbookContents } from "../workbook/readWorkbook";
import { captureSealValues, makeSeal, sealStateOf, sealWrites, type SealEvent, type SealRecord } from "../workbook/seal";
import type { WorkbookSnapshot } from "../workbook/snapshot";
import type { ExitCode } from "./exitCodes";
import { checkSnapshot } from "./validateWorkbook";
import { unreadable } from "./openWorkbook";

export interface SealOutcome {
  readonly exit: ExitCode;
  readonly findings: readonly Finding[];
  /** the seal written (seal), or the one lifted (unseal) */
  readonly seal?: SealRecord;
}

type Opened = { ok: true; snapshot: WorkbookSnapshot; contents: WorkbookContents; findings: readonly Finding[] } | { ok: false; outcome: SealOutcome };

async function open(host: WorkbookHost, file: string): Promise<Opened> {
  let snapshot: WorkbookSnapshot;
  try {
    snapshot = await host.snapshot();
  } catch (e) {
    return { ok: false, outcome: { exit: 2, findings: [unreadable(e, file)] } };
  }
  const read = readWorkbook(snapshot);
  if (!read.ok) return { ok: false, outcome: { exit: 2, findings: read.findings.map((f) => (f.code === "ERR_NOT_WORKBOOK" ? { ...f, params: { ...f.params, file } } : f)) } };
  return { ok: true, snapshot, contents: read.value, findings: read.findings };
}

/**
 * `thidua seal`: records who sealed the result, when, at which stage, and every score, count and vote as they
 * are, once validation finds no error. A sealed workbook is sealed again only after an explicit unseal.
 */
export async function sealWorkbook(host: WorkbookHost, file: string, who: { readonly by: string; readonly stage: StageChoice; readonly now: Date }): Promise<SealOutcome> {
  const opened = await open(host, file);
  if (!opened.ok) return opened.outcome;
  const state = sealStateOf(opened.snapshot);
  if (state.current) return { exit: 2, findings: [finding("ERR_SEALED", { by: state.current.by, at: state.current.at, stage: state.current.stage })] };
  if (opened.contents.rubric.stages.every((s) => s !== who.stage) && who.stage !== "final") {
    return { exit: 2, findings: [finding("ERR_STAGE_NOT_IN_RUBRIC", { value: who.stage, stages: [...opened.contents.rubric.stages] }, { path: ["--stage"] })] };
  }
  // the precondition is validate's whole verdict, the seal check included (nothing changed since an earlier seal)
  const check = checkSnapshot(opened.snapshot, file, { stage: who.stage });
  const findings = check.findings;
  if (!check.ok) return { exit: check.exit === 2 ? 2 : 1, findings };
  const seal = makeSeal(captureSealValues(opened.contents, opened.snapshot), { by: who.by, at: who.now.toISOString(), stage: who.stage });
  const event: SealEvent = { action: "seal", by: seal.by, at: seal.at, stage: seal.stage, digest: seal.digest };
  await host.writeValues(sealWrites(opened.snapshot, seal, [...state.log, event]));
  return { exit: 0, findings, seal };
}

/** `thidua unseal`: lifts the seal, keeping who did it, when and why in the history next to every earlier seal. */
export async function unsealWorkbook(host: WorkbookHost, file: string, who: { readonly by: string; readonly reason: string; readonly now: Date }): Promise<SealOutcome> {
  const opened = await open(host, file);
  if (!opened.ok) return opened.outcome;
  const state = sealStateOf(opened.snapshot);
  if (!state.current && !state.damaged) return { exit: 2, findings: [finding("ERR_NOT_SEALED")] };
  const event: SealEvent = { action: "unseal", by: who.by, at: who.now.toISOString(), reason: who.reason, ...(state.current ? { stage: state.current.stage, digest: state.current.digest } : {}) };
  await host.writeValues(sealWrites(opened.snapshot, null, [...state.log, event]));
  return { exit: 0, findings: [], seal: state.current ?? undefined };
}
