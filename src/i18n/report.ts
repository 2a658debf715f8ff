import { clock } from "./clock";
import type { Lang } from "./types";

/** Every word of the printable result ("Báo cáo kết quả chấm điểm"), laid out as an administrative document. */
export interface ReportLabels {
  readonly sheet: string;
  readonly nation: string;
  readonly motto: string;
  /** the issuing body, top left: the bloc's name in capitals */
  readonly issuer: (blocName: string) => string;
  /** "Huế, ngày 05 tháng 12 năm 2023"; blanks to be filled by hand when unknown */
  readonly placeDate: (place: string | null, date: { y: number; m: number; d: number } | null) => string;
  readonly title: string;
  readonly subtitle: (year: number) => string;
  readonly intro: (blocName: string, units: number, year: number) => string;
  readonly columns: {
    readonly index: string;
    readonly unit: string;
    readonly total: string;
    readonly rank: string;
    readonly place: string;
    readonly classification: string;
    readonly award: string;
  };
  /** under a rescaled unit's name: its criteria total and that total brought back to the full scale (formatted) */
  readonly rescaled: (points: string, total: string) => string;
  readonly incomplete: string;
  readonly vetoed: string;
  readonly tiesTitle: string;
  readonly noTies: string;
  readonly tieGroup: (names: readonly string[], total: string) => string;
  readonly tieByKey: (above: string, below: string, reason: string) => string;
  readonly tieByVote: (above: string, below: string) => string;
  readonly tieOpen: (a: string, b: string) => string;
  readonly tieKey: (key: string, sectionName: string | null) => string;
  readonly nextYearTitle: (year: number) => string;
  readonly nextHead: (name: string | null) => string;
  readonly nextDeputy: (name: string | null) => string;
  readonly sealed: (by: string, at: string) => string;
  readonly notSealed: string;
  readonly recipientsTitle: string;
  readonly recipients: readonly string[];
  readonly headTitle: string;
  readonly deputyTitle: string;
  readonly signHint: string;
}

const pad2 = (n: number) => String(n).padStart(2, "0");

const vi: ReportLabels = {
  sheet: "Báo cáo",
  nation: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  motto: "Độc lập - Tự do - Hạnh phúc",
  issuer: (bloc) => bloc.toLocaleUpperCase("vi"),
  placeDate: (place, date) => `${place ?? "……………"}, ${date ? `ngày ${pad2(date.d)} tháng ${pad2(date.m)} năm ${date.y}` : "ngày …… tháng …… năm ……"}`,
  title: "BÁO CÁO",
  subtitle: (year) => `Kết quả chấm điểm, xếp hạng thi đua năm ${year}`,
  intro: (bloc, units, year) => `${bloc} gồm ${units} đơn vị đã tổ chức chấm điểm, xếp hạng thi đua năm ${year} theo bảng tiêu chí đã giao ước. Kết quả như sau:`,
  columns: { index: "STT", unit: "Đơn vị", total: "Tổng điểm", rank: "Xếp hạng", place: "Giải", classification: "Xếp loại", award: "Đề nghị khen thưởng" },
  rescaled: (points, total) => `(tổng điểm tiêu chí ${points} → quy đổi ${total})`,
  incomplete: "Chưa đủ điểm",
  vetoed: "Có kỷ luật: không xét khen thưởng",
  tiesTitle: "Các trường hợp bằng điểm",
  noTies: "Không có đơn vị nào bằng điểm.",
  tieGroup: (names, total) => `${names.join(", ")} cùng ${total} điểm`,
  tieByKey: (above, below, reason) => `${above} xếp trên ${below} vì ${reason}`,
  tieByVote: (above, below) => `${above} xếp trên ${below} theo biểu quyết của Khối`,
  tieOpen: (a, b) => `${a} và ${b} đồng hạng, chưa có biểu quyết của Khối`,
  tieKey: (key, section) =>
    key === "fewerDeductions" ? "ít điểm trừ hơn" : key === "moreBonus" ? "nhiều điểm thưởng hơn" : `điểm phần ${key.replace(/^section:/, "")}${section ? ` (${section})` : ""} cao hơn`,
  nextYearTitle: (year) => `Đề nghị Trưởng khối, Phó Trưởng khối năm ${year}`,
  nextHead: (name) => `Trưởng khối: ${name ?? "……………………"}`,
  nextDeputy: (name) => `Phó Trưởng khối: ${name ?? "……………………"}`,
  // Việt Nam keeps UTC+7 all year
  sealed: (by, at) => `Kết quả đã được chốt: ${by}, ${clock(at, 7, (t) => `lúc ${t.h} giờ ${t.mi} ngày ${t.d}/${t.m}/${t.y}`)}.`,
  notSealed: "Kết quả chưa được chốt.",
  recipientsTitle: "Nơi nhận:",
  recipients: ["- Ban Thi đua - Khen thưởng;", "- Các đơn vị trong Khối;", "- Lưu."],
  headTitle: "TRƯỞNG KHỐI",
  deputyTitle: "PHÓ TRƯỞNG KHỐI",
  signHint: "(Ký, ghi rõ họ tên, đóng dấu)",
};

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const en: ReportLabels = {
  sheet: "Report",
  nation: "SOCIALIST REPUBLIC OF VIETNAM",
  motto: "Independence - Freedom - Happiness",
  issuer: (bloc) => bloc.toLocaleUpperCase("en"),
  placeDate: (place, date) => `${place ?? "……………"}, ${date ? `${date.d} ${MONTHS[date.m - 1]} ${date.y}` : "…… / …… / ……"}`,
  title: "REPORT",
  subtitle: (year) => `Emulation scoring and ranking results, ${year}`,
  intro: (bloc, units, year) => `${bloc}, ${units} units, scored and ranked the emulation of ${year} on the agreed rubric. The results:`,
  columns: { index: "No.", unit: "Unit", total: "Total", rank: "Rank", place: "Place", classification: "Classification", award: "Proposed award" },
  rescaled: (points, total) => `(criteria total ${points} → rescaled ${total})`,
  incomplete: "Incomplete",
  vetoed: "Disciplined: no award",
  tiesTitle: "Equal totals",
  noTies: "No units have equal totals.",
  tieGroup: (names, total) => `${names.join(", ")} have ${total} points each`,
  tieByKey: (above, below, reason) => `${above} ranks above ${below} on ${reason}`,
  tieByVote: (above, below) => `${above} ranks above ${below} by the bloc's vote`,
  tieOpen: (a, b) => `${a} and ${b} share the rank, no vote recorded`,
  tieKey: (key, section) =>
    key === "fewerDeductions" ? "fewer deductions" : key === "moreBonus" ? "more bonus points" : `a higher section ${key.replace(/^section:/, "")}${section ? ` (${section})` : ""} subtotal`,
  nextYearTitle: (year) => `Proposed bloc head and deputy for ${year}`,
  nextHead: (name) => `Bloc head: ${name ?? "……………………"}`,
  nextDeputy: (name) => `Deputy: ${name ?? "……………………"}`,
  sealed: (by, at) => `The result was sealed: ${by}, ${clock(at, 0, (t) => `${t.y}-${t.m}-${t.d} ${t.h}:${t.mi} UTC`)}.`,
  notSealed: "The result is not sealed.",
  recipientsTitle: "To:",
  recipients: ["- The Emulation and Commendation Board;", "- The units of the bloc;", "- File."],
  headTitle: "BLOC HEAD",
  deputyTitle: "DEPUTY BLOC HEAD",
  signHint: "(Signature, full name, seal)",
};

export const reportLabels: Record<Lang, ReportLabels> = { vi, en };
