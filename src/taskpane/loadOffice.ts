// office.js is referenced in excel.html's <head> (it must not be bundled: Office serves it from its CDN);
// these wait for Office.onReady. Only the Excel page calls them.

/** @throws when the page's office.js did not load (offline, blocked by a proxy) */
export async function officeReady(): Promise<{ host: Office.HostType | null }> {
  if (typeof Office === "undefined") throw new Error("office.js did not load");
  const info = await Office.onReady();
  return { host: info.host ?? null };
}

/** The dev server's copy of office.js by script tag, when the CDN's could not be loaded (development only). */

export function loadOfficeJs(doc: Document, src: string): Promise<{ host: Office.HostType | null }> {
  return new Promise((resolve, reject) => {
    const script = doc.createElement("script");
    script.src = src;
    script.onload = () => {
      Office.onReady().then((info) => resolve({ host: info.host ?? null }), reject);
    };
    script.onerror = () => reject(new Error(`office.js could not be loaded from ${src}`));
    doc.head.appendChild(script);
  });
}
