import type { StageChange } from "../domain/stageChanges";
import type { MeasuredExplanation, UnitExplanation } from "../domain/unitExplanations";
import { formatNumber } from "./format";
import { stageName } from "./stages";
import type { Lang } from "./types";

const WORDS = {
  vi: {
    na: "không áp dụng",
    reason: "lý do",
    noReason: "chưa ghi lý do",
    full: "không áp dụng, tính đủ điểm",
    leftOut: "không áp dụng, không tính và quy đổi tổng điểm",
    rescaled: "tổng điểm tiêu chí {0} → quy đổi {1}",
    reached: "đạt {0}% chỉ tiêu",
    bestPossible: "kết quả 0 (càng thấp càng tốt)",
    band: "bậc ≥{0}%",
    noBand: "dưới mọi bậc",
    points: "điểm",
    weight: "hệ số",
  },
  en: {
    na: "not applicable",
    reason: "reason",
    noReason: "no reason given",
    full: "not applicable, counted in full",
    leftOut: "not applicable, left out and the total rescaled",
    rescaled: "criteria total {0} → rescaled {1}",
    reached: "{0}% of target",
    bestPossible: "a result of 0 (lower is better)",
    band: "band ≥{0}%",
    noBand: "below every band",
    points: "points",
    weight: "weight",
  },
} as const;

function value(v: StageChange["before"], lang: Lang): string {
  return v === "na" ? WORDS[lang].na : formatNumber(v, lang);
}

/** "C04: khối chấm 5,75 → 5,25 — lý do: “thiếu minh chứng”" */
export function changeLine(c: StageChange, lang: Lang): string {
  const w = WORDS[lang];
  const why = c.reason === null ? w.noReason : `${w.reason}: “${c.reason}”`;
  return `${c.item}: ${stageName(c.stage, lang)} ${value(c.before, lang)} → ${value(c.after, lang)} — ${why}`;
}

/**
 * "M1: đạt 104% chỉ tiêu → 6 + 0,4 điểm", "M3: đạt 90% chỉ tiêu, bậc ≥90% → 4 điểm", with "× hệ số 2 = 9,53" when
 * weighted: how a measured criterion's points arose from the unit's actual and target.
 */
export function measuredLine(m: MeasuredExplanation, lang: Lang): string {
  const w = WORDS[lang];
  const n = (v: number) => formatNumber(v, lang);
  // the achievement as officials say it: at most 2 decimals (104%, 83,33%)
  const reached = m.percent === null ? w.bestPossible : w.reached.replace("{0}", formatNumber(Math.round(m.percent * 100) / 100, lang));
  const band = m.shape !== "bands" ? "" : m.band !== null ? `, ${w.band.replace("{0}", n(m.band))}` : `, ${w.noBand}`;
  const points = m.extra > 0 ? `${n(m.base)} + ${n(m.extra)}` : n(m.points);
  const weighted = m.weight !== 1 ? ` × ${w.weight} ${n(m.weight)} = ${n(m.weighted)}` : "";
  return `${m.item}: ${reached}${band} → ${points} ${w.points}${weighted}`;
}

/**
 * A unit's explanation as lines an official reads aloud: each changed score with its reason, then the criteria
 * not applicable (counted in full; left out, with the criteria total before and after it was brought back to the
 * full scale).
 */
export function explanationLines(e: UnitExplanation, lang: Lang, decimals: number): string[] {
  const w = WORDS[lang];
  const lines = [...e.measured.map((m) => measuredLine(m, lang)), ...e.changes.map((c) => changeLine(c, lang))];
  if (e.full.length > 0) lines.push(`${w.full}: ${e.full.join(", ")}`);
  if (e.leftOut.length > 0) {
    const scale = e.rescaled ? ` (${w.rescaled.replace("{0}", formatNumber(e.rescaled.points, lang, decimals)).replace("{1}", formatNumber(e.rescaled.total, lang, decimals))})` : "";
    lines.push(`${w.leftOut}: ${e.leftOut.join(", ")}${scale}`);
  }
  return lines;
}
