import { formatNumber } from "./format";
import type { Lang, Params } from "./types";

/**
 * Words for validate's findings: what a rubric change is about (criterion C06, section I…), which field, and a
 * cell's content as people read it. Kept apart from the finding tables so those stay one line per code.
 */

const SUBJECT: Record<Lang, Record<string, string>> = {
  vi: { criterion: "tiêu chí", section: "phần", bonus: "mục điểm thưởng", deduction: "mục điểm trừ", setting: "thiết lập chung" },
  en: { criterion: "criterion", section: "section", bonus: "bonus item", deduction: "deduction item", setting: "rubric settings" },
};

const FIELD: Record<Lang, Record<string, string>> = {
  vi: {
    name: "tên",
    maxPoints: "điểm chuẩn (tối đa)",
    weight: "hệ số",
    section: "thuộc phần",
    criteria: "danh sách tiêu chí",
    pointsPerEvent: "điểm mỗi lần",
    vetoAward: "loại trừ khen thưởng",
    step: "bước điểm",
    decimals: "số chữ số thập phân",
    stages: "các giai đoạn chấm",
    bonusMaxTotal: "mức tối đa điểm thưởng",
    deductionsMaxTotal: "mức tối đa điểm trừ",
    tieBreak: "tiêu chí phân định",
    classification: "bảng xếp loại",
    awards: "các hình thức khen thưởng",
    selfGapThreshold: "ngưỡng chênh lệch tự chấm",
  },
  en: {
    name: "name",
    maxPoints: "maximum",
    weight: "weight",
    section: "section",
    criteria: "list of criteria",
    pointsPerEvent: "points per event",
    vetoAward: "vetoes awards",
    step: "step",
    decimals: "decimals",
    stages: "stages",
    bonusMaxTotal: "bonus cap",
    deductionsMaxTotal: "deductions cap",
    tieBreak: "tie-break chain",
    classification: "classification levels",
    awards: "awards",
    selfGapThreshold: "self-score gap threshold",
  },
};

/** A cell's content or a rubric field's value in words: numbers in the language's notation, "(empty)" for nothing. */
export function shown(v: unknown, lang: Lang): string {
  if (v === null || v === undefined || v === "") return lang === "vi" ? "(trống)" : "(empty)";
  if (typeof v === "number") return formatNumber(v, lang);
  if (typeof v === "boolean") return lang === "vi" ? (v ? "có" : "không") : v ? "yes" : "no";
  return `"${String(v)}"`;
}

/** "tiêu chí C06: điểm chuẩn (tối đa)" — what a rubric change is about. */
export function rubricChangeSubject(p: Params, lang: Lang): string {
  const kind = SUBJECT[lang][String(p.kind)] ?? String(p.kind);
  const who = p.kind === "setting" ? kind : `${kind} ${p.id}`;
  if (p.field === "added") return lang === "vi" ? `${who} được thêm vào` : `${who} was added`;
  if (p.field === "removed") return lang === "vi" ? `${who} bị xóa` : `${who} was removed`;
  return `${who}: ${FIELD[lang][String(p.field)] ?? String(p.field)}`;
}

/** Whether the change is an added/removed entry (no before → after values to show). */
export function isWholeEntry(p: Params): boolean {
  return p.field === "added" || p.field === "removed";
}
