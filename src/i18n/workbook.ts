import { formatNumber } from "./format";
import type { Lang } from "./types";

/**
 * Every label written into a generated workbook: sheet names, titles, headers, notes, data-validation messages
 * and the words formulas show. The summary sheet's name and its headers "Đơn vị", "Tổng điểm", "Xếp hạng" are
 * part of the workbook contract (DESIGN.md), so they live here rather than in layout code.
 */
export interface WorkbookLabels {
  readonly sheets: { readonly rubric: string; readonly summary: string };
  readonly stageHeader: Readonly<Record<string, string>>;
  readonly places: readonly [string, string, string];
  readonly yes: string;
  readonly no: string;
  readonly unit: {
    readonly title: (year: number) => string;
    readonly subtitle: (unitName: string, unitId: string, blocName: string) => string;
    readonly hint: string;
    readonly id: string;
    readonly name: string;
    readonly max: string;
    readonly weight: string;
    readonly final: string;
    readonly points: string;
    /** the unit's evidence column (minh chứng), beside the first stage */
    readonly evidence: string;
    /** a later stage's reason column (lý do): why the score differs from the previous stage's */
    readonly reason: (stage: string) => string;
    readonly countHeader: (stage: string) => string;
    readonly perEvent: string;
    readonly cap: string;
    readonly finalCount: string;
    readonly bonusGroup: string;
    readonly deductionGroup: string;
    readonly vetoSuffix: string;
    readonly criteriaTotal: string;
    /** the criteria total brought back to the full scale when a `rescale` criterion is not applicable */
    readonly scaledTotal: string;
    /** shown instead of the rescaled total when no criterion applies (never a division by zero) */
    readonly nothingApplicable: string;
    readonly bonusTotal: string;
    readonly deductionTotal: string;
    readonly total: string;
    readonly status: string;
    readonly complete: string;
    readonly missingBefore: string;
    readonly missingAfter: string;
    readonly veto: string;
    readonly vetoYes: string;
    /** the signature block under the sheet: who signs, and how */
    readonly signer: string;
    readonly signHint: string;
    /** a measured criterion's target (chỉ tiêu giao) and achievement columns */
    readonly target: string;
    readonly percent: string;
  };
  readonly summary: {
    readonly title: (year: number) => string;
    readonly hint: string;
    readonly index: string;
    readonly id: string;
    readonly unit: string;
    readonly section: (id: string) => string;
    /** Σ section subtotals, and the same brought back to the full scale (rubrics with `rescale` criteria) */
    readonly criteria: string;
    readonly scaled: string;
    readonly bonus: string;
    readonly deductions: string;
    readonly total: string;
    readonly rank: string;
    readonly place: string;
    readonly classification: string;
    readonly award: string;
    readonly vote: string;
    readonly note: string;
    readonly noteIncomplete: string;
    readonly noteVetoed: string;
    readonly noteTied: string;
    readonly helper: string;
  };
  readonly rubric: {
    readonly subtitle: (blocName: string, year: number) => string;
    readonly id: string;
    readonly name: string;
    readonly max: string;
    readonly weight: string;
    readonly guidance: string;
    /** a measured criterion's rule, in the authoring table's words (domain/measureRule.ts) */
    readonly method: string;
    readonly bonusGroup: (cap: number | null) => string;
    readonly deductionGroup: (cap: number | null) => string;
    readonly perEvent: string;
    readonly vetoes: string;
    readonly classification: string;
    readonly minTotal: string;
    readonly minSectionRatio: string;
    readonly awards: string;
    readonly places: string;
    readonly requiredClassification: string;
    readonly tieBreak: string;
    readonly tieKey: (key: string) => string;
    readonly tieVote: string;
    readonly scale: string;
    readonly step: string;
    readonly decimals: string;
    readonly stages: string;
    readonly head: string;
    readonly deputy: string;
    readonly units: string;
  };
  readonly validation: {
    readonly scoreTitle: string;
    readonly scorePrompt: (max: number, step: number) => string;
    readonly scoreErrorTitle: string;
    readonly scoreError: (max: number, step: number) => string;
    /** a criterion that may be marked not applicable: a score or KAD */
    readonly scoreOrNaPrompt: (max: number, step: number) => string;
    readonly scoreOrNaError: (max: number, step: number) => string;
    /** a measured criterion's target and actual cells */
    readonly targetTitle: string;
    readonly targetPrompt: string;
    readonly targetError: string;
    readonly actualTitle: string;
    readonly actualPrompt: string;
    readonly actualOrNaPrompt: string;
    readonly actualError: string;
    readonly evidenceTitle: string;
    readonly evidencePrompt: string;
    readonly reasonTitle: string;
    readonly reasonPrompt: string;
    readonly textError: (max: number) => string;
    readonly countTitle: string;
    readonly countPrompt: string;
    readonly countError: string;
    readonly voteTitle: string;
    readonly votePrompt: string;
    readonly voteError: string;
  };
}

const vn = (n: number) => formatNumber(n, "vi");
const en_ = (n: number) => formatNumber(n, "en");

const vi: WorkbookLabels = {
  sheets: { rubric: "Tiêu chí", summary: "Tổng hợp" },
  stageHeader: { self: "Tự chấm", bloc: "Khối chấm", verified: "Thẩm định" },
  places: ["Nhất", "Nhì", "Ba"],
  yes: "Có",
  no: "Không",
  unit: {
    title: (year) => `BẢNG CHẤM ĐIỂM THI ĐUA NĂM ${year}`,
    subtitle: (name, id, bloc) => `Đơn vị: ${name} (${id}) — ${bloc}`,
    hint: "Nhập điểm vào các ô màu vàng. Điểm cuối cùng của mỗi tiêu chí là điểm của giai đoạn sau cùng đã chấm.",
    id: "Mã",
    name: "Nội dung",
    max: "Điểm chuẩn",
    weight: "Hệ số",
    final: "Điểm cuối cùng",
    points: "Điểm quy đổi",
    evidence: "Minh chứng",
    reason: (stage) => `Lý do (${stage})`,
    countHeader: (stage) => `${stage} (số lần)`,
    perEvent: "Điểm/lần",
    cap: "Tối đa",
    finalCount: "Số lần",
    bonusGroup: "ĐIỂM THƯỞNG",
    deductionGroup: "ĐIỂM TRỪ",
    vetoSuffix: " (có vi phạm thì không xét khen thưởng)",
    criteriaTotal: "Cộng điểm các tiêu chí",
    scaledTotal: "Quy đổi về thang điểm (không tính tiêu chí không áp dụng)",
    nothingApplicable: "Không có tiêu chí nào áp dụng",
    bonusTotal: "Điểm thưởng",
    deductionTotal: "Điểm trừ",
    total: "TỔNG ĐIỂM",
    status: "Tình trạng",
    complete: "Đủ điểm",
    missingBefore: "Chưa đủ điểm: thiếu ",
    missingAfter: " tiêu chí",
    veto: "Kỷ luật",
    vetoYes: "Có: không xét khen thưởng",
    signer: "THỦ TRƯỞNG ĐƠN VỊ",
    signHint: "(Ký, ghi rõ họ tên, đóng dấu)",
    target: "Chỉ tiêu giao",
    percent: "% hoàn thành",
  },
  summary: {
    title: (year) => `BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA NĂM ${year}`,
    hint: "Điểm của mỗi tiêu chí là điểm của giai đoạn sau cùng đã chấm. Cột Biểu quyết chỉ nhập khi các đơn vị bằng điểm: 1, 2, … theo biểu quyết của Khối.",
    index: "STT",
    id: "Mã",
    unit: "Đơn vị",
    section: (id) => `Phần ${id}`,
    criteria: "Điểm tiêu chí",
    scaled: "Quy đổi",
    bonus: "Điểm thưởng",
    deductions: "Điểm trừ",
    total: "Tổng điểm",
    rank: "Xếp hạng",
    place: "Giải",
    classification: "Xếp loại",
    award: "Đề nghị khen thưởng",
    vote: "Biểu quyết",
    note: "Ghi chú",
    noteIncomplete: "Chưa đủ điểm: chưa xếp hạng",
    noteVetoed: "Kỷ luật: không xét khen thưởng",
    noteTied: "Bằng điểm: cần biểu quyết",
    helper: "Cột phụ",
  },
  rubric: {
    subtitle: (bloc, year) => `${bloc} — năm ${year}`,
    id: "Mã",
    name: "Nội dung",
    max: "Điểm tối đa",
    weight: "Hệ số",
    guidance: "Hướng dẫn chấm",
    method: "Cách chấm (theo kết quả thực hiện chỉ tiêu)",
    bonusGroup: (cap) => `ĐIỂM THƯỞNG${cap === null ? " (không giới hạn tổng)" : ` (tổng tối đa ${vn(cap)})`}`,
    deductionGroup: (cap) => `ĐIỂM TRỪ${cap === null ? " (không giới hạn tổng)" : ` (tổng tối đa ${vn(cap)})`}`,
    perEvent: "Điểm/lần",
    vetoes: "Không xét khen thưởng",
    classification: "XẾP LOẠI",
    minTotal: "Tổng điểm tối thiểu",
    minSectionRatio: "Tỷ lệ tối thiểu mỗi phần",
    awards: "KHEN THƯỞNG",
    places: "Số suất",
    requiredClassification: "Xếp loại yêu cầu",
    tieBreak: "THỨ TỰ PHÂN ĐỊNH KHI BẰNG ĐIỂM",
    tieKey: (key) =>
      key === "fewerDeductions" ? "Ít điểm trừ hơn" : key === "moreBonus" ? "Nhiều điểm thưởng hơn" : `Điểm Phần ${key.replace(/^section:/, "")} cao hơn`,
    tieVote: "Biểu quyết của Khối",
    scale: "THANG ĐIỂM",
    step: "Bước điểm",
    decimals: "Số chữ số thập phân của tổng điểm",
    stages: "Các giai đoạn chấm",
    head: "Trưởng khối",
    deputy: "Phó Trưởng khối",
    units: "Số đơn vị",
  },
  validation: {
    scoreTitle: "Điểm tiêu chí",
    scorePrompt: (max, step) => `Nhập điểm từ 0 đến ${vn(max)}, là bội số của ${vn(step)}.`,
    scoreErrorTitle: "Điểm không hợp lệ",
    scoreError: (max, step) => `Điểm phải là số từ 0 đến ${vn(max)}, bội số của ${vn(step)}.`,
    scoreOrNaPrompt: (max, step) => `Nhập điểm từ 0 đến ${vn(max)}, là bội số của ${vn(step)}; hoặc nhập KAD nếu tiêu chí không áp dụng cho đơn vị.`,
    scoreOrNaError: (max, step) => `Nhập số từ 0 đến ${vn(max)} (bội số của ${vn(step)}) hoặc KAD (không áp dụng).`,
    targetTitle: "Chỉ tiêu giao",
    targetPrompt: "Chỉ tiêu được giao cho đơn vị (theo kế hoạch của tỉnh): một số lớn hơn 0.",
    targetError: "Chỉ tiêu giao phải là số lớn hơn 0.",
    actualTitle: "Kết quả thực hiện",
    actualPrompt: "Kết quả đơn vị đạt được (số từ 0 trở lên); điểm tính theo cách chấm ở trang Tiêu chí.",
    actualOrNaPrompt: "Kết quả đơn vị đạt được (số từ 0 trở lên), hoặc KAD nếu tiêu chí không áp dụng cho đơn vị.",
    actualError: "Kết quả thực hiện phải là số từ 0 trở lên.",
    evidenceTitle: "Minh chứng",
    evidencePrompt: "Đơn vị ghi minh chứng cho điểm tự chấm (số văn bản, báo cáo…).",
    reasonTitle: "Lý do",
    reasonPrompt: "Ghi lý do khi điểm giai đoạn này khác điểm giai đoạn trước.",
    textError: (max) => `Nội dung dài quá ${vn(max)} ký tự.`,
    countTitle: "Số lần",
    countPrompt: "Nhập số lần (số nguyên từ 0 trở lên).",
    countError: "Số lần phải là số nguyên từ 0 trở lên.",
    voteTitle: "Biểu quyết",
    votePrompt: "Chỉ nhập khi các đơn vị bằng điểm: 1, 2, … theo thứ tự Khối đã biểu quyết.",
    voteError: "Nhập số nguyên từ 1 trở lên.",
  },
};

const en: WorkbookLabels = {
  sheets: { rubric: "Criteria", summary: "Summary" },
  stageHeader: { self: "Self score", bloc: "Bloc score", verified: "Verified" },
  places: ["First", "Second", "Third"],
  yes: "Yes",
  no: "No",
  unit: {
    title: (year) => `EMULATION SCORING SHEET ${year}`,
    subtitle: (name, id, bloc) => `Unit: ${name} (${id}) — ${bloc}`,
    hint: "Type scores into the yellow cells. A criterion's final score is the one of the latest stage scored.",
    id: "Id",
    name: "Criterion",
    max: "Maximum",
    weight: "Weight",
    final: "Final score",
    points: "Points",
    evidence: "Evidence",
    reason: (stage) => `Reason (${stage})`,
    countHeader: (stage) => `${stage} (count)`,
    perEvent: "Points/event",
    cap: "Cap",
    finalCount: "Count",
    bonusGroup: "BONUS",
    deductionGroup: "DEDUCTIONS",
    vetoSuffix: " (any event removes the unit from awards)",
    criteriaTotal: "Criteria points",
    scaledTotal: "Rescaled to the full scale (criteria not applicable left out)",
    nothingApplicable: "No criterion applies",
    bonusTotal: "Bonus",
    deductionTotal: "Deductions",
    total: "TOTAL",
    status: "Status",
    complete: "Complete",
    missingBefore: "Incomplete: ",
    missingAfter: " criteria missing",
    veto: "Disciplined",
    vetoYes: "Yes: no award",
    signer: "HEAD OF UNIT",
    signHint: "(Signature, full name, seal)",
    target: "Target",
    percent: "% achieved",
  },
  summary: {
    title: (year) => `EMULATION RESULTS ${year}`,
    hint: "Each criterion counts the score of its latest stage. Fill the Vote column only for tied units: 1, 2, … as the bloc voted.",
    index: "No.",
    id: "Id",
    unit: "Unit",
    section: (id) => `Section ${id}`,
    criteria: "Criteria points",
    scaled: "Rescaled",
    bonus: "Bonus",
    deductions: "Deductions",
    total: "Total",
    rank: "Rank",
    place: "Place",
    classification: "Classification",
    award: "Proposed award",
    vote: "Vote",
    note: "Note",
    noteIncomplete: "Incomplete: not ranked",
    noteVetoed: "Disciplined: no award",
    noteTied: "Tied: the bloc must vote",
    helper: "Helper",
  },
  rubric: {
    subtitle: (bloc, year) => `${bloc} — ${year}`,
    id: "Id",
    name: "Criterion",
    max: "Maximum",
    weight: "Weight",
    guidance: "Guidance",
    method: "Scoring method (from the measured result)",
    bonusGroup: (cap) => `BONUS${cap === null ? " (no total cap)" : ` (total at most ${en_(cap)})`}`,
    deductionGroup: (cap) => `DEDUCTIONS${cap === null ? " (no total cap)" : ` (total at most ${en_(cap)})`}`,
    perEvent: "Points/event",
    vetoes: "Removes from awards",
    classification: "CLASSIFICATION",
    minTotal: "Minimum total",
    minSectionRatio: "Minimum ratio per section",
    awards: "AWARDS",
    places: "Places",
    requiredClassification: "Required classification",
    tieBreak: "TIE-BREAK ORDER",
    tieKey: (key) =>
      key === "fewerDeductions" ? "Fewer deductions" : key === "moreBonus" ? "More bonus" : `Higher section ${key.replace(/^section:/, "")}`,
    tieVote: "The bloc's vote",
    scale: "SCALE",
    step: "Step",
    decimals: "Decimals of the total",
    stages: "Stages",
    head: "Bloc head",
    deputy: "Deputy",
    units: "Units",
  },
  validation: {
    scoreTitle: "Criterion score",
    scorePrompt: (max, step) => `Type a score from 0 to ${en_(max)}, a multiple of ${en_(step)}.`,
    scoreErrorTitle: "Invalid score",
    scoreError: (max, step) => `The score must be a number from 0 to ${en_(max)}, a multiple of ${en_(step)}.`,
    scoreOrNaPrompt: (max, step) => `Type a score from 0 to ${en_(max)}, a multiple of ${en_(step)}; or KAD when the criterion does not apply to the unit.`,
    scoreOrNaError: (max, step) => `Type a number from 0 to ${en_(max)} (a multiple of ${en_(step)}) or KAD (not applicable).`,
    targetTitle: "Target",
    targetPrompt: "The target set for the unit (from the province's plan): a number above 0.",
    targetError: "A target is a number above 0.",
    actualTitle: "Actual result",
    actualPrompt: "The result the unit achieved (a number 0 or more); points follow the rule on the Criteria sheet.",
    actualOrNaPrompt: "The result the unit achieved (a number 0 or more), or KAD if the criterion does not apply to the unit.",
    actualError: "An actual result is a number 0 or more.",
    evidenceTitle: "Evidence",
    evidencePrompt: "The unit's evidence for its self-score (document numbers, reports…).",
    reasonTitle: "Reason",
    reasonPrompt: "Say why, when this stage's score differs from the previous stage's.",
    textError: (max) => `The text is longer than ${en_(max)} characters.`,
    countTitle: "Count",
    countPrompt: "Type the number of events (a whole number, 0 or more).",
    countError: "The count must be a whole number, 0 or more.",
    voteTitle: "Vote",
    votePrompt: "Only for tied units: 1, 2, … in the order the bloc voted.",
    voteError: "Type a whole number, 1 or more.",
  },
};

export const workbookLabels: Record<Lang, WorkbookLabels> = { vi, en };
