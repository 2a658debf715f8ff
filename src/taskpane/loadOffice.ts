// Loads office.js by script tag (it must not be bundled: Office serves it from its CDN) and waits for
// Office.onReady. Only the Excel mode calls this.

/** @throws when the script cannot be loaded (offline, blocked by a proxy) */
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
