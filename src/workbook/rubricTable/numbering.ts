/**
 * The numbering of a Vietnamese criteria table, as documents write it: "I", "II." for sections; "1", "2." below;
 * "1.1", "2.3" below those; "1.1.1" next; "a", "b)" below the row they follow, "a1" / "a.1" below a letter; "-"
 * and "+" bullets last. A code's rank orders the levels: a row's parent is the nearest row above of lower rank.
 */
export type CodeKind = "roman" | "number" | "letter" | "bullet";

export interface RowCode {
  /** as typed, trimmed ("II.", "b)") */
  readonly raw: string;
  readonly kind: CodeKind;
  /** "1.2" → ["1", "2"]; "a1" / "a.1" → ["a", "1"]; "II" → ["II"]; a bullet → [its sign] */
  readonly parts: readonly string[];
  readonly rank: number;
}

const ROMAN = /^(X{0,3})(IX|IV|V?I{0,3})$/;
const BULLETS = ["-", "–", "•", "+", "*"];

/** The code of a row, or null when the text is no numbering (a note, a stray word). */
export function parseCode(text: string): RowCode | null {
  const raw = text.trim();
  const t = raw.replace(/^\(/, "").replace(/[.):]+$/, "").trim();
  if (t === "") return BULLETS.includes(raw) ? { raw, kind: "bullet", parts: [raw], rank: 10 + BULLETS.indexOf(raw) } : null;
  if (BULLETS.includes(t)) return { raw, kind: "bullet", parts: [t], rank: 10 + BULLETS.indexOf(t) };
  if (t !== "" && ROMAN.test(t)) return { raw, kind: "roman", parts: [t], rank: 0 };
  if (/^\d+(\.\d+)*$/.test(t)) {
    const parts = t.split(".").map((p) => String(Number(p)));
    return { raw, kind: "number", parts, rank: parts.length };
  }
  const letter = /^([a-zđ])\.?((?:\d+\.?)*)$/.exec(t);
  if (letter) {
    const digits = letter[2].split(".").filter((p) => p !== "").map((p) => String(Number(p)));
    return { raw, kind: "letter", parts: [letter[1], ...digits], rank: 4 + digits.length };
  }
  return null;
}

/**
 * Whether a code fits under its parent: "2.1" needs the parent "2", "a.1" the parent "a"; a first-part code (I, 1, a,
 * a bullet) fits under any row of lower rank. A number with parts under a roman section is "1.1" without its "1".
 */
export function fitsParent(code: RowCode, parent: RowCode | null): boolean {
  if (code.kind === "roman") return parent === null;
  if (code.parts.length === 1 || code.kind === "bullet") return true;
  if (!parent || parent.kind !== code.kind || parent.parts.length !== code.parts.length - 1) return false;
  return parent.parts.every((p, i) => p === code.parts[i]);
}

/** The part of a code that tells it apart from its siblings: "2.3" → "3", "b" → "b", "a1" → "1". */
export function localPart(code: RowCode): string {
  return code.parts[code.parts.length - 1];
}
