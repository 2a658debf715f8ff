// Small DOM helpers over the add-in manifest, for the offline checks `office-addin-manifest validate` would do.
// Elements are matched by local name: the manifest mixes three namespaces (default, bt:, and the overrides').

export function parseXml(text: string): Document {
  const doc = new DOMParser().parseFromString(text, "application/xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`manifest is not well-formed XML: ${error.textContent}`);
  return doc;
}

export function all(root: Document | Element, localName: string): Element[] {
  return Array.from(root.getElementsByTagNameNS("*", localName));
}

export function children(el: Element): Element[] {
  return Array.from(el.children);
}

export function child(el: Element, localName: string): Element | undefined {
  return children(el).find((c) => c.localName === localName);
}

export const XSI = "http://www.w3.org/2001/XMLSchema-instance";

export function xsiType(el: Element): string | null {
  return el.getAttributeNS(XSI, "type");
}

/** Every URL the manifest holds, in attributes or as element text (namespace names are not fetched: skipped). */
export function allUrls(doc: Document): string[] {
  const urls: string[] = [];
  for (const el of all(doc, "*")) {
    for (const attr of Array.from(el.attributes)) {
      if (attr.name === "xmlns" || attr.name.startsWith("xmlns:")) continue;
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(attr.value)) urls.push(attr.value);
    }
    const text = el.children.length === 0 ? (el.textContent ?? "").trim() : "";
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) urls.push(text);
  }
  return urls;
}
