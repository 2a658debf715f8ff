import { damaged } from "../fileProblem";

/** an element name: letters, digits, ':', '_', '-', '.', and anything beyond ASCII */
const NAME = /[\w:.\-\u0080-\uffff]+/y;

/** the rest of a start tag after its name: unquoted runs and quoted values, then '>' (unambiguous: linear) */
const TAG_REST = /[^>"'<]*(?:(?:"[^"<]*"|'[^'<]*')[^>"'<]*)*>/y;

function escapeText(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * What a reader sees of the tags while the check walks them (sheetXml reads a worksheet's cells in the same pass).
 * Indices are into the text checked; a close() answers the latest open() not yet closed and not self-closing.
 */
export interface TagVisitor {
  /** a start tag whose name runs [nameStart, nameEnd) and whose '>' is at `end` */
  open(nameStart: number, nameEnd: number, end: number, selfClosing: boolean): void;
  /** an end tag beginning (its '<') at `start` */
  close(start: number): void;
}

/** Thrown to a visiting walk that meets a comment or CDATA: the caller checks the rewritten text instead. */
class NeedsRewrite extends Error {}

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
  return walk(xml, part, null);
}

/**
 * wellFormedXml that also shows every tag to `visitor`, so a reader needs no second pass over the part. A part
 * with comments or CDATA is rewritten first and the rewritten text walked (and returned).
 * @throws FileProblemError ERR_FILE_DAMAGED (reason "xml") naming the part
 */
export function visitWellFormedXml(xml: string, part: string, visitor: (text: string) => TagVisitor): string {
  try {
    walk(xml, part, visitor(xml));
    return xml;
  } catch (e) {
    if (!(e instanceof NeedsRewrite)) throw e;
    const plain = walk(xml, part, null);
    walk(plain, part, visitor(plain));
    return plain;
  }
}

function walk(xml: string, part: string, visitor: TagVisitor | null): string {
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
      if (visitor) throw new NeedsRewrite();
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
      visitor?.close(lt);
      i = gt + 1;
    } else {
      NAME.lastIndex = lt + 1;
      if (!NAME.test(xml)) throw fail();
      const nameEnd = NAME.lastIndex;
      // attributes up to the tag's '>': a quoted value may hold '>' (never '<'); one sticky match, no backtracking
      TAG_REST.lastIndex = nameEnd;
      if (!TAG_REST.test(xml)) throw fail();
      const gt = TAG_REST.lastIndex - 1;
      if (starts.length === 0) roots++;
      if (roots > 1) throw fail();
      const selfClosing = xml.charCodeAt(gt - 1) === 47; /* / */
      if (!selfClosing) {
        starts.push(lt + 1);
        lengths.push(nameEnd - lt - 1);
      }
      visitor?.open(lt + 1, nameEnd, gt, selfClosing);
      i = gt + 1;
    }
  }
  if (starts.length > 0 || roots !== 1) throw fail();
  if (pieces.length === 0) return xml;
  pieces.push(xml.slice(copied));
  return pieces.join("");
}
