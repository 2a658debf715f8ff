/** Excel's rules for a sheet name: 1–31 characters, none of []:*?/\ , not starting or ending with '. */
export const MAX_SHEET_NAME = 31;

export function isValidSheetName(name: string): boolean {
  return name.length > 0 && name.length <= MAX_SHEET_NAME && !/[[\]:*?/\\]/.test(name) && !name.startsWith("'") && !name.endsWith("'") && name.toLowerCase() !== "history";
}

function clean(name: string): string {
  // an apostrophe would need doubling inside every quoted reference; the typographic one needs none
  const s = name
    .replace(/'/g, "\u2019")
    .replace(/[[\]:*?/\\]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "");
  return s === "" || s.toLowerCase() === "history" ? "-" : s;
}

/** Cuts to `max` UTF-16 units (what Excel counts) without splitting a surrogate pair, then trims the end. */
function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  let out = "";
  for (const ch of s) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out.trimEnd().replace(/'+$/, "");
}

/**
 * One valid sheet name per wanted name, unique among themselves and against `taken` (case-insensitively, as
 * Excel compares them). A clash gets " (2)", " (3)"… inside the 31 characters.
 */
export function uniqueSheetNames(wanted: readonly string[], taken: readonly string[] = []): string[] {
  const used = new Set(taken.map((t) => t.toLocaleLowerCase("vi")));
  return wanted.map((w) => {
    const base = cut(clean(w), MAX_SHEET_NAME);
    let name = base;
    for (let k = 2; used.has(name.toLocaleLowerCase("vi")); k++) {
      const suffix = ` (${k})`;
      name = cut(base, MAX_SHEET_NAME - suffix.length) + suffix;
    }
    used.add(name.toLocaleLowerCase("vi"));
    return name;
  });
}
