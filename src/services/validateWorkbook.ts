import { finding, hasErrors, type Finding } from "../domain/findings";
import { scoreBloc, type Ranking } from "../domain/scoreBloc";
import { buildScoreBook, missingFindings } from "../domain/scoreBook";
import { selfGapFindings } from "../domain/selfGap";
import type { Bloc, Rubric, StageChoice } from "../domain/types";
import { unitTotals } from "../domain/unitTotals";
import type { WorkbookHost } from "../hosts/host";
import { checkCachedResults, expectedSummaryRows } from "../workbook/check/checkCachedResults";
import { checkFormulas, formulaNormalizer } from "../workbook/check/checkFormulas";
import { checkLabels, summaryLabelCells, unitLabelCells } from "../workbook/check/checkLayout";
import { checkUnitNames } from "../workbook/check/checkUnitNames";
import { checkRubricCells, rubricAsShown, rubricSheetCells, unitSheetCells } from "../workbook/check/checkRubricCells";
import { expectedSheets } from "../workbook/check/expectedSheets";
import { locateFinding } from "../workbook/check/locateFindings";
import { rubricIntegrity } from "../workbook/check/rubricIntegrity";
import { readStoredWorkbook, sheetsToRead } from "../workbook/check/storedWorkbook";
import { META_SHEET } from "../workbook/layout";
import { readUnitSheets, readVotes } from "../workbook/readWorkbook";
import { sealedChanges } from "../workbook/sealedChanges";
import { cellAt, type SheetSnapshot, type WorkbookSnapshot } from "../workbook/snapshot";
import type { ExitCode } from "./exitCodes";
import { unreadable } from "./openWorkbook";

export interface ValidateOptions {
  /** the rubric the bloc registered (AGREED.json), already parsed */
  readonly agreedRubric?: Rubric;
  /** its file name, for messages */
  readonly agreedFile?: string;
  /** the stage whose completeness is checked; default final */
  readonly stage?: StageChoice;
}

export interface ValidateOutcome {
  /** no error (warnings allowed): ready to submit */
  readonly ok: boolean;
  /** 0 ok; 1 the workbook has errors; 2 it can't be checked (not a Thi đua workbook, unreadable) */
  readonly exit: ExitCode;
  /** general findings first, then by unit in bloc order; each with its sheet and cell where one exists */
  readonly findings: readonly Finding[];
  /** the workbook's bloc, when it could be read (units' names for a report) */
  readonly bloc?: Bloc;
  /** the rubric the workbook was checked against (criteria's names for a report) */
  readonly rubric?: Rubric;
}

const unusable = (findings: readonly Finding[]): ValidateOutcome => ({ ok: false, exit: 2, findings });

/**
 * "Kiểm tra trước khi nộp": everything that can be wrong in a bloc's workbook, each with its cell. The workbook
 * is compared with what generation laid out from its stored rubric, bloc and sheet names (layout, rubric cells,
 * formulas), its values go through the engine (rules, completeness at `stage`, self-score gaps, the ranking's
 * warnings), and cached results in "Tổng hợp" are compared with the engine's ranking where the file has them.
 */
export async function validateWorkbook(host: WorkbookHost, file: string, options: ValidateOptions = {}): Promise<ValidateOutcome> {
  let snapshot: WorkbookSnapshot;
  try {
    // the meta sheet first: it names the sheets to read, so backup copies and foreign sheets cost nothing
    const meta = await host.snapshot([META_SHEET]);
    const names = sheetsToRead(meta);
    snapshot = names ? await host.snapshot(names) : meta;
  } catch (e) {
    return unusable([unreadable(e, file)]);
  }
  try {
    return checkSnapshot(snapshot, file, options);
  } catch (e) {
    // a damaged file can break what a sound one guarantees (a sheet part cut short…): it can't be checked, say so
    return unusable([unreadable(e, file)]);
  }
}

export function checkSnapshot(snapshot: WorkbookSnapshot, file: string, options: ValidateOptions = {}): ValidateOutcome {
  const stage = options.stage ?? "final";
  const stored = readStoredWorkbook(snapshot);
  if (!stored.ok) return unusable(stored.findings.map((f) => ({ ...f, params: { ...f.params, file } })));
  const { bloc, sheets, lang } = stored.value;
  if (stage !== "final" && !stored.value.rubric.stages.includes(stage)) {
    return { ...unusable([finding("ERR_STAGE_NOT_IN_RUBRIC", { value: stage, stages: [...stored.value.rubric.stages] }, { path: ["--stage"] })]), bloc, rubric: stored.value.rubric };
  }
  const byName = new Map(snapshot.sheets.map((s) => [s.name, s]));
  const rubricSnap = byName.get(sheets.rubric);

  // the rubric: stored fingerprint, registered rubric; the reference for everything below
  const asStored = expectedSheets(stored.value.rubric, bloc, sheets, lang);
  const storedCells = rubricSheetCells(stored.value.rubric, asStored.rubric, asStored.labels);
  // asked only when the stored rubric no longer matches its fingerprint
  const shown = () => (rubricSnap ? rubricAsShown(stored.value.rubric, rubricSnap, storedCells, asStored.labels) : null);
  const agreed = options.agreedRubric ? { rubric: options.agreedRubric, file: options.agreedFile ?? "AGREED.json" } : undefined;
  const integrity = rubricIntegrity(stored.value, shown, agreed, sheets.rubric, storedCells);
  const rubric = integrity.reference;
  const expected = rubric === stored.value.rubric ? asStored : expectedSheets(rubric, bloc, sheets, lang);
  const rubricCells = rubric === stored.value.rubric ? storedCells : rubricSheetCells(rubric, expected.rubric, expected.labels);

  // layout: sheets, rows and columns where generation put them; a broken sheet is not judged cell by cell
  const read: Finding[] = [];
  const rows = readUnitSheets(rubric, bloc, sheets, byName, read);
  const votes = readVotes(rubric, bloc, byName.get(sheets.summary), sheets.summary, read);
  const layout = read.filter((f) => f.code === "ERR_LAYOUT");
  if (!rubricSnap) layout.push(finding("ERR_LAYOUT", { sheet: sheets.rubric }));
  const broken = new Set(layout.map((f) => String(f.params.sheet)));
  const present = (name: string): SheetSnapshot | undefined => (broken.has(name) ? undefined : byName.get(name));
  const labelCells = unitLabelCells(expected.unitLayout);
  bloc.units.forEach((u, k) => {
    const s = present(sheets.units[k]);
    const f = s && checkLabels(expected.unit, s, labelCells, u.id);
    if (f) layout.push(f);
  });
  const summarySnap = present(sheets.summary);
  const summaryLabel = summarySnap && checkLabels(expected.summary, summarySnap, summaryLabelCells(expected.summary));
  if (summaryLabel) layout.push(summaryLabel);
  for (const f of layout) broken.add(String(f.params.sheet));
  // the units' names where an official reads them, against the stored bloc
  const unitNames = checkUnitNames(bloc, sheets, expected.labels, expected.summaryLayout, present);

  // rubric cells and formulas of every intact sheet
  const cells: Finding[] = [];
  const formulas: Finding[] = [];
  const unitCells = unitSheetCells(rubric, expected.unitLayout);
  const normalize = formulaNormalizer();
  if (integrity.trusted && present(sheets.rubric)) cells.push(...checkRubricCells(expected.rubric, present(sheets.rubric)!, rubricCells));
  bloc.units.forEach((u, k) => {
    const s = present(sheets.units[k]);
    if (!s) return;
    if (integrity.trusted) cells.push(...checkRubricCells(expected.unit, s, unitCells, u.id));
    formulas.push(...checkFormulas(expected.unit, s, () => u.id, undefined, normalize));
  });
  const summary = present(sheets.summary);
  const unitAtRow = (row: number) => bloc.units[row - expected.summaryLayout.firstUnitRow];
  if (summary) formulas.push(...checkFormulas(expected.summary, summary, (row) => unitAtRow(row)?.id, (row) => broken.has(sheets.units[row - expected.summaryLayout.firstUnitRow]), normalize));

  // values through the engine
  const book = buildScoreBook(rubric, bloc, rows);
  const values = read.filter((f) => f.code !== "ERR_LAYOUT").concat(book.findings);
  const brokenUnit = new Set(bloc.units.filter((_, k) => broken.has(sheets.units[k])).map((u) => u.id));
  // a value that was typed but refused (text, above the maximum…) is reported as such, not also as missing
  const refused = new Set(book.findings.filter((f) => f.severity === "error").flatMap((f) => [`${f.unit}|${f.item}|${f.stage}`, `${f.unit}|${f.item}|final`]));
  const missing = missingFindings(book.book, stage).filter((f) => !brokenUnit.has(f.unit ?? "") && !refused.has(`${f.unit}|${f.item}|${f.stage ?? "final"}`));
  const engine: Finding[] = [...missing, ...selfGapFindings(book.book)];
  const sound = !hasErrors(values) && layout.length === 0;
  const rankings = new Map<StageChoice, Ranking>();
  const rankingAt = (s: StageChoice) => rankings.get(s) ?? rankings.set(s, scoreBloc(book.book, s, { numbers: votes })).get(s)!;
  // what a unit's own totals say holds whatever else is wrong, so it is told from the first check, beside the
  // errors: nothing applicable at the stage (a data error), an event item over its cap
  const ownTotals = (w: Finding) => w.code === "ERR_NOTHING_APPLICABLE" || w.code === "WARN_CAPPED";
  engine.push(...rankingAt(stage).warnings.filter(ownTotals));
  // the ranking's warnings (ties, awards) mean something once every unit is complete at the stage
  // — until then they are not shown, but said to be pending, so no note appears out of nowhere once errors go
  const rankingNotes = rankingAt(stage).warnings.filter((w) => w.code !== "WARN_INCOMPLETE" && !ownTotals(w));
  if (sound && !engine.some((f) => f.code === "ERR_MISSING")) engine.push(...rankingNotes);
  else if (rankingNotes.length > 0) engine.push(finding("WARN_RANKING_PENDING", { stage }));

  // cached results of "Tổng hợp" (files saved by Excel or LibreOffice have them; generate and fill write none)
  const cached: Finding[] = [];
  const totalCol = expected.summaryLayout.col.total;
  const hasCached = summary !== undefined && bloc.units.some((_, k) => cellAt(summary, expected.summaryLayout.firstUnitRow + k, totalCol) !== null);
  if (sound && summary && hasCached) {
    const final = rankingAt("final");
    const totals = bloc.units.map((_, i) => unitTotals(book.book, i, "final"));
    const want = expectedSummaryRows(rubric, bloc.units, totals, final, expected.labels);
    const overwritten = new Set(formulas.filter((f) => f.source?.sheet === sheets.summary).map((f) => f.source?.cell));
    cached.push(...checkCachedResults(summary, expected.summaryLayout, bloc.units, want, (cell) => overwritten.has(cell)));
  }

  const places = { bloc, sheets, unit: expected.unitLayout, summary: expected.summaryLayout, rubricCells };
  // a sealed result: every score, count and vote changed since ("chốt kết quả", issue 7)
  const seal = sealedChanges({ rubric: stored.value.rubric, bloc, sheets }, snapshot);
  // general findings first, then unit by unit in bloc order, each group in the order found: a stable sort by unit,
  // done as one bucket per unit (6 600 findings in a 60-unit bloc)
  const order = new Map(bloc.units.map((u, i) => [u.id, i + 1]));
  const groups: Finding[][] = [[], ...bloc.units.map((): Finding[] => [])];
  for (const list of [integrity.findings, layout, unitNames, cells, formulas, values, engine, cached, seal, stored.value.findings]) {
    for (let k = 0; k < list.length; k++) {
      const f = list[k];
      const located = f.source?.sheet ? f : locateFinding(f, places);
      groups[order.get(located.unit ?? "") ?? 0].push(located);
    }
  }
  const findings = groups.flat();
  const ok = !hasErrors(findings);
  return { ok, exit: ok ? 0 : 1, findings, bloc, rubric };
}
