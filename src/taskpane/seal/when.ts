import { recordedAt } from "../../i18n/clock";
import type { Lang } from "../../i18n/types";

/**
 * A seal's recorded time (ISO, UTC) as the rest of the project says it — the seal findings in Kiểm tra, the Board,
 * the CLI: Vietnam's clock, day first, in Vietnamese; UTC in English. Never the browser's own zone, which would
 * show the same seal at two different times side by side.
 */
export function shownTime(iso: string, lang: Lang): string {
  return recordedAt[lang](iso);
}
