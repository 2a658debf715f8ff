import type { Lang } from "./types";

const PLACE_WORDS: Record<Lang, readonly string[]> = { vi: ["Nhất", "Nhì", "Ba"], en: ["First", "Second", "Third"] };

/**
 * The place of ranks 1–3 in the reader's language ("Nhì", "Second"); null beyond them. The `--json` contract and
 * the workbook keep the Vietnamese labels the domain gives; what a person reads follows the language.
 */
export function placeName(rank: number | null, lang: Lang): string | null {
  return rank !== null && rank >= 1 && rank <= PLACE_WORDS[lang].length ? PLACE_WORDS[lang][rank - 1] : null;
}
