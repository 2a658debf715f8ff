import { wellFormedXml } from "./wellFormed";
import { attributes, encodeXml } from "./xml";

const utf8 = new TextDecoder();

/** A zip's parts: bytes until touched, text once read or changed. */
export type Parts = Map<string, Uint8Array | string>;

/** Parts' bytes already checked well-formed by a reader that scanned them (sheetXml): not checked twice. */
const checkedBytes = new WeakSet<Uint8Array>();

/** Marks bytes a reader has checked well-formed as it read them, unchanged. */
export function markChecked(bytes: Uint8Array): void {
  checkedBytes.add(bytes);
}

/**
 * A part's text, checked well-formed the first time it is read (kept as text from then on: a part is scanned
 * by regular expressions only after that linear check). Text a writer put there is ours and already sound.
 */
export function partText(parts: Parts, path: string): string | undefined {
  const p = parts.get(path);
  if (p === undefined || typeof p === "string") return p;
  const text = utf8.decode(p);
  const checked = checkedBytes.has(p) ? text : wellFormedXml(text, path);
  parts.set(path, checked);
  return checked;
}

/** `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels` */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship's target as a part path: relative to the source part's folder, or absolute from the root. */
export function resolveTarget(source: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const out = source.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** the target part's path; "" for an external target */
  readonly part: string;
}

/** The relationships of `source` (none when it has no rels part). */
export function relationships(parts: Parts, source: string): Relationship[] {
  const xml = partText(parts, relsPathOf(source));
  if (xml === undefined) return [];
  return [...xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*?)\/?>/g)].map((m) => {
    const a = attributes(m[1]);
    return { id: a.Id ?? "", type: a.Type ?? "", part: a.TargetMode === "External" ? "" : resolveTarget(source, a.Target ?? "") };
  });
}

/** The source part a rels part describes (`xl/_rels/workbook.xml.rels` → `xl/workbook.xml`; `_rels/.rels` → ""). */
function sourceOf(relsPath: string): string {
  return relsPath.replace(/(^|\/)_rels\/([^/]*)\.rels$/, "$1$2");
}

/** Whether any remaining rels part points at `part`. */
function referenced(parts: Parts, part: string): boolean {
  for (const path of parts.keys()) {
    if (!path.endsWith(".rels")) continue;
    if (relationships(parts, sourceOf(path)).some((r) => r.part === part)) return true;
  }
  return false;
}

const CONTENT_TYPES = "[Content_Types].xml";

/** Declares a part's content type (an Override, replacing any earlier one for that part). */
export function setContentType(parts: Parts, part: string, type: string): void {
  const xml = dropOverride(partText(parts, CONTENT_TYPES) ?? "", part);
  const close = xml.lastIndexOf("</");
  parts.set(CONTENT_TYPES, `${xml.slice(0, close)}<Override PartName="/${encodeXml(part)}" ContentType="${type}"/>${xml.slice(close)}`);
}

function dropOverride(xml: string, part: string): string {
  return xml.replace(/<(?:\w+:)?Override\b[^>]*?\/>/g, (tag) => (attributes(tag).PartName === `/${part}` ? "" : tag));
}

/**
 * Removes a part, its relationships, its content type, and every part it alone pointed at (a sheet's drawing,
 * that drawing's charts, a comment part and its VML), so nothing is left dangling or orphaned.
 */
export function removePartTree(parts: Parts, part: string): void {
  parts.delete(part);
  const types = partText(parts, CONTENT_TYPES);
  if (types !== undefined) parts.set(CONTENT_TYPES, dropOverride(types, part));
  dropRelationshipsOf(parts, part);
}

/** Removes a part's rels part and every part only it pointed at; the part itself stays. */
export function dropRelationshipsOf(parts: Parts, part: string): void {
  const rels = relationships(parts, part);
  parts.delete(relsPathOf(part));
  for (const r of rels) if (r.part && parts.has(r.part) && !referenced(parts, r.part)) removePartTree(parts, r.part);
}

/** Adds a relationship to `source`'s rels part, with an id not used there yet; returns the id. */
export function addRelationship(parts: Parts, source: string, type: string, target: string): string {
  const path = relsPathOf(source);
  const xml = partText(parts, path) ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  const used = new Set(relationships(parts, source).map((r) => r.id));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const close = xml.lastIndexOf("</");
  parts.set(path, `${xml.slice(0, close)}<Relationship Id="${id}" Type="${type}" Target="${encodeXml(target)}"/>${xml.slice(close)}`);
  return id;
}

/** Removes the relationships of `source` whose target is `part`. */
export function removeRelationshipsTo(parts: Parts, source: string, part: string): void {
  const path = relsPathOf(source);
  const xml = partText(parts, path);
  if (xml === undefined) return;
  parts.set(
    path,
    xml.replace(/<(?:\w+:)?Relationship\b[^>]*?\/>/g, (tag) => {
      const a = attributes(tag);
      return a.TargetMode !== "External" && resolveTarget(source, a.Target ?? "") === part ? "" : tag;
    }),
  );
}
