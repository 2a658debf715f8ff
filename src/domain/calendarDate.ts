/** A calendar day as a report prints it; no time zone, no time of day. */
export interface CalendarDate {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

function calendarDay(y: number, m: number, d: number): CalendarDate | null {
  // Date.UTC rolls 31/02 over into March: a day that doesn't come back unchanged doesn't exist
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? { y, m, d } : null;
}

/**
 * A date as officials type it: dd/mm/yyyy (how Vietnamese documents write it; "5/12/2023", "05-12-2023" and
 * "05.12.2023" too) or ISO yyyy-mm-dd. Day first always: 05/12/2023 is the fifth of December, never May.
 */
export function parseCalendarDate(s: string): CalendarDate | null {
  const t = s.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (iso) return calendarDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const vn = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(t);
  if (vn) return calendarDay(Number(vn[4]), Number(vn[3]), Number(vn[1]));
  return null;
}

/** dd/mm/yyyy, as the form shows a date back. */
export function formatCalendarDate(date: CalendarDate): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(date.d)}/${two(date.m)}/${date.y}`;
}
