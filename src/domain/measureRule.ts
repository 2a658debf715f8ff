import type { Measure } from "./types";

/**
 * The "Cách chấm" column of the authoring table: a measured criterion's rule in the words officials write
 * (issue 16). Like the CSV's header, these words are the column's format, not interface text:
 *   "tỷ lệ"                                  linear
 *   "tỷ lệ; vượt 1% +0,1 tối đa 1"           linear, perPercentAbove 0.1, maxAbove 1
 *   "bậc: ≥95% 5; ≥90% 4; ≥80% 3"            bands, best first
 *   "…; càng thấp càng tốt"                  lowerIsBetter, after either shape
 * Clauses are split on ";"; case, spaces, "điểm", "mỗi", "cộng" and ">=" for "≥" are forgiven, a decimal comma
 * or point accepted. An empty cell is a criterion typed as points. `formatMeasureRule` writes the canonical
 * words back, and parsing them gives the same measure. Whether the options fit together (maxAbove with
 * perPercentAbove, bands best first) is measureRules.ts's to say, as for rubric.json.
 */

export type MeasureRuleProblem =
  /** the first clause names no shape ("tỷ lệ" or "bậc: …") */
  | "shape"
  /** a clause that is neither a band, the over-target extra nor "càng thấp càng tốt" */
  | "clause"
  /** a band clause on a linear rule, or an extra on a bands rule */
  | "mixed"
  /** the same option twice */
  | "repeated";

export type MeasureRuleResult =
  | { readonly ok: true; readonly measure: Measure | undefined }
  | { readonly ok: false; readonly problem: MeasureRuleProblem; readonly clause: string };

const NUMBER = String.raw`(\d+(?:[.,]\d+)?)`;
const LINEAR = /^t[ỷỉ] lệ$/;
const BAND = new RegExp(String.raw`^(?:≥|>=)\s*${NUMBER}\s*%\s*:?\s*${NUMBER}\s*(?:điểm|đ)?$`);
const EXTRA = new RegExp(String.raw`^vượt\s*(?:mỗi\s*)?1\s*%\s*:?\s*(?:\+|cộng)\s*${NUMBER}\s*(?:điểm|đ)?\s*,?\s*tối đa\s*\+?\s*${NUMBER}\s*(?:điểm|đ)?$`);
const LOWER = /^càng thấp càng tốt$/;

const toNumber = (text: string) => Number(text.replace(",", "."));

/** Reads the words of a "Cách chấm" cell; an empty cell means the criterion is typed as points. */
export function parseMeasureRule(text: string): MeasureRuleResult {
  const clauses = text
    .normalize("NFC")
    .toLocaleLowerCase("vi")
    .split(";")
    .map((c) => c.replace(/\s+/g, " ").trim())
    .filter((c) => c !== "");
  if (clauses.length === 0) return { ok: true, measure: undefined };
  let shape: Measure["shape"];
  const bands: [number, number][] = [];
  let rest = clauses.slice(1);
  if (LINEAR.test(clauses[0])) shape = "linear";
  else if (/^bậc\s*:/.test(clauses[0])) {
    shape = "bands";
    rest = [clauses[0].replace(/^bậc\s*:\s*/, ""), ...rest].filter((c) => c !== "");
  } else return { ok: false, problem: "shape", clause: clauses[0] };
  let lower = false;
  let extra: { per: number; max: number } | undefined;
  for (const clause of rest) {
    const band = BAND.exec(clause);
    const over = EXTRA.exec(clause);
    if (LOWER.test(clause)) {
      if (lower) return { ok: false, problem: "repeated", clause };
      lower = true;
    } else if (band) {
      if (shape !== "bands") return { ok: false, problem: "mixed", clause };
      bands.push([toNumber(band[1]), toNumber(band[2])]);
    } else if (over) {
      if (shape !== "linear") return { ok: false, problem: "mixed", clause };
      if (extra) return { ok: false, problem: "repeated", clause };
      extra = { per: toNumber(over[1]), max: toNumber(over[2]) };
    } else return { ok: false, problem: "clause", clause };
  }
  const measure: Measure = {
    shape,
    ...(lower ? { lowerIsBetter: true } : {}),
    ...(extra ? { perPercentAbove: extra.per, maxAbove: extra.max } : {}),
    ...(shape === "bands" && bands.length > 0 ? { bands } : {}),
  };
  return { ok: true, measure };
}

/** A number as the column writes it: decimal comma, no grouping (0,1; 95; 1500,5). */
function words(n: number): string {
  return String(n).replace(".", ",");
}

/** The canonical words of a measure, which parseMeasureRule reads back to the same measure. */
export function formatMeasureRule(m: Measure): string {
  const clauses: string[] = [];
  if (m.shape === "linear") {
    clauses.push("tỷ lệ");
    if (m.perPercentAbove !== undefined || m.maxAbove !== undefined) clauses.push(`vượt 1% +${words(m.perPercentAbove ?? 0)} tối đa ${words(m.maxAbove ?? 0)}`);
  } else {
    const bands = (m.bands ?? []).map(([p, pts]) => `≥${words(p)}% ${words(pts)}`);
    clauses.push(`bậc: ${bands.join("; ")}`.trimEnd());
  }
  if (m.lowerIsBetter === true) clauses.push("càng thấp càng tốt");
  return clauses.join("; ");
}
