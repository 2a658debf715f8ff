// Files in and out of the browser, with nothing sent anywhere: a chosen file is read in memory, and a result
// is handed back as a download of an object URL.

export async function readFileBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return new Uint8Array(await file.arrayBuffer());
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("the file could not be read"));
    reader.readAsArrayBuffer(file);
  });
}

export async function readFileText(file: Blob): Promise<string> {
  return new TextDecoder("utf-8").decode(await readFileBytes(file));
}

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function downloadBytes(doc: Document, bytes: Uint8Array, fileName: string, type = XLSX_TYPE): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const a = doc.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  doc.body.appendChild(a);
  a.click();
  a.remove();
  // the browser has taken the bytes once the click is handled; revoking later keeps slow browsers safe
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file name for a bloc's workbook: its name and year, without the characters file systems refuse. */
export function workbookFileName(blocName: string, year: number): string {
  const printable = [...`${blocName} ${year}`].map((ch) => (ch < " " ? " " : ch)).join("");
  const base = printable.replace(/[\\/:*?"<>|]+/g, " ").replace(/\s+/g, " ").trim().slice(0, 120);
  return `${base || "thidua"}.xlsx`;
}

/** The name of a file the user opened, kept for the download (an .xlsx stays an .xlsx). */
export function downloadName(opened: string): string {
  return /\.xlsx$/i.test(opened) ? opened : `${opened}.xlsx`;
}
