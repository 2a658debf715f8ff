import type { Lang } from "./types";

/**
 * Scores as shown, by language: a bloc's explanations show the same few hundred scores thousands of times (6 600
 * changed scores in a 60 x 120 bloc), each a number-to-text conversion and a replace otherwise. Bounded, so a
 * long-lived pane never grows it past a few thousand entries.
 */
const SHOWN: Record<Lang, Map<number, string>> = { vi: new Map(), en: new Map() };
const SHOWN_MAX = 4096;

/** Numbers as officials read them: a decimal comma in Vietnamese (92,5), a point in English. */
export function formatNumber(n: number | null | undefined, lang: Lang, decimals?: number): string {
  if (n === null || n === undefined || Number.isNaN(n)) return "";
  if (decimals !== undefined) {
    const fixed = n.toFixed(decimals);
    return lang === "vi" ? fixed.replace(".", ",") : fixed;
  }
  const shown = SHOWN[lang];
  let s = shown.get(n);
  if (s === undefined) {
    s = lang === "vi" ? String(n).replace(".", ",") : String(n);
    if (shown.size < SHOWN_MAX) shown.set(n, s);
  }
  return s;
}

export function list(values: unknown, lang: Lang): string {
  const arr = Array.isArray(values) ? values.map(String) : values === null || values === undefined ? [] : [String(values)];
  return arr.join(lang === "vi" ? ", " : ", ");
}

export function num(v: unknown, lang: Lang): string {
  return typeof v === "number" ? formatNumber(v, lang) : String(v ?? "");
}
