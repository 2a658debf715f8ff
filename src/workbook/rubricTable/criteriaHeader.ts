import { RUBRIC_TABLE_LABELS } from "../../i18n/rubricTable";
import { norm, type Grid } from "./tableGrid";

export type ColumnKey = "number" | "id" | "name" | "max" | "weight" | "notApplicable" | "guidance" | "method";

/** Where the criteria table's header is and which column holds what (0-based). */
export interface CriteriaHeader {
  readonly row: number;
  readonly columns: Readonly<Partial<Record<ColumnKey, number>>>;
}

const langs = Object.values(RUBRIC_TABLE_LABELS);
/** Header words: the exported labels of every language plus the synonyms of real tables. "=" marks a whole-cell match. */
const WORDS: Readonly<Record<ColumnKey, readonly string[]>> = {
  number: ["=tt", "=stt", "=số tt", "=số thứ tự", "=no", ...langs.map((l) => `=${norm(l.columns.number)}`)],
  id: ["=mã", "=mã số", "=mã tiêu chí", "=code", ...langs.map((l) => `=${norm(l.columns.id)}`)],
  name: ["nội dung", "tiêu chí", "criteri", "item", ...langs.map((l) => norm(l.columns.name))],
  max: ["điểm chuẩn", "điểm tối đa", "thang điểm", "điểm quy định", "=điểm", "max", ...langs.map((l) => norm(l.columns.max))],
  weight: ["hệ số", "weight"],
  notApplicable: ["không áp dụng", "not applicable"],
  // every language's exported label too: the English "Scoring guidance" starts with none of the words
  guidance: ["hướng dẫn", "ghi chú", "guidance", "note", ...langs.map((l) => norm(l.columns.guidance))],
  // the measured criteria's words ("Cách chấm"): recognised here, read by measureMethod.ts (or a reader passed in)
  method: ["cách chấm", "phương pháp chấm", "scoring method", ...langs.map((l) => norm(l.columns.method))],
};

function matches(cell: string, key: ColumnKey): boolean {
  return WORDS[key].some((w) => (w.startsWith("=") ? cell === w.slice(1) : cell.startsWith(w)));
}

/** The keys of one row's cells, or null when the row is not a criteria header (it needs a code, a name and a maximum). */
function headerOf(row: readonly unknown[]): Partial<Record<ColumnKey, number>> | null {
  const columns: Partial<Record<ColumnKey, number>> = {};
  row.forEach((v, c) => {
    if (typeof v !== "string") return;
    const cell = norm(v);
    // the first key a cell matches, each key on its leftmost cell: "Nội dung tiêu chí" is a name, not a number
    const key = (["number", "id", "max", "weight", "notApplicable", "method", "guidance", "name"] as const).find((k) => columns[k] === undefined && matches(cell, k));
    if (key) columns[key] = c;
  });
  if (columns.number === undefined && columns.id !== undefined) {
    // a table with "Mã" alone numbers its rows in it
    columns.number = columns.id;
    delete columns.id;
  }
  return columns.number !== undefined && columns.name !== undefined && columns.max !== undefined ? columns : null;
}

/** The first row of the sheet that reads as a criteria table's header, wherever it is (title rows may come first). */
export function findCriteriaHeader(grid: Grid): CriteriaHeader | null {
  for (let r = 0; r < grid.rows.length; r++) {
    const columns = headerOf(grid.rows[r]);
    if (columns) return { row: r, columns };
  }
  return null;
}

/** The same header repeated inside the table (a Word table repeats it on every page): its code cell says "TT" first. */
export function isHeaderRow(row: readonly unknown[], header: CriteriaHeader): boolean {
  const code = row[header.columns.number!];
  if (typeof code !== "string" || !(matches(norm(code), "number") || matches(norm(code), "id"))) return false;
  return headerOf(row) !== null;
}
