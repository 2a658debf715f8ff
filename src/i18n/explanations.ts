import type { StageChange } from "../domain/stageChanges";
import type { UnitExplanation } from "../domain/unitExplanations";
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
  },
  en: {
    na: "not applicable",
    reason: "reason",
    noReason: "no reason given",
    full: "not applicable, counted in full",
    leftOut: "not applicable, left out and the total rescaled",
    rescaled: "criteria total {0} → rescaled {1}",
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
 * A unit's explanation as lines an official reads aloud: each changed score with its reason, then the criteria
 * not applicable (counted in full; left out, with the criteria total before and after it was brought back to the
 * full scale).
 */
export function explanationLines(e: UnitExplanation, lang: Lang, decimals: number): string[] {
  const w = WORDS[lang];
  const lines = e.changes.map((c) => changeLine(c, lang));
  if (e.full.length > 0) lines.push(`${w.full}: ${e.full.join(", ")}`);
  if (e.leftOut.length > 0) {
    const scale = e.rescaled ? ` (${w.rescaled.replace("{0}", formatNumber(e.rescaled.points, lang, decimals)).replace("{1}", formatNumber(e.rescaled.total, lang, decimals))})` : "";
    lines.push(`${w.leftOut}: ${e.leftOut.join(", ")}${scale}`);
  }
  return lines;
}
