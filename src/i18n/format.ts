import type { Lang } from "./types";

/** Numbers as officials read them: a decimal comma in Vietnamese (92,5), a point in English. */
export function formatNumber(n: number | null | undefined, lang: Lang, decimals?: number): string {
  if (n === null || n === undefined || Number.isNaN(n)) return "";
  const s = decimals === undefined ? String(n) : n.toFixed(decimals);
  return lang === "vi" ? s.replace(".", ",") : s;
}

export function list(values: unknown, lang: Lang): string {
  const arr = Array.isArray(values) ? values.map(String) : values === null || values === undefined ? [] : [String(values)];
  return arr.join(lang === "vi" ? ", " : ", ");
}

export function num(v: unknown, lang: Lang): string {
  return typeof v === "number" ? formatNumber(v, lang) : String(v ?? "");
}
