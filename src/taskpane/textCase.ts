/** "tự chấm" → "Tự chấm": a label standing alone starts with a capital, in both languages. */
export function capitalized(s: string): string {
  return s.charAt(0).toLocaleUpperCase() + s.slice(1);
}
