import type { Lang } from "./types";

/**
 * The words of the bloc's own table: its sheets' names, the criteria table's headers, the labelled rows of
 * "Quy định chấm". `rubric export` writes them in the chosen language; `rubric import` recognises the words of
 * every language (and a few synonyms officials use), so a table exported in English reads back in Vietnamese.
 */
export interface RubricTableLabels {
  readonly criteriaSheet: string;
  readonly rulesSheet: string;
  readonly criteriaTitle: string;
  readonly criteriaHint: string;
  readonly columns: {
    readonly number: string;
    readonly id: string;
    readonly name: string;
    readonly max: string;
    readonly weight: string;
    readonly notApplicable: string;
    /** a measured criterion's rule in words (domain/measureRule.ts) */
    readonly method: string;
    readonly guidance: string;
  };
  readonly naFull: string;
  readonly naRescale: string;
  readonly total: string;
  readonly rules: {
    readonly title: string;
    readonly hint: string;
    readonly name: string;
    readonly year: string;
    readonly step: string;
    readonly decimals: string;
    readonly stages: string;
    readonly requireReason: string;
    readonly selfGap: string;
    readonly bonusMax: string;
    readonly bonusTitle: string;
    readonly deductionMax: string;
    readonly deductionTitle: string;
    readonly eventHeader: readonly string[];
    readonly tieTitle: string;
    readonly tieHeader: readonly string[];
    readonly tieSection: (id: string) => string;
    readonly fewerDeductions: string;
    readonly moreBonus: string;
    readonly classTitle: string;
    readonly classHeader: readonly string[];
    readonly awardTitle: string;
    readonly awardHeader: readonly string[];
    readonly yes: string;
    readonly no: string;
  };
}

const vi: RubricTableLabels = {
  criteriaSheet: "Bảng tiêu chí",
  rulesSheet: "Quy định chấm",
  criteriaTitle: "BẢNG TIÊU CHÍ CHẤM ĐIỂM THI ĐUA",
  criteriaHint: "Sửa trực tiếp: TT (I, 1, 1.1, a) cho cấp của dòng; dòng nhóm để trống Điểm chuẩn thì lấy tổng các dòng con.",
  columns: { number: "TT", id: "Mã", name: "Nội dung tiêu chí", max: "Điểm chuẩn", weight: "Hệ số", notApplicable: "Không áp dụng", method: "Cách chấm", guidance: "Hướng dẫn chấm" },
  naFull: "đủ điểm",
  naRescale: "quy đổi",
  total: "Tổng cộng",
  rules: {
    title: "QUY ĐỊNH CHẤM ĐIỂM",
    hint: "Sửa giá trị ở cột B và các dòng trong từng bảng; giữ nguyên chữ ở cột A.",
    name: "Tên bảng điểm",
    year: "Năm",
    step: "Bước điểm",
    decimals: "Số chữ số thập phân",
    stages: "Các giai đoạn chấm",
    requireReason: "Bắt buộc ghi lý do khi điểm thay đổi",
    selfGap: "Ngưỡng chênh lệch tự chấm",
    bonusMax: "Tổng điểm thưởng tối đa",
    bonusTitle: "ĐIỂM THƯỞNG",
    deductionMax: "Tổng điểm trừ tối đa",
    deductionTitle: "ĐIỂM TRỪ",
    eventHeader: ["Mã", "Nội dung", "Điểm mỗi lần", "Tối đa", "Không xét khen thưởng"],
    tieTitle: "THỨ TỰ PHÂN ĐỊNH KHI BẰNG ĐIỂM",
    tieHeader: ["TT", "Tiêu chí phân định"],
    tieSection: (id) => `Điểm phần ${id}`,
    fewerDeductions: "Ít điểm trừ hơn",
    moreBonus: "Nhiều điểm thưởng hơn",
    classTitle: "XẾP LOẠI",
    classHeader: ["TT", "Xếp loại", "Tổng điểm từ", "Tỷ lệ tối thiểu mỗi phần"],
    awardTitle: "KHEN THƯỞNG",
    awardHeader: ["Mã", "Hình thức khen thưởng", "Số suất", "Xếp loại yêu cầu", "Tổng điểm tối thiểu"],
    yes: "Có",
    no: "Không",
  },
};

const en: RubricTableLabels = {
  criteriaSheet: "Criteria table",
  rulesSheet: "Scoring rules",
  criteriaTitle: "EMULATION SCORING CRITERIA",
  criteriaHint: "Edit in place: No. (I, 1, 1.1, a) sets a row's level; a group row with an empty Max points takes the sum of its rows.",
  columns: { number: "No.", id: "Code", name: "Criterion", max: "Max points", weight: "Weight", notApplicable: "Not applicable", method: "Scoring method", guidance: "Scoring guidance" },
  naFull: "full",
  naRescale: "rescale",
  total: "Total",
  rules: {
    title: "SCORING RULES",
    hint: "Edit the values in column B and the rows of each table; keep the words in column A.",
    name: "Title",
    year: "Year",
    step: "Score step",
    decimals: "Decimals",
    stages: "Scoring stages",
    requireReason: "Reason required when a score changes",
    selfGap: "Self-score gap threshold",
    bonusMax: "Bonus points at most",
    bonusTitle: "BONUS POINTS",
    deductionMax: "Deductions at most",
    deductionTitle: "DEDUCTIONS",
    eventHeader: ["Code", "Item", "Points per event", "At most", "Bars awards"],
    tieTitle: "TIE-BREAK ORDER",
    tieHeader: ["No.", "Tie-break"],
    tieSection: (id) => `Points of part ${id}`,
    fewerDeductions: "Fewer deductions",
    moreBonus: "More bonus",
    classTitle: "CLASSIFICATION",
    classHeader: ["No.", "Level", "Total from", "Minimum ratio per part"],
    awardTitle: "AWARDS",
    awardHeader: ["Code", "Award", "Places", "Required level", "Minimum total"],
    yes: "Yes",
    no: "No",
  },
};

export const RUBRIC_TABLE_LABELS: Readonly<Record<Lang, RubricTableLabels>> = { vi, en };

export function rubricTableLabels(lang: Lang): RubricTableLabels {
  return RUBRIC_TABLE_LABELS[lang];
}
