import { damaged } from "../fileProblem";

/** an element name: letters, digits, ':', '_', '-', '.', and anything beyond ASCII */
const NAME = /[\w:.\-\u0080-\uffff]+/y;

/** the rest of a start tag after its name: unquoted runs and quoted values, then '>' (unambiguous: linear) */
const TAG_REST = /[^>"'<]*(?:(?:"[^"<]*"|'[^'<]*')[^>"'<]*)*>/y;

function escapeText(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * One linear pass over an XML part before any regular expression sees it: every tag closed, end tags matching
 * their start tags, one root. The scans of sheetXml and patchSheet search lazily for a closing tag, so an unclosed
 * tag would make them quadratic (a 64 KB part ran past a minute); on a part that passes here each search stops
 * inside its own element. Comments are dropped and CDATA turned into escaped text (Excel writes neither, and
 * both could hide tags from the scans); a DOCTYPE is refused (no entity of a file is ever expanded).
 * @returns the part's text, rewritten only when it held comments or CDATA
 * @throws FileProblemError ERR_FILE_DAMAGED (reason "xml") naming the part
 */
export function wellFormedXml(xml: string, part: string): string {
  const stack: string[] = [];
  const pieces: string[] = [];
  let copied = 0;
  let roots = 0;
  let i = 0;
  const fail = () => damaged("xml", part);
  for (let lt = xml.indexOf("<", i); lt >= 0; lt = xml.indexOf("<", i)) {
    const c = xml.charCodeAt(lt + 1);
    if (c === 63 /* ? */) {
      const end = xml.indexOf("?>", lt + 2);
      if (end < 0) throw fail();
      i = end + 2;
    } else if (c === 33 /* ! */) {
      if (xml.startsWith("<!--", lt)) {
        const end = xml.indexOf("-->", lt + 4);
        if (end < 0) throw fail();
        pieces.push(xml.slice(copied, lt));
        copied = i = end + 3;
      } else if (xml.startsWith("<![CDATA[", lt)) {
        if (stack.length === 0) throw fail();
        const end = xml.indexOf("]]>", lt + 9);
        if (end < 0) throw fail();
        pieces.push(xml.slice(copied, lt), escapeText(xml.slice(lt + 9, end)));
        copied = i = end + 3;
      } else throw fail();
    } else if (c === 47 /* / */) {
      const gt = xml.indexOf(">", lt + 2);
      const open = stack.pop();
      if (gt < 0 || open === undefined || !xml.startsWith(open, lt + 2)) throw fail();
      // only whitespace may follow the name inside an end tag
      for (let k = lt + 2 + open.length; k < gt; k++) if (xml.charCodeAt(k) > 32) throw fail();
      i = gt + 1;
    } else {
      NAME.lastIndex = lt + 1;
      const name = NAME.exec(xml)?.[0];
      if (name === undefined) throw fail();
      let j = NAME.lastIndex;
      // attributes up to the tag's '>': a quoted value may hold '>' (never '<'); one sticky match, no backtracking
      TAG_REST.lastIndex = j;
      const rest = TAG_REST.exec(xml);
      if (!rest) throw fail();
      j = TAG_REST.lastIndex - 1;
      if (stack.length === 0) roots++;
      if (roots > 1) throw fail();
      if (xml.charCodeAt(j - 1) !== 47 /* / */) stack.push(name);
      i = j + 1;
    }
  }
  if (stack.length > 0 || roots !== 1) throw fail();
  if (pieces.length === 0) return xml;
  pieces.push(xml.slice(copied));
  return pieces.join("");
}
