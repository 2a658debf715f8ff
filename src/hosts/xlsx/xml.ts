/** Just enough XML for SpreadsheetML parts: attributes, entities, and OOXML's _xHHHH_ escapes. */

const ENTITIES = new Map([
  ["amp", "&"],
  ["lt", "<"],
  ["gt", ">"],
  ["quot", '"'],
  ["apos", "'"],
]);

export function decodeXml(s: string): string {
  const amp = s.indexOf("&");
  if (amp < 0 && !s.includes("_x")) return s;
  const text = amp < 0 ? s : decodeEntities(s, amp);
  return text.includes("_x") ? text.replace(/_x([0-9a-fA-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : text;
}

/** The character an entity's name (between '&' and ';') stands for; undefined when it is none we decode. */
function entityChar(name: string): string | undefined {
  if (name.charCodeAt(0) !== 35 /* # */) return ENTITIES.get(name);
  const hex = name.charCodeAt(1) === 120; /* x */
  const digits = name.slice(hex ? 2 : 1);
  if (!(hex ? /^[0-9a-fA-F]+$/ : /^\d+$/).test(digits)) return undefined;
  return String.fromCodePoint(parseInt(digits, hex ? 16 : 10));
}

/**
 * `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;` and numeric references, in one scan from the first '&' (a formula
 * read by validate holds a dozen `&quot;`: a regular expression's callback per entity cost more than the scan).
 * Any other '&' stays as it is. A name is looked for within 32 characters, so a run of bare '&' stays linear.
 */
function decodeEntities(s: string, first: number): string {
  let out = s.slice(0, first);
  let i = first;
  for (let amp = first; amp >= 0; amp = s.indexOf("&", i)) {
    out += s.slice(i, amp);
    const semi = s.indexOf(";", amp + 1);
    const ch = semi > amp + 1 && semi - amp <= 32 ? entityChar(s.slice(amp + 1, semi)) : undefined;
    if (ch === undefined) {
      out += "&";
      i = amp + 1;
    } else {
      out += ch;
      i = semi + 1;
    }
  }
  return out + s.slice(i);
}

// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f]|_x[0-9a-fA-F]{4}_/;

export function encodeXml(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return s;
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/_x([0-9a-fA-F]{4})_/g, "_x005F_x$1_")
    // control characters are not allowed in XML 1.0; OOXML spells them _xHHHH_
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, "0")}_`);
}

/** Attributes of one start tag's text (`r="A1" s="3" t="s"`), names without namespace prefix. */
export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(tag); m; m = re.exec(tag)) {
    const name = m[1].includes(":") ? m[1].slice(m[1].indexOf(":") + 1) : m[1];
    out[name] = decodeXml(m[2] ?? m[3] ?? "");
  }
  return out;
}

/** Text of every <t> element inside `xml` (a shared string or an inline string), phonetic runs left out. */
export function textRuns(xml: string): string {
  const body = xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, "");
  let out = "";
  const re = /<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g;
  for (let m = re.exec(body); m; m = re.exec(body)) out += decodeXml(m[1]);
  return out;
}
