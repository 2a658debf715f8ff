import { decimalsOf, isMultiple, MICRO_DECIMALS, ONE, toMicro } from "./fixed";
import { finding, type Finding } from "./findings";
import { isNotApplicableText, NOT_APPLICABLE } from "./criterionPoints";
import { isExactMeasure } from "./measured";
import { leafEntries } from "./rubricTree";
import type { Criterion, EventItem, Rubric } from "./types";

export type RawValue = number | string | boolean | null | undefined;

/** What an item expects: a score of a criterion, or a count of events of a bonus/deduction item. */
export type ItemKind = { kind: "criterion"; criterion: Criterion; sectionId: string } | { kind: "bonus" | "deduction"; item: EventItem };

export function itemIndex(rubric: Rubric): Map<string, ItemKind> {
  const map = new Map<string, ItemKind>();
  for (const e of leafEntries(rubric)) map.set(e.node.id, { kind: "criterion", criterion: e.node, sectionId: rubric.sections[e.section].id });
  for (const b of rubric.bonus.items) map.set(b.id, { kind: "bonus", item: b });
  for (const d of rubric.deductions.items) map.set(d.id, { kind: "deduction", item: d });
  return map;
}

/** "7,75" / " 7.75 " → 7.75; anything that is not a plain decimal number → null. */
export function parseDecimalText(text: string, allowComma = true): number | null {
  const t = text.trim().replace(/\u00a0/g, "");
  const pattern = allowComma ? /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/ : /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
  if (!pattern.test(t)) return null;
  const n = Number(t.replace(",", "."));
  return Number.isFinite(n) ? n : null;
}

/** The findings of a value with none: one array shared by every accepted value (a bloc's validate checks 15 000). */
const NONE: readonly Finding[] = [];

export interface CheckedValue {
  /** the accepted number (NOT_APPLICABLE for `na`), absent when the value is empty or has an error */
  readonly value?: number;
  readonly findings: readonly Finding[];
}

/**
 * Checks one typed value against the agreed rules. A string is text typed in a cell: a number written as
 * text ("7,75") is an error with its fix, never silently read as a number.
 */
export function checkValue(rubric: Rubric, kind: ItemKind, raw: RawValue, where: Omit<Finding, "code" | "severity" | "params"> = {}): CheckedValue {
  if (raw === null || raw === undefined || (typeof raw === "string" && raw.trim() === "")) return { findings: NONE };
  if (typeof raw === "string" && isNotApplicableText(raw)) return checkNotApplicable(kind, raw, where);
  if (typeof raw === "string") {
    const fix = parseDecimalText(raw);
    if (fix !== null) return { findings: [finding("ERR_TEXT_NUMBER", { value: raw, fix }, where)] };
    return { findings: [finding("ERR_NOT_NUMBER", { value: raw }, where)] };
  }
  if (typeof raw !== "number" || !Number.isFinite(raw)) return { findings: [finding("ERR_NOT_NUMBER", { value: String(raw) }, where)] };
  return checkNumber(rubric, kind, raw, where);
}

/** `na` / `KAD`: accepted only on a criterion whose rubric entry says how to count it (DESIGN.md part 2). */
function checkNotApplicable(kind: ItemKind, raw: string, where: Omit<Finding, "code" | "severity" | "params">): CheckedValue {
  if (kind.kind === "criterion" && kind.criterion.notApplicable !== undefined) return { value: NOT_APPLICABLE, findings: NONE };
  const max = kind.kind === "criterion" ? kind.criterion.maxPoints : null;
  return { findings: [finding("ERR_NA_NOT_ALLOWED", { value: raw.trim(), kind: kind.kind === "criterion" ? "criterion" : "event", max }, where)] };
}

export function checkNumber(rubric: Rubric, kind: ItemKind, n: number, where: Omit<Finding, "code" | "severity" | "params"> = {}): CheckedValue {
  if (kind.kind !== "criterion") {
    // a safe integer, so that count × points stays exact
    if (!Number.isSafeInteger(n) || n < 0) return { findings: [finding("ERR_COUNT", { value: n }, where)] };
    return { value: n, findings: NONE };
  }
  if (kind.criterion.measure !== undefined) {
    // a measured actual: any number ≥ 0 that stays exact in millionths; no maximum, no step
    if (n < 0) return { findings: [finding("ERR_NEGATIVE", { value: n, what: "actual" }, where)] };
    if (!isExactMeasure(n)) return { findings: [finding("ERR_DECIMALS", { value: n, limit: MICRO_DECIMALS, what: "actual" }, where)] };
    return { value: n, findings: NONE };
  }
  const max = kind.criterion.maxPoints;
  if (n < 0) return { findings: [finding("ERR_NEGATIVE", { value: n }, where)] };
  if (n > max) return { findings: [finding("ERR_ABOVE_MAX", { value: n, max }, where)] };
  if (!atMostMicroDecimals(n) || !isMultiple(toMicro(n), toMicro(rubric.scale.step))) {
    const step = rubric.scale.step;
    const below = Math.floor(n / step) * step;
    return { findings: [finding("ERR_STEP", { value: n, step, below: round6(below), above: round6(Math.min(max, below + step)) }, where)] };
  }
  return { value: n, findings: NONE };
}

/** A measured criterion's target (chỉ tiêu giao): a number above 0, exact in millionths; never `na`. */
export function checkTarget(raw: RawValue, where: Omit<Finding, "code" | "severity" | "params"> = {}): CheckedValue {
  if (raw === null || raw === undefined || (typeof raw === "string" && raw.trim() === "")) return { findings: NONE };
  if (typeof raw === "string" && isNotApplicableText(raw)) return { findings: [finding("ERR_NA_NOT_ALLOWED", { value: raw.trim(), kind: "target", max: null }, where)] };
  if (typeof raw === "string") {
    const fix = parseDecimalText(raw);
    if (fix !== null) return { findings: [finding("ERR_TEXT_NUMBER", { value: raw, fix }, where)] };
    return { findings: [finding("ERR_NOT_NUMBER", { value: raw }, where)] };
  }
  if (typeof raw !== "number" || !Number.isFinite(raw)) return { findings: [finding("ERR_NOT_NUMBER", { value: String(raw) }, where)] };
  if (raw <= 0) return { findings: [finding("ERR_TARGET", { value: raw }, where)] };
  if (!isExactMeasure(raw)) return { findings: [finding("ERR_DECIMALS", { value: raw, limit: MICRO_DECIMALS, what: "target" }, where)] };
  return { value: raw, findings: NONE };
}

/**
 * decimalsOf(n) ≤ 6, without writing n as a string in the usual case (this runs once per score): when n is the
 * double nearest to its micro-points ÷ 10^6, that decimal of at most 6 places reads back as n, so n's shortest
 * form has at most 6 places too. Otherwise (and for magnitudes where n × 10^6 loses units) decimalsOf decides.
 */
export function atMostMicroDecimals(n: number): boolean {
  return (Math.abs(n) < 1e9 && toMicro(n) / ONE === n) || decimalsOf(n) <= MICRO_DECIMALS;
}

function round6(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
