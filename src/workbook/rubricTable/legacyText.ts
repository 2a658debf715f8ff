/**
 * Text typed with the old Vietnamese font encodings, as a Unicode reader shows it: TCVN3 (ABC, ".VnTime" fonts:
 * one Latin-1 byte per accented letter, "Tiªu chÝ") and VNI ("VNI-Times": a base letter followed by a mark byte,
 * "Tieâu chí"). Tables typed twenty years ago still circulate in these fonts; read as they are they give names
 * nobody can search. The tables below are the encodings' published code charts, written as data.
 */

export type LegacyEncoding = "tcvn3" | "vni";

/** TCVN3 lower-case letters (and the seven distinct capitals), in the order of TCVN3_UNICODE. */
const TCVN3_BYTES =
  "\u00b5\u00b8\u00b6\u00b7\u00b9\u00a8\u00bb\u00be\u00bc\u00bd\u00c6\u00a9\u00c7\u00ca\u00c8\u00c9\u00cb\u00ae\u00cc\u00d0\u00ce\u00cf\u00d1" +
  "\u00aa\u00d2\u00d5\u00d3\u00d4\u00d6\u00d7\u00dd\u00d8\u00dc\u00de\u00df\u00e3\u00e1\u00e2\u00e4\u00ab\u00e5\u00e8\u00e6\u00e7\u00e9" +
  "\u00ac\u00ea\u00ed\u00eb\u00ec\u00ee\u00ef\u00f3\u00f1\u00f2\u00f4\u00ad\u00f5\u00f8\u00f6\u00f7\u00f9\u00fa\u00fd\u00fb\u00fc\u00fe" +
  "\u00a1\u00a2\u00a7\u00a3\u00a4\u00a5\u00a6";
const TCVN3_UNICODE = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ";

const TCVN3_MAP: ReadonlyMap<string, string> = new Map([...TCVN3_BYTES].map((b, i) => [b, [...TCVN3_UNICODE][i]]));

/**
 * Characters only TCVN3 text holds: the Latin-1 punctuation range (¡ … ¿) that TCVN3 uses for ă, â, đ, ê, ô, ơ,
 * ư and the most frequent tones, and the letters × ß Þ þ ÷ ç Ç (ì ò ị ỵ ữ ỗ ầ), which neither Unicode Vietnamese
 * nor VNI writes. Nearly every TCVN3 sentence has one.
 */
const TCVN3_MARKER = /[\u00a1-\u00a9\u00ab-\u00ae\u00b5-\u00be\u00aa×ßÞþ÷çÇ]/;

/** VNI's marks after a base letter: tone, and the circumflex/breve with a tone, each as its combining sequence. */
const VNI_MARKS: Readonly<Record<string, string>> = {
  "ø": "\u0300", "ù": "\u0301", "û": "\u0309", "õ": "\u0303", "ï": "\u0323",
  "â": "\u0302", "à": "\u0302\u0300", "á": "\u0302\u0301", "å": "\u0302\u0309", "ã": "\u0302\u0303", "ä": "\u0302\u0323",
  "ê": "\u0306", "è": "\u0306\u0300", "é": "\u0306\u0301", "ú": "\u0306\u0309", "ü": "\u0306\u0303", "ë": "\u0306\u0323",
};
/** which marks a base takes: circumflex on a, e, o; breve on a only */
const TONES = "øùûõï";
const VNI_BASES: Readonly<Record<string, string>> = {
  a: TONES + "âàáåãäêèéúüë", e: TONES + "âàáåãä", o: TONES + "âàáåãä", u: TONES, y: TONES, i: "",
  // ơ and ư are single bytes in VNI (ô, ö) and take tones after them
  "ô": TONES, "ö": TONES,
};
/** VNI's single bytes for letters that have no base + mark form */
const VNI_SINGLE: Readonly<Record<string, string>> = { "ó": "ĩ", "æ": "ỉ", "ò": "ị", "î": "ỵ", "ñ": "đ", "ô": "ơ", "ö": "ư" };
const VNI_BASE_LETTER: Readonly<Record<string, string>> = { "ô": "ơ", "ö": "ư" };

/** A vowel followed by a VNI mark that Unicode Vietnamese never writes after it ("eâ", "aø", "ñ"). */
const VNI_MARKER = /[aeouyAEOUYôöÔÖ][øûïåäëüØÛÏÅÄËÜ]|[eEoO][âÂ]|[aA][âÂêÊ]|[ñÑöÖ]/;

const lower = (ch: string) => ch.toLowerCase();
const sameCase = (ch: string, model: string) => (model === model.toUpperCase() && model !== model.toLowerCase() ? ch.toUpperCase() : ch);

function decodeVni(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const base = lower(ch);
    const next = text[i + 1];
    const allowed = VNI_BASES[base];
    if (allowed !== undefined && next !== undefined && allowed.includes(lower(next)) && VNI_MARKS[lower(next)] !== undefined) {
      const letter = sameCase(VNI_BASE_LETTER[base] ?? base, ch);
      out += (letter + VNI_MARKS[lower(next)]).normalize("NFC");
      i++;
    } else if (VNI_SINGLE[base] !== undefined) out += sameCase(VNI_SINGLE[base], ch);
    else out += ch;
  }
  return out;
}

function decodeTcvn3(text: string): string {
  let out = "";
  for (const ch of text) out += TCVN3_MAP.get(ch) ?? ch;
  return out;
}

/** Which old encoding a text is in, or null when it reads as Unicode (any letter past U+00FF means Unicode). */
export function legacyEncodingOf(text: string): LegacyEncoding | null {
  if (/[\u0100-\uffff]/.test(text)) return null;
  if (TCVN3_MARKER.test(text)) return "tcvn3";
  if (VNI_MARKER.test(text)) return "vni";
  return null;
}

/** The Unicode text of a cell typed in an old encoding; text already in Unicode comes back as it is. */
export function fromLegacy(text: string, encoding: LegacyEncoding | null = legacyEncodingOf(text)): { text: string; encoding: LegacyEncoding | null } {
  if (encoding === null || /[\u0100-\uffff]/.test(text)) return { text, encoding: null };
  const decoded = encoding === "tcvn3" ? decodeTcvn3(text) : decodeVni(text);
  return { text: decoded, encoding: decoded === text ? null : encoding };
}

/**
 * The encoding a sheet was typed in, decided on all its texts at once: a cell such as "Néi dung" (TCVN3 for "Nội
 * dung") is valid Latin-1 on its own, and only its neighbours ("Tiªu chÝ") tell. The more frequent one wins.
 */
export function sheetEncoding(texts: Iterable<string>): LegacyEncoding | null {
  let tcvn3 = 0;
  let vni = 0;
  for (const t of texts) {
    const e = legacyEncodingOf(t);
    if (e === "tcvn3") tcvn3++;
    else if (e === "vni") vni++;
  }
  return tcvn3 === 0 && vni === 0 ? null : tcvn3 >= vni ? "tcvn3" : "vni";
}
