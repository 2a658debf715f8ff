// One realistic finding per code, as the engine, the workbook checks and the CLI's file reads make them, on the
// fixture bloc (khoi-huyen-2023): the params each message needs, and where it points (unit, criterion, cell).
import { finding, type Finding, type FindingCode } from "../../src/domain/findings";

const U03 = "U03"; // UBND thị xã Hương Trà, whose sheet has the same name
const SHEET = "UBND thị xã Hương Trà";
const at = (cell: string) => ({ sheet: SHEET, cell });

const TABLE = "Bảng tiêu chí";
const inTable = (cell: string) => ({ file: "bang-tieu-chi-2025.xlsx", sheet: TABLE, cell });

/** Codes that point at a criterion of a unit's sheet carry that unit, the criterion and the cell. */
export const FINDING_EXAMPLES: Partial<Record<FindingCode, Finding>> = {
  ERR_FILE_UNREADABLE: finding("ERR_FILE_UNREADABLE", { file: "rubric.json", path: "/home/thiduakhoi/rubric.json", reason: "ENOENT" }),
  ERR_JSON_SYNTAX: finding("ERR_JSON_SYNTAX", { file: "rubric.json", reason: "Unexpected token } in JSON at position 412" }, { source: { file: "rubric.json" } }),
  ERR_SCHEMA: finding("ERR_SCHEMA", { field: "maxPoints", found: "string", expected: "number", problem: "invalid_type" }, { path: ["sections", 0, "maxPoints"], source: { file: "rubric.json" } }),
  ERR_DUPLICATE_ID: finding("ERR_DUPLICATE_ID", { value: "C05", field: "sections.0.criteria.5.id", first: "sections.0.criteria.4.id" }, { path: ["sections", 0, "criteria", 5, "id"], source: { file: "rubric.json" } }),
  ERR_DUPLICATE_NAME: finding("ERR_DUPLICATE_NAME", { value: "UBND huyện Phú Lộc", field: "units.9.name", first: "units.6.name" }, { path: ["units", 9, "name"], source: { file: "bloc.json" } }),
  ERR_RUBRIC_SUM: finding("ERR_RUBRIC_SUM", { section: "I", sum: 39, max: 40 }, { path: ["sections", 0, "maxPoints"], source: { file: "rubric.json" } }),
  ERR_PRECISION: finding("ERR_PRECISION", { field: "sections.0.criteria.0.maxPoints", value: 6.1234567, limit: 6 }, { path: ["sections", 0, "criteria", 0, "maxPoints"], source: { file: "rubric.json" } }),
  ERR_TIEBREAK_UNKNOWN: finding("ERR_TIEBREAK_UNKNOWN", { value: "section:VI", sections: ["I", "II", "III", "IV", "V"], duplicate: false }, { path: ["tieBreak", 0], source: { file: "rubric.json" } }),
  ERR_AWARD_CLASSIFICATION: finding("ERR_AWARD_CLASSIFICATION", { award: "flag", value: "Xuất sắc", labels: ["Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ"] }, { path: ["awards", 0, "requires", "classification"], source: { file: "rubric.json" } }),
  ERR_BLOC_ROLE: finding("ERR_BLOC_ROLE", { role: "deputy", value: "U05", same: true, units: ["U01", "U05"] }, { path: ["deputy"], source: { file: "bloc.json" } }),
  ERR_CSV_HEADER: finding("ERR_CSV_HEADER", { missing: ["stage"], found: ["unit", "item", "value"] }, { source: { file: "scores.csv", line: 1 } }),
  ERR_CSV_ROW: finding("ERR_CSV_ROW", { fields: 3, expected: 5 }, { source: { file: "scores.csv", line: 17 } }),
  ERR_UNKNOWN_UNIT: finding("ERR_UNKNOWN_UNIT", { value: "U99" }, { unit: "U99", item: "C05", stage: "self", source: { file: "scores.csv", line: 3 } }),
  ERR_UNKNOWN_ITEM: finding("ERR_UNKNOWN_ITEM", { value: "C55" }, { unit: U03, stage: "self", source: { file: "scores.csv", line: 8 } }),
  ERR_UNKNOWN_STAGE: finding("ERR_UNKNOWN_STAGE", { value: "khoi" }, { unit: U03, item: "C05", source: { file: "scores.csv", line: 4 } }),
  ERR_STAGE_NOT_IN_RUBRIC: finding("ERR_STAGE_NOT_IN_RUBRIC", { value: "verified", stages: ["self", "bloc"] }, { path: ["--stage"] }),
  ERR_DUPLICATE_ROW: finding("ERR_DUPLICATE_ROW", { firstLine: 2, firstCell: null }, { unit: U03, item: "C05", stage: "self", source: { file: "scores.csv", line: 4 } }),
  ERR_MEASURE: finding("ERR_MEASURE", { item: "C07", problem: "max_above_missing" }, { path: ["sections", 0, "criteria", 6, "measure", "perPercentAbove"], source: { file: "rubric.json" } }),
  ERR_TARGET_NOT_MEASURED: finding("ERR_TARGET_NOT_MEASURED", { value: "C05", kind: "criterion" }, { unit: U03, item: "C05", source: { file: "scores.csv", line: 9 } }),
  ERR_NOT_WORKBOOK: finding("ERR_NOT_WORKBOOK", { reason: "meta", file: "khoi-2023.xlsx", key: "rubric" }),
  ERR_UNIT_NAME: finding("ERR_UNIT_NAME", { sheet: "Tổng hợp", cell: "C7", expected: "UBND thị xã Hương Trà", found: "UBND huyện Phong Điền" }, { unit: U03, source: { sheet: "Tổng hợp", cell: "C7" } }),
  ERR_LAYOUT: finding("ERR_LAYOUT", { sheet: SHEET, cell: "B10", expected: "C05", found: "C06" }, { unit: U03, source: at("B10") }),
  ERR_NOT_UNIT_COPY: finding("ERR_NOT_UNIT_COPY", { reason: "workbook", file: "khoi-2023.xlsx" }),
  ERR_COPY_RUBRIC: finding("ERR_COPY_RUBRIC", { file: "UBND thị xã Hương Trà.xlsx", unit: U03 }, { unit: U03 }),
  ERR_COPY_FOREIGN: finding("ERR_COPY_FOREIGN", { file: "UBND huyện X.xlsx", bloc: "Khối các sở", expected: "Khối thi đua các huyện, thị xã và thành phố Huế" }),
  ERR_COPY_DUPLICATE: finding("ERR_COPY_DUPLICATE", { file: "Huong Tra (2).xlsx", first: "UBND thị xã Hương Trà.xlsx", unit: U03 }, { unit: U03 }),
  ERR_COPY_OUTSIDE_ROW: finding("ERR_COPY_OUTSIDE_ROW", { reason: "unit", value: "U04", copyUnit: U03, copyStage: "self" }, { unit: "U04", item: "C05", source: { file: "diem-huong-tra.csv", line: 7 } }),
  ERR_COPY_NO_TOKEN: finding("ERR_COPY_NO_TOKEN", { file: "UBND thị xã Hương Trà.xlsx" }, { unit: U03, source: { file: "UBND thị xã Hương Trà.xlsx" } }),
  ERR_COPY_TOKEN_UNKNOWN: finding("ERR_COPY_TOKEN_UNKNOWN", { file: "UBND thị xã Hương Trà.xlsx" }, { unit: U03, source: { file: "UBND thị xã Hương Trà.xlsx" } }),
  ERR_COPY_RELABELLED: finding("ERR_COPY_RELABELLED", { file: "UBND thành phố Huế.xlsx", claimed: U03, owner: "U01" }, { unit: U03, source: { file: "UBND thành phố Huế.xlsx" } }),
  ERR_SEALED: finding("ERR_SEALED", { stage: "final", by: "Nguyễn Văn A", at: "2023-12-05 09:30" }),
  ERR_NOT_SEALED: finding("ERR_NOT_SEALED", {}),
  ERR_SEAL_REMOVED: finding("ERR_SEAL_REMOVED", { by: "Nguyễn Văn A", at: "2023-12-05 09:30" }, { source: { sheet: "_thidua" } }),
  ERR_SEALED_CHANGED: finding("ERR_SEALED_CHANGED", { reason: "cell", sheet: SHEET, cell: "E10", by: "Nguyễn Văn A", at: "2023-12-05 09:30", before: 5.5, after: 6 }, { unit: U03, item: "C05", stage: "self", source: at("E10") }),
  ERR_FILE_FORMAT: finding("ERR_FILE_FORMAT", { reason: "xls", file: "khoi-2023.xls" }),
  ERR_FILE_DAMAGED: finding("ERR_FILE_DAMAGED", { reason: "crc", file: "khoi-2023.xlsx", part: "xl/worksheets/sheet3.xml" }),
  ERR_FILE_LIMIT: finding("ERR_FILE_LIMIT", { limit: "extent", file: "khoi-2023.xlsx", where: SHEET, cell: "XFD1048576", max: 5_000_000 }),
  ERR_FILE_ENCODING: finding("ERR_FILE_ENCODING", { file: "scores.csv", line: 12 }, { source: { file: "scores.csv", line: 12 } }),
  ERR_CELL_TOO_LONG: finding("ERR_CELL_TOO_LONG", { sheet: SHEET, cell: "H10", length: 40_000, max: 32_767 }, { unit: U03, item: "C05", source: at("H10") }),
  ERR_RUBRIC_CHANGED: finding("ERR_RUBRIC_CHANGED", { origin: "sheet", kind: "criterion", id: "C05", field: "maxPoints", before: 6, after: 8 }, { unit: U03, item: "C05", source: at("D10") }),
  ERR_FORMULA_CHANGED: finding("ERR_FORMULA_CHANGED", { kind: "value", found: 92.5, expected: "=SUM(I6:I44)" }, { unit: U03, source: at("I45") }),
  ERR_FORMULA_MISMATCH: finding("ERR_FORMULA_MISMATCH", { column: "total", found: 91.75, expected: 92.5 }, { unit: U03, source: { sheet: "Tổng hợp", cell: "D8" } }),
  ERR_ABOVE_MAX: finding("ERR_ABOVE_MAX", { value: 6.5, max: 6 }, { unit: U03, item: "C05", stage: "self", source: at("E10") }),
  ERR_NEGATIVE: finding("ERR_NEGATIVE", { value: -1 }, { unit: U03, item: "C05", stage: "bloc", source: at("F10") }),
  ERR_STEP: finding("ERR_STEP", { value: 5.3, step: 0.25, below: 5.25, above: 5.5 }, { unit: U03, item: "C05", stage: "self", source: at("E10") }),
  ERR_NOT_NUMBER: finding("ERR_NOT_NUMBER", { value: "năm điểm" }, { unit: U03, item: "C05", stage: "self", source: at("E10") }),
  ERR_TEXT_NUMBER: finding("ERR_TEXT_NUMBER", { value: "5,75", fix: 5.75 }, { unit: U03, item: "C05", stage: "bloc", source: at("F10") }),
  ERR_COUNT: finding("ERR_COUNT", { value: 1.5 }, { unit: U03, item: "D4", stage: "self", source: at("E41") }),
  ERR_MISSING: finding("ERR_MISSING", { stage: "bloc" }, { unit: U03, item: "C05", stage: "bloc", source: at("F10") }),
  ERR_NA_NOT_ALLOWED: finding("ERR_NA_NOT_ALLOWED", { value: "KAD", kind: "criterion", max: 6 }, { unit: U03, item: "C05", stage: "self", source: at("E10") }),
  ERR_NOTHING_APPLICABLE: finding("ERR_NOTHING_APPLICABLE", { stage: "self", items: ["C05", "C06"] }, { unit: U03, source: at("E45") }),
  ERR_TARGET: finding("ERR_TARGET", { value: 0 }, { unit: U03, item: "C07", source: at("D12") }),
  ERR_DECIMALS: finding("ERR_DECIMALS", { value: 104.1234567, limit: 6, what: "actual" }, { unit: U03, item: "C07", stage: "self", source: at("E12") }),
  ERR_REASON_MISSING: finding("ERR_REASON_MISSING", { stage: "bloc", previous: "self", before: 6, after: 5.5, kind: "points" }, { unit: U03, item: "C05", stage: "bloc", source: at("F10") }),
  ERR_TABLE_HEADER: finding("ERR_TABLE_HEADER", { file: "bang-tieu-chi-2025.xlsx", sheet: "Sheet1" }),
  ERR_TABLE_NO_ROWS: finding("ERR_TABLE_NO_ROWS", {}, { source: { file: "bang-tieu-chi-2025.xlsx", sheet: TABLE } }),
  ERR_TABLE_CODE: finding("ERR_TABLE_CODE", { value: "2.1", parent: "1." }, { source: inTable("A9") }),
  ERR_TABLE_DUPLICATE_CODE: finding("ERR_TABLE_DUPLICATE_CODE", { value: "b)", first: "A12" }, { source: inTable("A13") }),
  ERR_TABLE_NOT_NUMBER: finding("ERR_TABLE_NOT_NUMBER", { column: "max", value: "2,5 điểm/lần" }, { source: inTable("D14") }),
  ERR_TABLE_NOT_POSITIVE: finding("ERR_TABLE_NOT_POSITIVE", { column: "weight", value: 0 }, { source: inTable("E15") }),
  ERR_TABLE_MISSING_MAX: finding("ERR_TABLE_MISSING_MAX", { value: "c)" }, { source: inTable("D16") }),
  ERR_TABLE_EMPTY_NAME: finding("ERR_TABLE_EMPTY_NAME", { value: "3." }, { source: inTable("C17") }),
  ERR_TABLE_NA_POLICY: finding("ERR_TABLE_NA_POLICY", { value: "miễn" }, { source: inTable("F18") }),
  ERR_TABLE_GROUP_FIELD: finding("ERR_TABLE_GROUP_FIELD", { column: "weight", value: "2" }, { source: inTable("E8") }),
  ERR_TABLE_OUTSIDE_SECTION: finding("ERR_TABLE_OUTSIDE_SECTION", { value: "1." }, { source: inTable("A6") }),
  ERR_TABLE_METHOD: finding("ERR_TABLE_METHOD", { value: "tuyến tính, vượt 1% cộng 0,1 điểm, tối đa 2 điểm", problem: "shape", clause: "tuyến tính, vượt 1% cộng 0,1 điểm, tối đa 2 điểm" }, { source: inTable("H10") }),
  ERR_TABLE_SETTING: finding("ERR_TABLE_SETTING", { label: "Bước điểm", value: "một phần tư", expected: "number" }, { source: { file: "bang-tieu-chi-2025.xlsx", sheet: "Quy định chấm", cell: "B6" } }),
  WARN_TABLE_GROUP_SUM: finding("WARN_TABLE_GROUP_SUM", { value: "II.", max: 30 }, { source: inTable("D20") }),
  WARN_TABLE_ENCODING: finding("WARN_TABLE_ENCODING", { encoding: "tcvn3", cells: 42 }, { source: inTable("A1") }),
  WARN_TABLE_DEFAULTS: finding("WARN_TABLE_DEFAULTS", { step: 0.25, decimals: 2, year: 2025 }, { source: { file: "bang-tieu-chi-2025.csv", sheet: "bang-tieu-chi-2025.csv" } }),
  WARN_SECTION_CAP: finding("WARN_SECTION_CAP", { section: "I", sum: 42, max: 40 }, { path: ["sections", 0, "maxPoints"], source: { file: "rubric.json" } }),
  WARN_CAPPED: finding("WARN_CAPPED", { count: 10, points: 2.5, cap: 2, group: "deductions" }, { unit: U03, item: "D4", source: at("I41") }),
  WARN_TIE_UNRESOLVED: finding("WARN_TIE_UNRESOLVED", { units: ["U05", "U07"], rank: 2, total: 92.5 }),
  WARN_AWARD_REQUIREMENT: finding("WARN_AWARD_REQUIREMENT", { position: 1, missed: ["flag:classification"], classification: "Hoàn thành tốt nhiệm vụ", total: 88.5, got: "certificate" }, { unit: U03 }),
  WARN_AWARD_EMPTY: finding("WARN_AWARD_EMPTY", { award: "flag", label: "Cờ thi đua của Ủy ban nhân dân tỉnh", free: 1, places: 1, stopped: false }),
  WARN_AWARD_STOPPED: finding("WARN_AWARD_STOPPED", { position: 2, units: ["U05", "U07"] }),
  WARN_AWARD_FULL: finding("WARN_AWARD_FULL", { position: 4, awards: ["flag", "certificate"] }, { unit: U03 }),
  WARN_AWARD_VETOED: finding("WARN_AWARD_VETOED", { rank: 2 }, { unit: U03 }),
  WARN_INCOMPLETE: finding("WARN_INCOMPLETE", { stage: "bloc" }, { unit: U03 }),
  WARN_VOTE_REJECTED: finding("WARN_VOTE_REJECTED", { vote: ["U05"], group: ["U05", "U07"], reason: "members" }),
  WARN_SELF_GAP: finding("WARN_SELF_GAP", { self: 91.75, bloc: 81.75, gap: 10, threshold: 5 }, { unit: U03, source: at("E45") }),
  WARN_RANKING_PENDING: finding("WARN_RANKING_PENDING", { stage: "final" }),
  WARN_REASON_MISSING: finding("WARN_REASON_MISSING", { stage: "bloc", previous: "self", before: 6, after: 5.5, kind: "points" }, { unit: U03, item: "C05", stage: "bloc", source: at("F10") }),
};

/** A code added later without an example here still goes through the renderer's order checks. */
export function exampleOf(code: FindingCode): { finding: Finding; realistic: boolean } {
  const f = FINDING_EXAMPLES[code];
  return f ? { finding: f, realistic: true } : { finding: finding(code, {}, { unit: U03, item: "C05", stage: "self", source: at("E10") }), realistic: false };
}
