import { finding, hasErrors, type Finding } from "../../domain/findings";
import { parseRubric } from "../../domain/rubricRules";
import type { Rubric } from "../../domain/types";
import { RUBRIC_TABLE_LABELS } from "../../i18n/rubricTable";
import type { SheetSnapshot, WorkbookSnapshot } from "../snapshot";
import { findCriteriaHeader } from "./criteriaHeader";
import { readMeasureMethod } from "./measureMethod";
import { readCriteriaTable, type MethodReader } from "./readCriteriaTable";
import { readRulesSheet } from "./readRulesSheet";
import { gridOf, norm, type Grid } from "./tableGrid";
import { cellOfPath, tableTree, type CellMap } from "./tableTree";

export interface ReadTableOptions {
  /** the file's name, for findings and a title when the table has none */
  readonly file: string;
  /** the year when neither a rules sheet nor the title says it (the caller's clock) */
  readonly year: number;
  /** read this sheet (a table pasted anywhere), else "Bảng tiêu chí", else the first visible sheet */
  readonly sheet?: string;
  /** reads the "Cách chấm" column; the measured criteria's words (measureMethod.ts) when not given */
  readonly readMethod?: MethodReader;
}

export type TableResult =
  | { readonly ok: true; readonly value: Rubric; readonly findings: readonly Finding[] }
  | { readonly ok: false; readonly findings: readonly Finding[]; readonly notATable: boolean };

/** The rules of a table that comes without "Quy định chấm" (a CSV, a pasted Word table); said as a note. */
export const TABLE_DEFAULTS = { step: 0.25, decimals: 2 } as const;

const sheetNamed = (snapshot: WorkbookSnapshot, key: "criteriaSheet" | "rulesSheet"): SheetSnapshot | undefined =>
  snapshot.sheets.find((s) => Object.values(RUBRIC_TABLE_LABELS).some((l) => norm(l[key]) === norm(s.name)));

/** `import`'s exit: no table → 2; a table with any error → 1; else 0. */
export function tableExitCode(result: TableResult): 0 | 1 | 2 {
  if (!result.ok) return result.notATable ? 2 : 1;
  return 0;
}

/**
 * The bloc's own table → a rubric: the criteria table (readCriteriaTable, tableTree) and "Quy định chấm"
 * (readRulesSheet), then the rubric's own rules (parseRubric), every finding pointed at its cell.
 */
export function readRubricTable(snapshot: WorkbookSnapshot, options: ReadTableOptions): TableResult {
  const visible = snapshot.sheets.filter((s) => s.visibility === "visible");
  const preferred = (options.sheet !== undefined ? snapshot.sheets.find((s) => s.name === options.sheet) : undefined) ?? sheetNamed(snapshot, "criteriaSheet") ?? visible[0];
  // a table pasted into another sheet is found there too (the pane reads whatever the official pasted)
  const rulesName = sheetNamed(snapshot, "rulesSheet")?.name;
  let found: { grid: Grid; header: NonNullable<ReturnType<typeof findCriteriaHeader>> } | null = null;
  for (const candidate of [preferred, ...visible.filter((s) => s !== preferred && s.name !== rulesName)]) {
    if (!candidate) continue;
    const g = gridOf(candidate);
    const h = findCriteriaHeader(g);
    if (h) {
      found = { grid: g, header: h };
      break;
    }
  }
  if (!found) return { ok: false, notATable: true, findings: [finding("ERR_TABLE_HEADER", { file: options.file, sheet: preferred?.name ?? null })] };
  const { grid, header } = found;

  const criteria = readCriteriaTable(grid, header, options.readMethod ?? readMeasureMethod);
  const tree = tableTree(criteria.roots, grid.sheet, header);
  const findings: Finding[] = [...legacyNote(grid), ...criteria.findings, ...tree.findings];
  if (tree.sections.length === 0 && criteria.findings.length === 0) findings.push(finding("ERR_TABLE_NO_ROWS", {}, { source: { sheet: grid.sheet } }));
  const rulesSheet = sheetNamed(snapshot, "rulesSheet");
  const cells: CellMap = new Map(tree.cells);
  let fields: Record<string, unknown>;
  if (rulesSheet) {
    const rulesGrid = gridOf(rulesSheet);
    const rules = readRulesSheet(rulesGrid);
    findings.push(...legacyNote(rulesGrid), ...rules.findings);
    for (const [k, v] of rules.cells) cells.set(k, v);
    fields = rules.fields;
  } else {
    // the document's own title ("BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2025") rather than the letterhead above it
    const title = criteria.titleRows.find((t) => /^(bảng|thang)/.test(norm(t))) ?? criteria.titleRows[0] ?? (options.file.replace(/\.[^.]+$/, "") || grid.sheet);
    const year = /\b(19|20)\d\d\b/.exec(criteria.titleRows.join(" "))?.[0];
    fields = { title, year: year ? Number(year) : options.year, scale: { ...TABLE_DEFAULTS } };
    findings.push(finding("WARN_TABLE_DEFAULTS", { ...TABLE_DEFAULTS, year: Number(fields.year) }, { source: { sheet: grid.sheet } }));
  }
  if (hasErrors(findings)) return { ok: false, notATable: false, findings };
  const parsed = parseRubric({ ...fields, sections: tree.sections });
  const located = parsed.findings.map((f) => {
    const source = cellOfPath(cells, f.path);
    // a table's reader looks for the cell, not for a field of a JSON file it never saw
    return source ? { ...f, path: undefined, source: options.file !== "" ? { ...source, file: options.file } : source } : f;
  });
  return parsed.ok ? { ok: true, value: parsed.value, findings: [...findings, ...located] } : { ok: false, notATable: false, findings: [...findings, ...located] };
}

function legacyNote(grid: Grid): Finding[] {
  if (!grid.legacy) return [];
  return [finding("WARN_TABLE_ENCODING", { encoding: grid.legacy.encoding, cells: grid.legacy.cells }, { source: { sheet: grid.sheet, cell: grid.legacy.first } })];
}
