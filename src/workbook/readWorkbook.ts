import { finding, type Finding, type Result } from "../domain/findings";
import { leafCriteria } from "../domain/rubricTree";
import { TARGET_STAGE, type RawRow } from "../domain/scoreBook";
import type { Bloc, Rubric } from "../domain/types";
import { parseDecimalText, type RawValue } from "../domain/values";
import { cellRef, columnLetters } from "./a1";
import { FORMAT_VERSION, noteColumn, noteKind, summaryLayout, unitLayout, type NoteKind } from "./layout";
import { readStoredWorkbook } from "./check/storedWorkbook";
import type { SheetNames } from "./metaSheet";
import { cellAt, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from "./snapshot";

export interface WorkbookContents {
  /** the agreed rubric and the bloc, as stored in the very hidden sheet */
  readonly rubric: Rubric;
  readonly bloc: Bloc;
  readonly sheets: SheetNames;
  /** every non-empty input cell, with the cell it came from */
  readonly rows: readonly RawRow[];
  /**
   * every non-empty evidence and reason cell, with the cell it came from — also those beside an empty stage cell
   * (a row's `note` holds the same text only when the stage has a value)
   */
  readonly notes: readonly NoteText[];
  /** the "Biểu quyết" column: unit id → number */
  readonly votes: ReadonlyMap<string, number>;
  /** the fingerprint stored at generation and the one of the stored rubric now (they differ if it was edited) */
  readonly fingerprint: { readonly stored: string; readonly actual: string };
}

/** A free-text cell of an item row: the unit's evidence (first stage) or a later stage's reason (lý do). */
export interface NoteText {
  readonly unit: string;
  readonly item: string;
  readonly stage: string;
  readonly kind: NoteKind;
  readonly text: string;
  readonly source: { readonly sheet: string; readonly cell: string };
}

/** A cell as the engine's raw value: errors (#N/A…) become their text, which the checks reject as not a number. */
export function rawValue(v: CellValue): RawValue {
  if (v !== null && typeof v === "object") return v.error;
  return v;
}

/**
 * Reads a workbook snapshot back into domain objects: the stored rubric and bloc, then every input value at the
 * position the layout gives it. Values are not checked here (the score book does that, with each cell as the
 * source). A workbook that is not ours, or whose layout moved, is an input error: nothing is guessed.
 */
export function readWorkbook(snapshot: WorkbookSnapshot, options: { readonly legacy?: boolean } = {}): Result<WorkbookContents> {
  const stored = readStoredWorkbook(snapshot, options);
  if (!stored.ok) return stored;
  const { rubric, bloc, sheets } = stored.value;
  const byName = new Map(snapshot.sheets.map((s) => [s.name, s]));

  // the stored rubric's own warnings (a section cap that binds) belong in every report made from it
  const findings: Finding[] = [...stored.value.findings];
  const notes: NoteText[] = [];
  const rows = readUnitSheets(rubric, bloc, sheets, byName, findings, notes, stored.value.version < FORMAT_VERSION);
  const votes = readVotes(rubric, bloc, byName.get(sheets.summary), sheets.summary, findings);
  if (findings.some((f) => f.code === "ERR_LAYOUT")) return { ok: false, findings };
  return {
    ok: true,
    value: {
      rubric,
      bloc,
      sheets,
      rows,
      notes,
      votes,
      fingerprint: stored.value.fingerprint,
    },
    findings,
  };
}

function text(v: CellValue): string {
  return v === null ? "" : typeof v === "object" ? v.error : String(v);
}

/** The id column must still hold the id the layout put there, or every value would be read from the wrong row. */
function checkId(sheet: SheetSnapshot, row: number, col: number, expected: string, unit: string, findings: Finding[]): boolean {
  const found = text(cellAt(sheet, row, col)).trim();
  if (found === expected) return true;
  findings.push(finding("ERR_LAYOUT", { sheet: sheet.name, cell: cellRef(row, col), expected, found }, { unit, source: { sheet: sheet.name, cell: cellRef(row, col) } }));
  return false;
}

/**
 * Every input value of the unit sheets; a missing sheet or a moved row is ERR_LAYOUT and the rest of that sheet is
 * not read. A value's `note` is the free text that goes with its stage: the evidence at the first stage, the
 * stage's reason at a later one. Every non-empty evidence and reason cell also goes into `notes` when given.
 */
export function readUnitSheets(rubric: Rubric, bloc: Bloc, sheets: SheetNames, byName: ReadonlyMap<string, SheetSnapshot>, findings: Finding[], notes?: NoteText[], formatOne = false): RawRow[] {
  const layout = unitLayout(rubric);
  const measured = new Set(leafCriteria(rubric).filter((c) => c.measure !== undefined).map((c) => c.id));
  const rows: RawRow[] = [];
  // per stage, once: its score column, its note column and the kind of note kept there
  // (format 1 had one note column where the evidence column is now, and the hidden helper where the reasons are:
  // its note goes with the first stage, and no reason is read)
  // (their column letters too: a cell's name is built once per value, ~15 000 times in a 60-unit bloc)
  const stageCols = layout.stages.map((stage, i) => {
    const col = layout.col[`stage:${stage}`];
    const noteCol = formatOne && i > 0 ? -1 : noteColumn(layout, stage);
    return { stage, col, noteCol, kind: noteKind(layout, stage), letters: columnLetters(col), noteLetters: noteCol < 0 ? "" : columnLetters(noteCol) };
  });
  // every unit sheet has its items on the same rows: each value's and note's cell name is made once for all units
  const cellNames = layout.items.map((item) =>
    stageCols.map(({ noteCol, letters, noteLetters }) => ({ cell: letters + (item.row + 1), noteCell: noteCol < 0 ? cellRef(item.row, noteCol) : noteLetters + (item.row + 1) })),
  );
  bloc.units.forEach((unit, k) => {
    const sheet = byName.get(sheets.units[k]);
    if (!sheet) {
      findings.push(finding("ERR_LAYOUT", { sheet: sheets.units[k] }, { unit: unit.id }));
      return;
    }
    for (let i = 0; i < layout.items.length; i++) {
      const item = layout.items[i];
      if (!checkId(sheet, item.row, layout.col.id, item.id, unit.id, findings)) return;
      if (measured.has(item.id)) {
        // a measured criterion's target (chỉ tiêu giao): the CSV's stage `target`
        const t = cellAt(sheet, item.row, layout.col.target);
        const source = { sheet: sheet.name, cell: cellRef(item.row, layout.col.target) };
        if (t !== null && !(typeof t === "string" && t.trim() === "")) rows.push({ unit: unit.id, item: item.id, stage: TARGET_STAGE, raw: rawValue(t), source });
      }
      for (let j = 0; j < stageCols.length; j++) {
        const { stage, col, noteCol, kind } = stageCols[j];
        const { cell, noteCell } = cellNames[i][j];
        const v = cellAt(sheet, item.row, col);
        const blank = v === null || (typeof v === "string" && v.trim() === "");
        const note = noteCol < 0 ? undefined : text(cellAt(sheet, item.row, noteCol)).trim() || undefined;
        if (blank && !(note && notes)) continue;
        // a missing reason is reported at the reason cell, where it is to be typed
        const noteSource = { sheet: sheet.name, cell: noteCell };
        if (note && notes) notes.push({ unit: unit.id, item: item.id, stage, kind, text: note, source: noteSource });
        if (!blank) rows.push({ unit: unit.id, item: item.id, stage, raw: rawValue(v), note, source: { sheet: sheet.name, cell }, noteSource });
      }
    }
  });
  return rows;
}

/** Vote numbers of "Tổng hợp"; text there is reported like text in a score cell. */
export function readVotes(rubric: Rubric, bloc: Bloc, sheet: SheetSnapshot | undefined, name: string, findings: Finding[]): Map<string, number> {
  const votes = new Map<string, number>();
  if (!sheet) {
    findings.push(finding("ERR_LAYOUT", { sheet: name }));
    return votes;
  }
  const layout = summaryLayout(rubric, bloc.units.length);
  bloc.units.forEach((unit, k) => {
    const row = layout.firstUnitRow + k;
    if (!checkId(sheet, row, layout.col.id, unit.id, unit.id, findings)) return;
    const v = cellAt(sheet, row, layout.col.vote);
    const source = { sheet: sheet.name, cell: cellRef(row, layout.col.vote) };
    if (v === null || (typeof v === "string" && v.trim() === "")) return;
    if (typeof v === "number" && Number.isFinite(v)) votes.set(unit.id, v);
    else if (typeof v === "string" && parseDecimalText(v) !== null) findings.push(finding("ERR_TEXT_NUMBER", { value: v, fix: parseDecimalText(v) }, { unit: unit.id, source }));
    else findings.push(finding("ERR_NOT_NUMBER", { value: text(v) }, { unit: unit.id, source }));
  });
  return votes;
}
