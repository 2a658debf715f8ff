import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";

const INSTALL = "apt-get install -y --no-install-recommends gnumeric";

/** Fails (never skips) when Gnumeric's ssconvert is missing, with the line that installs it. */
export function requireSsconvert(): void {
  const found = spawnSync("sh", ["-c", "command -v ssconvert"], { encoding: "utf8" });
  if (found.status !== 0) throw new Error(`Gnumeric (ssconvert) is needed to recalculate workbooks. Install it with:\n  ${INSTALL}`);
}

/**
 * Opens `input` in Gnumeric, recalculates every formula (--recalc) and writes each sheet as CSV (-S); returns
 * sheet name → rows of cell texts, as Gnumeric shows them (numbers in their cell's number format).
 */
export function recalcSheetsWithGnumeric(input: string): Map<string, string[][]> {
  requireSsconvert();
  const outDir = mkdtempSync(path.join(tmpdir(), "thidua-gnumeric-"));
  const pattern = path.join(outDir, "out.%s.csv");
  try {
    execFileSync("ssconvert", ["--recalc", "-S", input, pattern], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 240_000 });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(`ssconvert failed on ${input}: ${err.message}\n${err.stdout ?? ""}${err.stderr ?? ""}`, { cause: e });
  }
  const sheets = new Map<string, string[][]>();
  for (const f of readdirSync(outDir)) {
    const m = /^out\.(.*)\.csv$/.exec(f);
    if (m) sheets.set(m[1], parseCsv(readFileSync(path.join(outDir, f), "utf8")));
  }
  if (sheets.size === 0) throw new Error(`ssconvert wrote no CSV for ${input}`);
  return sheets;
}

/** RFC 4180 CSV (quoted fields with "" inside, commas and newlines in quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
