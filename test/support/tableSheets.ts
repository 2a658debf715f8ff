import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../src/workbook/snapshot";
import type { WorkbookPlan } from "../../src/workbook/plan";
import { BASE_FONT, HIGHLIGHTS, STYLES } from "../../src/workbook/formats";

/** A sheet as a host reads it, from rows of cells (no formulas): what a pasted table looks like to the readers. */
export function sheetOf(name: string, rows: readonly (readonly CellValue[])[]): SheetSnapshot {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const values = rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null));
  return { name, visibility: "visible", protected: false, values, formulas: values.map((r) => r.map(() => null)) };
}

export function workbookOf(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { sheets };
}

/**
 * The tree fixture (test/fixtures/tree) as a bloc would paste it from Word: title rows, a column-number row, a
 * blank row, section rows typed in one merged cell with their maximum in the name, "I." / "1." / "1.1" / "a)" codes
 * restarting in each part, decimal commas typed as text, a name split over two rows, and a "Tổng cộng" row.
 */
export const PASTED_WORD_TABLE: readonly (readonly CellValue[])[] = [
  ["CÔNG AN TỈNH THỪA THIÊN HUẾ", null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
  ["KHỐI THI ĐUA CÔNG AN CÁC HUYỆN", null, null, "Độc lập - Tự do - Hạnh phúc"],
  [],
  ["BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2025"],
  ["(Kèm theo Quyết định số 12/QĐ-KTĐ ngày 10/01/2025)"],
  ["STT", "Nội dung tiêu chí", "Điểm chuẩn", "Hệ số", "Không áp dụng", "Ghi chú"],
  ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
  ["I. Thực hiện nhiệm vụ chuyên môn (50 điểm)"],
  ["1.", "Đấu tranh, phòng chống tội phạm", 30],
  ["1.1", "Kiềm chế, kéo giảm tội phạm về trật tự xã hội", "12"],
  ["a)", "Tỷ lệ điều tra, khám phá án đạt chỉ tiêu", "6"],
  ["b)", "Triệt phá băng, ổ nhóm tội phạm", 4],
  ["c)", "Truy bắt đối tượng truy nã", "4,0", null, "quy đổi"],
  [],
  ["1.2", "Phòng chống tội phạm về kinh tế, ma túy", 12],
  ["a)", "Phát hiện, xử lý tội phạm kinh tế", 5],
  ["b)", "Triệt phá điểm, tụ điểm ma túy", 5, null, "Quy đổi"],
  ["c)", "Quản lý người nghiện tại cộng đồng", 2, "1"],
  ["1.3", "Phối hợp với Viện kiểm sát, Tòa án đúng hạn", "4", "2"],
  ["2.", "Quản lý hành chính về trật tự xã hội", 20],
  ["2.1", "Cấp căn cước, định danh điện tử đúng hạn", 8],
  ["2.2", "Quản lý cư trú, đăng ký tạm trú", 6],
  ["2.3", "Quản lý vũ khí, vật liệu nổ", "6", null, "đủ điểm"],
  ["II.", "Xây dựng lực lượng", 30],
  ["1.", "Công tác chính trị, tư tưởng", 15],
  ["1.1", "Học tập, quán triệt nghị quyết", 5],
  ["1.2", "Không có cán bộ vi phạm kỷ luật", 6],
  ["1.3", "Thi đua vì an ninh Tổ quốc", 6, null, "quy đổi"],
  ["2.", "Huấn luyện, bồi dưỡng nghiệp vụ", 8],
  ["3.", "Hậu cần,", 7],
  [null, "kỹ thuật"],
  ["III.", "Công tác thi đua, khen thưởng", null],
  ["1.", "Ký kết giao ước, phát động phong trào", 10],
  ["2.", "Báo cáo đúng hạn", 10, null, "đủ điểm"],
  [null, "Tổng cộng", 100],
  [],
  [null, "NGƯỜI LẬP BIỂU", null, "TRƯỞNG KHỐI"],
];

/** A one-sheet plan of plain rows, for writing a pasted table into an .xlsx. */
export function sheetsOf(name: string, rows: readonly (readonly (string | number | null)[])[], merges: readonly string[] = []): WorkbookPlan {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const values = rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null));
  return {
    sheets: [{ name, visibility: "visible", values, formulas: values.map((r) => r.map(() => null)), columns: [], rowHeights: [], formats: [], merges, validations: [], conditionalFormats: [], protect: false }],
    font: BASE_FONT,
    styles: STYLES,
    highlights: HIGHLIGHTS,
    names: [],
  };
}
