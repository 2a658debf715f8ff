import { finding, type Finding } from "../domain/findings";
import { csvRecords } from "../domain/scoresCsv";
import type { Rubric } from "../domain/types";
import type { WorkbookHost } from "../hosts/host";
import { rubricTableLabels } from "../i18n/rubricTable";
import type { Lang } from "../i18n/types";
import { BASE_FONT, HIGHLIGHTS, STYLES } from "../workbook/formats";
import type { WorkbookPlan } from "../workbook/plan";
import { criteriaSheetPlan } from "../workbook/rubricTable/criteriaSheet";
import type { MethodReader } from "../workbook/rubricTable/readCriteriaTable";
import { readRubricTable, tableExitCode } from "../workbook/rubricTable/readRubricTable";
import { rulesSheetPlan } from "../workbook/rubricTable/rulesSheet";
import type { CellValue, WorkbookSnapshot } from "../workbook/snapshot";
import { readWorkbook } from "../workbook/readWorkbook";
import type { ExitCode } from "./exitCodes";
import { unreadable } from "./openWorkbook";

export interface TableImport {
  /** 2 when there is no criteria table; 1 when the table has errors; 0 with the rubric */
  readonly exit: ExitCode;
  readonly rubric?: Rubric;
  readonly findings: readonly Finding[];
}

export interface ImportOptions {
  /** the file's name ("" for the workbook open in Excel: findings then name the sheet and cell only) */
  readonly file: string;
  /** the year of a table that doesn't say it: the caller's clock */
  readonly year: number;
  /** a table pasted in this sheet (the pane's active sheet) */
  readonly sheet?: string;
  readonly readMethod?: MethodReader;
}

/** The two authoring sheets of a rubric ("Bảng tiêu chí" and "Quy định chấm") as a plan for any host. */
export function rubricTablePlan(rubric: Rubric, lang: Lang): WorkbookPlan {
  const labels = rubricTableLabels(lang);
  return { sheets: [criteriaSheetPlan(rubric, labels), rulesSheetPlan(rubric, labels, lang)], font: BASE_FONT, styles: STYLES, highlights: HIGHLIGHTS, names: [] };
}

/** `rubric export`: writes the two authoring sheets through the host. */
export async function exportRubricTable(rubric: Rubric, host: WorkbookHost, lang: Lang): Promise<void> {
  await host.applyPlan(rubricTablePlan(rubric, lang));
}

function fromSnapshot(snapshot: WorkbookSnapshot, options: ImportOptions): TableImport {
  const read = readRubricTable(snapshot, options);
  // every finding names the file as well as its sheet and cell
  const findings = read.findings.map((f) => (f.source && options.file !== "" ? { ...f, source: { ...f.source, file: f.source.file ?? options.file } } : f));
  return read.ok ? { exit: 0, rubric: read.value, findings } : { exit: tableExitCode(read), findings };
}

/** `rubric import TABLE.xlsx`, and the pane's "Đọc bảng tiêu chí": the open workbook's table → a rubric. */
export async function importRubricTable(host: WorkbookHost, options: ImportOptions): Promise<TableImport> {
  let snapshot: WorkbookSnapshot;
  try {
    snapshot = await host.snapshot();
  } catch (e) {
    return { exit: 2, findings: [unreadable(e, options.file)] };
  }
  return storedRubric(snapshot, options) ?? fromSnapshot(snapshot, options);
}

/**
 * A scoring workbook this tool made holds the agreed rubric itself: last year's workbook is a natural thing to
 * import from, and its sheets read as a table would only give findings. An authoring sheet added to it, or a
 * table pasted in a chosen sheet, is still read as a table.
 */
function storedRubric(snapshot: WorkbookSnapshot, options: ImportOptions): TableImport | null {
  if (options.sheet !== undefined) return null;
  const authoring = Object.values(rubricTableLabels).map((l) => l.criteriaSheet.toLowerCase());
  if (snapshot.sheets.some((s) => authoring.includes(s.name.toLowerCase()))) return null;
  const read = readWorkbook(snapshot);
  if (!read.ok) return null;
  const { rubric } = read.value;
  const where = options.file !== "" ? { source: { file: options.file } } : {};
  return { exit: 0, rubric, findings: [finding("WARN_TABLE_FROM_WORKBOOK", { title: rubric.title, year: rubric.year }, where)] };
}

/**
 * `rubric import TABLE.csv`: the criteria table saved as CSV (`,` or, as Vietnamese Excel saves it, `;`), one sheet
 * named after the file; row n of the sheet is line n of the file, so a finding's cell is found in either.
 */
export function importRubricCsv(text: string, options: ImportOptions): TableImport {
  const body = text.replace(/^\uFEFF/, "");
  const lines = body.split(/\r?\n/).filter((l) => l.trim() !== "");
  const sep = lines.filter((l) => l.includes(";")).length * 2 > lines.length ? ";" : ",";
  const { rows, unclosed } = csvRecords(body, sep);
  if (unclosed !== null) return { exit: 2, findings: [finding("ERR_CSV_QUOTE", {}, { source: { file: options.file, line: unclosed } })] };
  const values: CellValue[][] = [];
  for (const r of rows) values[r.line - 1] = r.fields.map((f) => (f.trim() === "" ? null : f));
  const dense = Array.from({ length: values.length }, (_, i) => values[i] ?? []);
  const width = Math.max(0, ...dense.map((r) => r.length));
  const grid = dense.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null));
  const sheet = { name: options.file, visibility: "visible" as const, protected: false, values: grid, formulas: grid.map((r) => r.map(() => null)) };
  return fromSnapshot({ sheets: [sheet] }, options);
}
