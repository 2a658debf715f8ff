import { finding, hasErrors, type Finding } from "../domain/findings";
import { buildScoreBook, type RawRow } from "../domain/scoreBook";
import type { Stage } from "../domain/types";
import type { WorkbookHost } from "../hosts/host";
import { cellRef } from "../workbook/a1";
import { fingerprint } from "../workbook/fingerprint";
import { entryCellValue, noteColumn, unitLayout } from "../workbook/layout";
import type { CellScalar } from "../workbook/plan";
import { readWorkbook, type WorkbookContents } from "../workbook/readWorkbook";
import { readUnitCopy, type UnitCopyContents } from "../workbook/readUnitCopy";
import { allCopyTokensOf, type CopyTokens } from "../workbook/copyTokens";
import { currentSeal } from "../workbook/seal";
import { cellAt, type CellWrite, type SheetSnapshot, type WorkbookSnapshot } from "../workbook/snapshot";
import { exitCodeFor, type ExitCode } from "./exitCodes";
import { COPY_STAGE } from "./splitWorkbook";

/** One cell a merge changes in the bloc's workbook: where, from which copy, the value before and after. */
export interface MergeChange {
  readonly copy: string;
  readonly unit: string;
  readonly item: string;
  readonly kind: "score" | "count" | "note";
  /** null for a note (one per item, whatever the stage) */
  readonly stage: Stage | null;
  readonly sheet: string;
  readonly cell: string;
  readonly row: number;
  readonly col: number;
  readonly before: CellScalar;
  readonly after: CellScalar;
}

export interface MergeCopy {
  /** the copy's file name, as findings and changes name it */
  readonly file: string;
  readonly host: WorkbookHost;
}

/** After each copy is read and checked: how many of how many, and the copy's file name. */
export type MergeProgress = (done: number, total: number, file: string) => void;

export interface MergeOutcome {
  readonly exit: ExitCode;
  readonly findings: readonly Finding[];
  /** what the merge changes (or changed): empty when anything was refused */
  readonly changes: readonly MergeChange[];
  readonly written: boolean;
}

function scalar(v: ReturnType<typeof cellAt>): CellScalar {
  return v !== null && typeof v === "object" ? v.error : v;
}

function named(findings: readonly Finding[], file: string): Finding[] {
  return findings.map((f) => (f.code === "ERR_NOT_UNIT_COPY" || f.code === "ERR_NOT_WORKBOOK" ? { ...f, params: { ...f.params, file } } : { ...f, source: { ...f.source, file } }));
}

async function snapshotOf(host: WorkbookHost, file: string, reason: string): Promise<{ ok: true; snapshot: WorkbookSnapshot } | { ok: false; findings: Finding[] }> {
  try {
    return { ok: true, snapshot: await host.snapshot() };
  } catch (e) {
    return { ok: false, findings: [finding("ERR_NOT_WORKBOOK", { reason, file, detail: (e as Error).message.slice(0, 200) })] };
  }
}

/**
 * Each copy read and checked against the bloc: same rubric, a known unit, one copy per unit, and the token split
 * gave that very unit. What the copy says of itself (unit, stage, sheet) is editable by whoever holds it; the token
 * is not guessable, so a copy is taken only for the unit whose token it carries. That token also proves the copy
 * came from this bloc's workbook, so the bloc may have changed since (a name or a unit fixed, a unit dropped, by a
 * regeneration that carried the tokens); a copy without a known token must be of the bloc exactly as it is.
 */
async function readCopies(contents: WorkbookContents, tokens: CopyTokens, copies: readonly MergeCopy[], onProgress?: MergeProgress): Promise<{ accepted: { file: string; copy: UnitCopyContents }[]; findings: Finding[] }> {
  const ownerOf = new Map([...tokens.current].map(([unit, token]) => [token, unit] as const));
  const retiredOwnerOf = new Map([...tokens.retired].map(([unit, token]) => [token, unit] as const));
  const rubricSha = fingerprint(contents.rubric);
  const blocSha = fingerprint(contents.bloc);
  const units = new Set(contents.bloc.units.map((u) => u.id));
  const seen = new Map<string, string>();
  const accepted: { file: string; copy: UnitCopyContents }[] = [];
  const findings: Finding[] = [];
  for (const [i, { file, host }] of copies.entries()) {
    if (i > 0) onProgress?.(i, copies.length, copies[i - 1].file);
    const snap = await snapshotOf(host, file, "xlsx");
    if (!snap.ok) {
      findings.push(...snap.findings);
      continue;
    }
    const read = readUnitCopy(snap.snapshot);
    if (!read.ok) {
      findings.push(...named(read.findings, file));
      continue;
    }
    const copy = read.value;
    const where = { unit: copy.unit.id, source: { file } };
    if (copy.stage !== COPY_STAGE) {
      // split opens only the self-score column: a copy claiming another stage was edited to reach the Board's columns
      findings.push(finding("ERR_NOT_UNIT_COPY", { file, reason: "stage", key: copy.stage }, where));
    } else if (copy.fingerprint.stored !== copy.fingerprint.actual || copy.fingerprint.stored !== rubricSha) {
      findings.push(finding("ERR_COPY_RUBRIC", { file, unit: copy.unit.id, stored: copy.fingerprint.stored, actual: copy.fingerprint.actual, expected: rubricSha }, where));
    } else if (copy.token !== null && ownerOf.has(copy.token)) {
      const owner = ownerOf.get(copy.token)!;
      if (owner !== copy.unit.id) findings.push(finding("ERR_COPY_RELABELLED", { file, claimed: copy.unit.id, owner }, where));
      else if (seen.has(owner)) findings.push(finding("ERR_COPY_DUPLICATE", { file, first: seen.get(owner)!, unit: owner }, where));
      else {
        seen.set(owner, file);
        accepted.push({ file, copy });
      }
    } else if (copy.token !== null && retiredOwnerOf.has(copy.token)) {
      findings.push(finding("ERR_COPY_UNIT_REMOVED", { file, unit: retiredOwnerOf.get(copy.token)! }, where));
    } else if (!units.has(copy.unit.id)) {
      findings.push(finding("ERR_UNKNOWN_UNIT", { value: copy.unit.id }, where));
    } else if (copy.bloc.sha256 !== blocSha) {
      findings.push(finding("ERR_COPY_FOREIGN", { file, bloc: `${copy.bloc.name} (${copy.bloc.year})`, expected: `${contents.bloc.name} (${contents.bloc.year})` }, where));
    } else if (tokens.current.size === 0 || copy.token === null) {
      // a workbook split, or a copy made, before split gave tokens: nothing proves which unit the copy is of
      findings.push(finding("ERR_COPY_NO_TOKEN", { file }, where));
    } else {
      findings.push(finding("ERR_COPY_TOKEN_UNKNOWN", { file }, where));
    }
  }
  if (copies.length > 0) onProgress?.(copies.length, copies.length, copies[copies.length - 1].file);
  return { accepted, findings };
}

/** The changes the accepted values and notes make, cell by cell, leaving out cells that already hold them. */
function changesOf(contents: WorkbookContents, byName: ReadonlyMap<string, SheetSnapshot>, accepted: readonly { file: string; copy: UnitCopyContents }[], values: ReadonlyMap<string, number | string>): MergeChange[] {
  const layout = unitLayout(contents.rubric);
  const rowOf = new Map(layout.items.map((it) => [it.id, it]));
  const out: MergeChange[] = [];
  for (const { file, copy } of accepted) {
    const k = contents.bloc.units.findIndex((u) => u.id === copy.unit.id);
    const sheetName = contents.sheets.units[k];
    const sheet = byName.get(sheetName);
    for (const item of layout.items) {
      const add = (kind: MergeChange["kind"], stage: Stage | null, col: number, after: CellScalar) => {
        const before = sheet ? scalar(cellAt(sheet, item.row, col)) : null;
        if (before !== after) out.push({ copy: file, unit: copy.unit.id, item: item.id, kind, stage, sheet: sheetName, cell: cellRef(item.row, col), row: item.row, col, before, after });
      };
      const value = values.get(`${copy.unit.id}\u0000${item.id}`);
      if (value !== undefined) add(rowOf.get(item.id)!.kind === "criterion" ? "score" : "count", COPY_STAGE, layout.col[`stage:${COPY_STAGE}`], value);
      const note = copy.notes.get(item.id);
      if (note) add("note", null, noteColumn(layout, COPY_STAGE), note.text);
    }
  }
  return out;
}

/**
 * `thidua merge`: the self-scores (and notes) of units' returned copies into the bloc's workbook, all or nothing.
 * A copy made from another rubric or bloc, of an unknown unit, a second copy of a unit, or a copy whose token is
 * not the one split gave the unit it claims (or that has none) is refused (exit 2);
 * a value that breaks the rubric's rules is a data error (exit 1); either way nothing is written. An empty cell
 * in a copy never clears a value in the workbook. With `write: false` the changes are only computed.
 */
export async function mergeCopies(host: WorkbookHost, file: string, copies: readonly MergeCopy[], options: { readonly write: boolean; readonly onProgress?: MergeProgress }): Promise<MergeOutcome> {
  const refused = (exit: ExitCode, findings: readonly Finding[]): MergeOutcome => ({ exit, findings, changes: [], written: false });
  const snap = await snapshotOf(host, file, "xlsx");
  if (!snap.ok) return refused(2, snap.findings);
  const read = readWorkbook(snap.snapshot);
  if (!read.ok) return refused(2, named(read.findings, file));
  const contents = read.value;
  const seal = currentSeal(snap.snapshot);
  if (seal) return refused(2, [finding("ERR_SEALED", { by: seal.by, at: seal.at, stage: seal.stage }, { source: { file } })]);

  const { accepted, findings } = await readCopies(contents, allCopyTokensOf(snap.snapshot), copies, options.onProgress);
  if (findings.length > 0) return refused(2, findings);
  const rows: RawRow[] = accepted.flatMap(({ file: f, copy }) => copy.rows.map((r) => ({ ...r, source: { ...r.source, file: f } })));
  const book = buildScoreBook(contents.rubric, contents.bloc, rows);
  if (hasErrors(book.findings)) return refused(exitCodeFor(book.findings), book.findings);
  const values = new Map(book.entries.map((e) => [`${e.unit}\u0000${e.item}`, entryCellValue(e.value)]));
  const byName = new Map(snap.snapshot.sheets.map((s) => [s.name, s]));
  const changes = changesOf(contents, byName, accepted, values);
  if (options.write && changes.length > 0) {
    const writes: CellWrite[] = changes.map((c) => ({ sheet: c.sheet, row: c.row, col: c.col, value: c.after }));
    await host.writeValues(writes);
  }
  return { exit: 0, findings: book.findings, changes, written: options.write && changes.length > 0 };
}
