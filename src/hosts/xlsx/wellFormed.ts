import { damaged } from "../fileProblem";

function isNameChar(c: number): boolean {
  // letters, digits, ':', '_', '-', '.', and anything beyond ASCII
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 58) || c === 95 || c === 45 || c === 46 || c > 127;
}

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
  const n = xml.length;
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
      if (gt < 0) throw fail();
      if (stack.pop() !== xml.slice(lt + 2, gt).trimEnd()) throw fail();
      i = gt + 1;
    } else {
      let j = lt + 1;
      while (j < n && isNameChar(xml.charCodeAt(j))) j++;
      if (j === lt + 1) throw fail();
      const name = xml.slice(lt + 1, j);
      // attributes: a quoted value may hold '>' (not '<'); jump over it whole
      for (;;) {
        if (j >= n) throw fail();
        const ch = xml.charCodeAt(j);
        if (ch === 62 /* > */) break;
        if (ch === 60 /* < */) throw fail();
        if (ch === 34 || ch === 39) {
          const q = xml.indexOf(ch === 34 ? '"' : "'", j + 1);
          if (q < 0) throw fail();
          j = q + 1;
        } else j++;
      }
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
