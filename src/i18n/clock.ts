const pad2 = (n: number) => String(n).padStart(2, "0");

/** A recorded instant (ISO 8601, UTC) on a clock `offset` hours ahead; the text as recorded when it is not a date. */
export function clock(iso: string, offset: number, shape: (t: { h: string; mi: string; d: string; m: string; y: number }) => string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const t = new Date(ms + offset * 3_600_000);
  return shape({ h: pad2(t.getUTCHours()), mi: pad2(t.getUTCMinutes()), d: pad2(t.getUTCDate()), m: pad2(t.getUTCMonth() + 1), y: t.getUTCFullYear() });
}

/** When something was recorded, as a reader of that language expects: Vietnam's clock and day first, or UTC and ISO. */
export const recordedAt = {
  vi: (iso: string) => clock(iso, 7, (t) => `${t.h}:${t.mi} ngày ${t.d}/${t.m}/${t.y}`),
  en: (iso: string) => clock(iso, 0, (t) => `${t.y}-${t.m}-${t.d} ${t.h}:${t.mi} UTC`),
} as const;
