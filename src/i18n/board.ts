import { recordedAt } from "./clock";
import type { Lang } from "./types";

export type BoardStatusWord = "ready" | "unsealed" | "errors" | "broken";

/** The Board's summary of many blocs (`thidua board`): the workbook it writes and the lines it prints. */
export interface BoardLabels {
  readonly sheets: { readonly summary: string; readonly errors: string };
  readonly title: string;
  readonly subtitle: (count: number, date: string) => string;
  readonly hint: string;
  readonly columns: {
    readonly index: string;
    readonly file: string;
    readonly bloc: string;
    readonly year: string;
    readonly status: string;
    readonly first: string;
    readonly second: string;
    readonly third: string;
    readonly awards: string;
    readonly seal: string;
    readonly agreed: string;
    readonly errorCount: string;
    readonly errors: string;
  };
  readonly errorColumns: { readonly index: string; readonly file: string; readonly code: string; readonly sheet: string; readonly cell: string; readonly unit: string; readonly message: string };
  readonly status: Readonly<Record<BoardStatusWord, string>>;
  readonly sealed: (by: string, at: string, stage: string) => string;
  readonly notSealed: string;
  readonly agreed: (file: string, by: "name" | "title") => string;
  readonly noAgreed: string;
  readonly award: (label: string, units: string) => string;
  readonly noRanking: string;
  readonly more: (n: number) => string;
  readonly line: (file: string, bloc: string, status: string) => string;
  readonly places: (first: string, second: string, third: string) => string;
  readonly totals: (count: number, ready: number, unsealed: number, errors: number, broken: number) => string;
}

const vi: BoardLabels = {
  sheets: { summary: "Tổng hợp các khối", errors: "Chi tiết lỗi" },
  title: "KẾT QUẢ KIỂM TRA SỔ CHẤM ĐIỂM THI ĐUA CỦA CÁC KHỐI",
  subtitle: (count, date) => `${count} sổ, kiểm tra ngày ${date}`,
  hint: "Sẵn sàng: sổ không có lỗi và đã chốt kết quả. Mỗi lỗi có trang, ô và cách sửa ở trang \"Chi tiết lỗi\".",
  columns: {
    index: "STT",
    file: "Tệp",
    bloc: "Khối thi đua",
    year: "Năm",
    status: "Tình trạng",
    first: "Nhất",
    second: "Nhì",
    third: "Ba",
    awards: "Đề nghị khen thưởng",
    seal: "Chốt kết quả",
    agreed: "Bảng tiêu chí đối chiếu",
    errorCount: "Số lỗi",
    errors: "Các lỗi",
  },
  errorColumns: { index: "STT", file: "Tệp", code: "Mã lỗi", sheet: "Trang", cell: "Ô", unit: "Đơn vị", message: "Nội dung và cách sửa" },
  status: { ready: "Sẵn sàng", unsealed: "Chưa chốt kết quả", errors: "Có lỗi", broken: "Không đọc được" },
  sealed: (by, at, stage) => `${by}, ${recordedAt.vi(at)} (${stage})`,
  notSealed: "Chưa chốt",
  agreed: (file, by) => `${file} (${by === "name" ? "theo tên tệp" : "theo tiêu đề và năm"})`,
  noAgreed: "Không có: chỉ đối chiếu với bảng lưu trong sổ",
  award: (label, units) => `${label}: ${units}`,
  noRanking: "Chưa xếp hạng được (giá trị có lỗi)",
  more: (n) => `… và ${n} lỗi khác (xem trang "Chi tiết lỗi")`,
  line: (file, bloc, status) => `${file} — ${bloc}: ${status}`,
  places: (first, second, third) => `Nhất: ${first || "—"}; Nhì: ${second || "—"}; Ba: ${third || "—"}`,
  totals: (count, ready, unsealed, errors, broken) => `${count} sổ: ${ready} sẵn sàng, ${unsealed} chưa chốt kết quả, ${errors} có lỗi, ${broken} không đọc được.`,
};

const en: BoardLabels = {
  sheets: { summary: "Blocs", errors: "Errors" },
  title: "CHECK OF THE BLOCS' SCORING WORKBOOKS",
  subtitle: (count, date) => `${count} workbooks, checked on ${date}`,
  hint: "Ready: no error and the result sealed. Every error, with its sheet, cell and fix, is on the \"Errors\" sheet.",
  columns: {
    index: "No.",
    file: "File",
    bloc: "Bloc",
    year: "Year",
    status: "Status",
    first: "First",
    second: "Second",
    third: "Third",
    awards: "Proposed awards",
    seal: "Sealed",
    agreed: "Agreed rubric",
    errorCount: "Errors",
    errors: "The errors",
  },
  errorColumns: { index: "No.", file: "File", code: "Code", sheet: "Sheet", cell: "Cell", unit: "Unit", message: "What is wrong and the fix" },
  status: { ready: "Ready", unsealed: "Not sealed", errors: "Has errors", broken: "Unreadable" },
  sealed: (by, at, stage) => `${by}, ${recordedAt.en(at)} (${stage})`,
  notSealed: "Not sealed",
  agreed: (file, by) => `${file} (${by === "name" ? "by file name" : "by title and year"})`,
  noAgreed: "None: checked against the rubric stored in the workbook only",
  award: (label, units) => `${label}: ${units}`,
  noRanking: "No ranking (values have errors)",
  more: (n) => `… and ${n} more (see the "Errors" sheet)`,
  line: (file, bloc, status) => `${file} — ${bloc}: ${status}`,
  places: (first, second, third) => `First: ${first || "—"}; Second: ${second || "—"}; Third: ${third || "—"}`,
  totals: (count, ready, unsealed, errors, broken) => `${count} workbooks: ${ready} ready, ${unsealed} not sealed, ${errors} with errors, ${broken} unreadable.`,
};

export const boardLabels: Record<Lang, BoardLabels> = { vi, en };
