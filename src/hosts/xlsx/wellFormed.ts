import { damaged } from "../fileProblem";

/**
 * Where an element name starting at `i` ends: letters, digits, ':', '_', '-', '.', and anything beyond ASCII.
 * A loop over char codes rather than a sticky regular expression: this runs once per tag (~200 000 tags in a
 * 60-unit workbook), and entering the regular expression engine cost more than the scan.
 */
function nameEndAt(xml: string, i: number): number {
  for (;; i++) {
    const c = xml.charCodeAt(i);
    const isName =
      (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 58) /* 0-9 : */ || c === 95 || c === 45 || c === 46 || c >= 128;
    if (!isName) return i;
  }
}

/**
 * The '>' ending a start tag whose name ends at `i`: unquoted runs and quoted values (which may hold '>', never
 * '<'), in one linear scan; -1 when the tag is cut short or holds a stray '<'.
 */
function tagEndAt(xml: string, i: number): number {
  const n = xml.length;
  while (i < n) {
    const c = xml.charCodeAt(i);
    if (c === 62 /* > */) return i;
    if (c === 60 /* < */) return -1;
    if (c === 34 /* " */ || c === 39 /* ' */) {
      for (i++; i < n; i++) {
        const q = xml.charCodeAt(i);
        if (q === c) break;
        if (q === 60) return -1;
      }
      if (i >= n) return -1;
    }
    i++;
  }
  return -1;
}

function escapeText(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * One linear pass over an XML part before any regular expression sees it: every tag closed, end tags matching
 * their start tags, one root. The scans of sheetXml and patchSheet search lazily for a closing tag, so an unclosed
 * tag would make them quadratic (a 64 KB part ran past a minute); on a part that passes here each search stops
 * inside its own element. Comments are dropped and CDATA turned into escaped text (Excel writes neither, and
 * both could hide tags from the scans); a DOCTYPE is refused (no entity of a file is ever expanded). The worksheet
 * reader (sheetXml.ts) applies these same rules to a worksheet's bytes as it reads them: change both together.
 * @returns the part's text, rewritten only when it held comments or CDATA
 * @throws FileProblemError ERR_FILE_DAMAGED (reason "xml") naming the part
 */
export function wellFormedXml(xml: string, part: string): string {
  return walk(xml, part);
}

function walk(xml: string, part: string): string {
  // the open elements, as where each name starts and how long it is: no string is cut out per tag
  const starts: number[] = [];
  const lengths: number[] = [];
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
      const comment = xml.startsWith("<!--", lt);
      if (!comment && !xml.startsWith("<![CDATA[", lt)) throw fail();
      if (comment) {
        const end = xml.indexOf("-->", lt + 4);
        if (end < 0) throw fail();
        pieces.push(xml.slice(copied, lt));
        copied = i = end + 3;
      } else {
        if (starts.length === 0) throw fail();
        const end = xml.indexOf("]]>", lt + 9);
        if (end < 0) throw fail();
        pieces.push(xml.slice(copied, lt), escapeText(xml.slice(lt + 9, end)));
        copied = i = end + 3;
      }
    } else if (c === 47 /* / */) {
      const gt = xml.indexOf(">", lt + 2);
      const start = starts.pop();
      const length = lengths.pop();
      if (gt < 0 || start === undefined || length === undefined || gt - (lt + 2) < length) throw fail();
      for (let k = 0; k < length; k++) if (xml.charCodeAt(lt + 2 + k) !== xml.charCodeAt(start + k)) throw fail();
      // only whitespace may follow the name inside an end tag
      for (let k = lt + 2 + length; k < gt; k++) if (xml.charCodeAt(k) > 32) throw fail();
      i = gt + 1;
    } else {
      const nameEnd = nameEndAt(xml, lt + 1);
      if (nameEnd === lt + 1) throw fail();
      const gt = tagEndAt(xml, nameEnd);
      if (gt < 0) throw fail();
      if (starts.length === 0) roots++;
      if (roots > 1) throw fail();
      const selfClosing = xml.charCodeAt(gt - 1) === 47; /* / */
      if (!selfClosing) {
        starts.push(lt + 1);
        lengths.push(nameEnd - lt - 1);
      }
      i = gt + 1;
    }
  }
  if (starts.length > 0 || roots !== 1) throw fail();
  if (pieces.length === 0) return xml;
  pieces.push(xml.slice(copied));
  return pieces.join("");
}
