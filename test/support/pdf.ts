import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { requireSoffice } from "./libreoffice";
import { editWorkbook } from "./sheetEditor";

/**
 * LibreOffice prints every visible sheet: a copy of the workbook with only `sheet` visible, for a PDF of that sheet
 * alone.
 */
export async function onlySheetVisible(bytes: Uint8Array, sheet: string): Promise<Uint8Array> {
  return editWorkbook(bytes, (wb) => {
    for (const ws of wb.worksheets) {
      if (ws.name !== sheet && ws.state === "visible") ws.state = "hidden";
    }
    const target = wb.worksheets.findIndex((ws) => ws.name === sheet);
    if (target < 0) throw new Error(`no sheet ${sheet}`);
    wb.views = [{ firstSheet: target, activeTab: target }];
  });
}

/** Converts an .xlsx file to PDF with headless LibreOffice (its own profile); returns the PDF's path. */
export function convertToPdf(input: string): string {
  requireSoffice();
  const outDir = mkdtempSync(path.join(tmpdir(), "thidua-pdf-"));
  const profile = path.join(outDir, "profile");
  mkdirSync(profile);
  execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", outDir, input], { stdio: "pipe", timeout: 240_000 });
  const pdf = path.join(outDir, `${path.basename(input, path.extname(input))}.pdf`);
  if (!existsSync(pdf)) throw new Error(`LibreOffice made no PDF of ${input}`);
  return pdf;
}

export function pdfPages(pdf: string): { pages: number; size: string } {
  const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  return { pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? NaN), size: /^Page size:\s+(.*)$/m.exec(info)?.[1] ?? "" };
}

/** The text of one page (1-based), or of every page when omitted, as pdftotext lays it out. */
export function pdfText(pdf: string, page?: number): string {
  const range = page === undefined ? [] : ["-f", String(page), "-l", String(page)];
  return execFileSync("pdftotext", ["-layout", ...range, pdf, "-"], { encoding: "utf8" });
}
