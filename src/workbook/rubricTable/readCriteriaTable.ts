import { finding, type Finding } from "../../domain/findings";
import type { FindingParams } from "../../domain/findingParams";
import type { SourceRef } from "../../domain/types";
import { RUBRIC_TABLE_LABELS } from "../../i18n/rubricTable";
import { cellRef } from "../a1";
import { isHeaderRow, type ColumnKey, type CriteriaHeader } from "./criteriaHeader";
import { fitsParent, localPart, parseCode, type RowCode } from "./numbering";
import { norm, numberOf, textOf, type Grid, type GridCell } from "./tableGrid";

/**
 * Reads the "Cách chấm" cell of a criterion (measured criteria, issue 16): the `measure` object it means, or
 * findings. Passed in by whoever has the parser; without one a filled cell is a finding, never dropped.
 */
export type MethodReader = (text: string, where: SourceRef) => { readonly measure?: unknown; readonly findings: readonly Finding[] };

/** One row of the table as a node of the rubric tree, before the rubric's own checks. */
export interface TableNode {
  readonly id: string;
  name: string;
  readonly row: number;
  readonly code: RowCode;
  readonly max: number | null;
  /** the maximum cell holds something that is no positive number (already a finding) */
  readonly maxInvalid: boolean;
  readonly weight: number | null;
  readonly notApplicable?: "full" | "rescale";
  readonly guidance?: string;
  readonly measure?: unknown;
  readonly children: TableNode[];
}

export interface CriteriaRead {
  readonly roots: readonly TableNode[];
  readonly findings: readonly Finding[];
  /** the rows above the header that hold text (each row's first text), top first */
  readonly titleRows: readonly string[];
}

const naWords = (key: "naFull" | "naRescale") => new Set(Object.values(RUBRIC_TABLE_LABELS).map((l) => norm(l[key])));
const NA_FULL = naWords("naFull");
const NA_RESCALE = naWords("naRescale");
const TOTAL_WORDS = ["tổng cộng", "tổng số điểm", "tổng điểm", "cộng", "total"];
/** a row numbering the columns under the header: (1) (2) (3) … */
const COLUMN_NUMBER = /^\(?\d+\)?$/;
/** "I. CÔNG TÁC CHÍNH TRỊ" typed in one merged cell: the code and the name share the code column */
const CODE_AND_NAME = /^((?:[IVX]+|\d+(?:\.\d+)*|[a-zđ])[.)])\s+(\S.*)$/s;
/** "Công tác chuyên môn (50 điểm)": the section's maximum written in its name */
const MAX_IN_NAME = /^(.*\S)\s*\((\d+(?:[.,]\d+)?)\s*(?:điểm|đ|points?)\)$/is;

/**
 * Reads the criteria table below its header: depth from the numbering (numbering.ts), ids made unique from the
 * path of codes ("II.1", "I.1.2.a") unless a "Mã" column names them. Title rows, blank rows, a repeated header,
 * a column-number row, paragraph rows of a pasted Word cell (no code, no maximum: added to the name above) and
 * "2,5" typed as text are normal; every other problem is a finding with its cell.
 */
type TableCode = "ERR_TABLE_CODE" | "ERR_TABLE_DUPLICATE_CODE" | "ERR_TABLE_NOT_NUMBER" | "ERR_TABLE_NOT_POSITIVE" | "ERR_TABLE_NA_POLICY" | "ERR_TABLE_METHOD" | "ERR_TABLE_EMPTY_NAME";

export function readCriteriaTable(grid: Grid, header: CriteriaHeader, readMethod?: MethodReader): CriteriaRead {
  const col = header.columns;
  const findings: Finding[] = [];
  const at = (row: number, key: ColumnKey): SourceRef => ({ sheet: grid.sheet, cell: cellRef(row, col[key] ?? col.number ?? 0) });
  const cell = (row: readonly GridCell[], key: ColumnKey): GridCell => (col[key] === undefined ? null : (row[col[key]!] ?? null));
  // typed per code like finding() itself: a table finding missing a param its message reads does not compile
  const problem = <C extends TableCode>(code: C, params: FindingParams[C], row: number, key: ColumnKey) =>
    findings.push(finding<TableCode>(code, params, { source: at(row, key) }));

  // each title row's first text: a letterhead puts the agency and the national motto side by side
  const titleRows = grid.rows.slice(0, header.row).map((r) => r.map(textOf).find((t) => t !== "") ?? "").filter((t) => t !== "");
  const roots: TableNode[] = [];
  const stack: TableNode[] = [];
  const firstRow = new Map<string, number>();
  let previous: TableNode | null = null;

  for (let r = header.row + 1; r < grid.rows.length; r++) {
    const cells = grid.rows[r];
    let codeText = textOf(cell(cells, "number"));
    let name = textOf(cell(cells, "name")).replace(/\s*\n\s*/g, " ");
    const maxCell = cell(cells, "max");
    if (cells.every((c) => textOf(c) === "")) continue;
    if (isHeaderRow(cells, header) || (COLUMN_NUMBER.test(codeText) && COLUMN_NUMBER.test(name) && codeText !== name)) continue;
    if (codeText === "" && TOTAL_WORDS.some((w) => norm(name).startsWith(w))) break;
    const merged = name === "" ? CODE_AND_NAME.exec(codeText) : null;
    if (merged) [codeText, name] = [merged[1], merged[2].replace(/\s*\n\s*/g, " ")];
    if (codeText === "") {
      // a Word cell's second paragraph lands on a row of its own when pasted: it belongs to the name above
      if (previous && name !== "" && textOf(maxCell) === "" && textOf(cell(cells, "weight")) === "") previous.name = `${previous.name} ${name}`;
      else problem("ERR_TABLE_CODE", { value: "", parent: stack.at(-1)?.code.raw ?? null }, r, "number");
      continue;
    }
    const code = parseCode(codeText);
    if (!code) {
      problem("ERR_TABLE_CODE", { value: codeText, parent: stack.at(-1)?.code.raw ?? null }, r, "number");
      continue;
    }
    while (stack.length > 0 && stack[stack.length - 1].code.rank >= code.rank) stack.pop();
    const parent = stack.at(-1) ?? null;
    if (!fitsParent(code, parent?.code ?? null)) {
      problem("ERR_TABLE_CODE", { value: codeText, parent: parent?.code.raw ?? null }, r, "number");
      continue;
    }
    let max = numberOf(maxCell);
    const inName = max === null ? MAX_IN_NAME.exec(name) : null;
    if (inName) [name, max] = [inName[1], numberOf(inName[2])];
    const maxInvalid = max !== null && (Number.isNaN(max) || max <= 0);
    if (max !== null && Number.isNaN(max)) problem("ERR_TABLE_NOT_NUMBER", { column: "max", value: textOf(maxCell) }, r, "max");
    else if (max !== null && max <= 0) problem("ERR_TABLE_NOT_POSITIVE", { column: "max", value: max }, r, "max");
    if (maxInvalid) max = null;
    const weightCell = cell(cells, "weight");
    let weight = numberOf(weightCell);
    if (weight !== null && Number.isNaN(weight)) {
      problem("ERR_TABLE_NOT_NUMBER", { column: "weight", value: textOf(weightCell) }, r, "weight");
      weight = null;
    } else if (weight !== null && weight <= 0) {
      problem("ERR_TABLE_NOT_POSITIVE", { column: "weight", value: weight }, r, "weight");
      weight = null;
    }
    const naText = textOf(cell(cells, "notApplicable"));
    const notApplicable = naText === "" ? undefined : NA_FULL.has(norm(naText)) ? "full" : NA_RESCALE.has(norm(naText)) ? "rescale" : null;
    if (notApplicable === null) problem("ERR_TABLE_NA_POLICY", { value: naText }, r, "notApplicable");
    const methodText = textOf(cell(cells, "method"));
    let measure: unknown;
    if (methodText !== "") {
      if (readMethod) {
        const read = readMethod(methodText, at(r, "method"));
        findings.push(...read.findings);
        measure = read.measure;
      } else problem("ERR_TABLE_METHOD", { value: methodText }, r, "method");
    }
    if (name === "") problem("ERR_TABLE_EMPTY_NAME", { value: codeText }, r, "name");
    const siblings = parent ? parent.children : roots;
    const local = code.kind === "bullet" ? String(siblings.filter((s) => s.code.kind === "bullet").length + 1) : localPart(code);
    const given = textOf(cell(cells, "id"));
    const id = given !== "" ? given : parent ? `${parent.id}.${local}` : local;
    const key = id.toLocaleLowerCase("vi");
    if (firstRow.has(key)) {
      problem("ERR_TABLE_DUPLICATE_CODE", { value: given !== "" ? given : codeText, first: cellRef(firstRow.get(key)!, col[given !== "" ? "id" : "number"]!) }, r, given !== "" ? "id" : "number");
      continue;
    }
    firstRow.set(key, r);
    const guidance = textOf(cell(cells, "guidance"));
    const node: TableNode = {
      id,
      name,
      row: r,
      code,
      max,
      maxInvalid,
      weight,
      ...(notApplicable ? { notApplicable } : {}),
      ...(guidance !== "" ? { guidance } : {}),
      ...(measure !== undefined ? { measure } : {}),
      children: [],
    };
    siblings.push(node);
    stack.push(node);
    previous = node;
  }
  return { roots, findings, titleRows };
}
