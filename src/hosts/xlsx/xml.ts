/** Just enough XML for SpreadsheetML parts: attributes, entities, and OOXML's _xHHHH_ escapes. */

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function decodeXml(s: string): string {
  if (!s.includes("&") && !s.includes("_x")) return s;
  return s
    .replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
      e[0] === "#" ? String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : ENTITIES[e],
    )
    .replace(/_x([0-9a-fA-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
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
