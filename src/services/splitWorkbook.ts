import { finding, type Finding } from "../domain/findings";
import type { Stage, Unit } from "../domain/types";
import type { WorkbookHost } from "../hosts/host";
import type { Lang } from "../i18n/types";
import { copyTokenWrites, copyTokensOf } from "../workbook/copyTokens";
import { buildUnitCopyPlan } from "../workbook/unitCopy";
import type { ExitCode } from "./exitCodes";
import { readContents } from "./openWorkbook";
import { META_SHEET } from "../workbook/layout";

/** The stage a unit scores itself at: the only column open in its copy. */
export const COPY_STAGE: Stage = "self";

export interface SplitOutcome<H> {
  readonly exit: ExitCode;
  readonly findings: readonly Finding[];
  /** one per unit asked for (every unit unless `units` is given), bloc order (empty when anything was refused) */
  readonly copies: readonly { readonly unit: Unit; readonly host: H }[];
  /** units given a token by this split: the bloc's workbook was written and must be saved before the copies go out */
  readonly newTokens: number;
}

/** Fills `bytes` with random bytes; the Web Crypto API, which both Node and the browser (the pane) have. */
export type RandomBytes = (bytes: Uint8Array<ArrayBuffer>) => Uint8Array;

const webCrypto: RandomBytes = (bytes) => globalThis.crypto.getRandomValues(bytes);

function newToken(random: RandomBytes): string {
  return Array.from(random(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * `thidua split`: one workbook per unit, made through `createHost`, holding that unit's sheet (its values so far,
 * only the self-score column open) and what `merge` needs to take it back, its token included. A unit that has
 * no token yet gets one, written into the bloc's workbook (`newTokens`); a unit split before keeps its token, so
 * a copy already sent out stays good.
 */
export async function splitWorkbook<H extends WorkbookHost>(
  host: WorkbookHost,
  file: string,
  createHost: () => H,
  options: {
    readonly lang?: Lang;
    readonly random?: RandomBytes;
    /** only these units' copies (the pane's "this unit's copy"); every unit still gets its token */
    readonly units?: readonly string[];
    /** after each copy is made, with its unit's name */
    readonly onProgress?: (done: number, total: number, unit: string) => void;
  } = {},
): Promise<SplitOutcome<H>> {
  const read = await readContents(host, file);
  if (!read.ok) return { exit: 2, findings: read.findings, copies: [], newTokens: 0 };
  const { rubric, bloc, sheets, rows, notes: texts } = read.value;
  if (!rubric.stages.includes(COPY_STAGE)) {
    return { exit: 2, findings: [finding("ERR_STAGE_NOT_IN_RUBRIC", { value: COPY_STAGE, stages: [...rubric.stages] })], copies: [], newTokens: 0 };
  }
  const snapshot = await host.snapshot([META_SHEET]);
  const tokens = new Map(copyTokensOf(snapshot));
  const missing = bloc.units.filter((u) => !tokens.has(u.id));
  for (const unit of missing) tokens.set(unit.id, newToken(options.random ?? webCrypto));
  // only the units of the bloc as it stands: a unit that left takes its token with it
  const kept = new Map(bloc.units.map((u) => [u.id, tokens.get(u.id)!] as const));
  if (missing.length > 0) await host.writeValues(copyTokenWrites(snapshot, kept));
  const copies: { unit: Unit; host: H }[] = [];
  const wanted = options.units ? new Set(options.units) : null;
  const total = wanted ? bloc.units.filter((u) => wanted.has(u.id)).length : bloc.units.length;
  for (const [k, unit] of bloc.units.entries()) {
    if (wanted && !wanted.has(unit.id)) continue;
    const existing = rows.filter((r) => r.unit === unit.id);
    // the copy carries the unit's own evidence (its stage's notes), also beside a cell still empty
    const notes = new Map(texts.filter((n) => n.unit === unit.id && n.stage === COPY_STAGE).map((n) => [n.item, n.text] as const));
    const plan = buildUnitCopyPlan({ rubric, bloc, unit, sheet: sheets.units[k], stage: COPY_STAGE, existing, notes, token: kept.get(unit.id)!, lang: options.lang });
    const copy = createHost();
    await copy.applyPlan(plan);
    copies.push({ unit, host: copy });
    options.onProgress?.(copies.length, total, unit.name);
  }
  return { exit: 0, findings: read.findings.filter((f) => f.severity === "warning"), copies, newTokens: missing.length };
}
