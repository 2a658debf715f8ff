import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";

const INSTALL = "apt-get install -y --no-install-recommends libreoffice-calc-nogui";

/**
 * LibreOffice trusts the cached values in an .xlsx unless told otherwise: this profile sets OOXMLRecalcMode and
 * ODFRecalcMode to 0 ("always recalculate"), so what we read back is LibreOffice's own arithmetic.
 */
const PROFILE_XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

let profile: string | undefined;

/** Fails (never skips) when LibreOffice is missing, with the line that installs it. */
export function requireSoffice(): void {
  const found = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" });
  if (found.status !== 0) throw new Error(`LibreOffice (soffice) is needed to recalculate workbooks. Install it with:\n  ${INSTALL}`);
}

function profileDir(): string {
  if (profile) return profile;
  profile = mkdtempSync(path.join(tmpdir(), "thidua-lo-profile-"));
  mkdirSync(path.join(profile, "user"), { recursive: true });
  writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), PROFILE_XCU);
  return profile;
}

/**
 * Opens `input` in headless LibreOffice Calc, recalculates every formula and saves it as `format` into
 * `outDir`; returns the written file. soffice exits 0 even when a conversion failed, so the output's
 * existence is what is checked.
 */
export function convertWithLibreOffice(input: string, outDir: string, format: "xlsx" | "csv" = "xlsx"): string {
  requireSoffice();
  mkdirSync(outDir, { recursive: true });
  const filter = format === "xlsx" ? "xlsx:Calc MS Excel 2007 XML" : "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";
  const args = [`-env:UserInstallation=file://${profileDir()}`, "--headless", "--norestore", "--convert-to", filter, "--outdir", outDir, input];
  let log: string;
  try {
    log = execFileSync("soffice", args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 240_000 });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(`soffice failed on ${input}: ${err.message}\n${err.stdout ?? ""}${err.stderr ?? ""}`, { cause: e });
  }
  const base = path.basename(input, path.extname(input));
  const produced = format === "xlsx" ? [path.join(outDir, `${base}.xlsx`)] : readdirSync(outDir).filter((f) => f.startsWith(base) && f.endsWith(".csv")).map((f) => path.join(outDir, f));
  if (produced.length === 0 || !produced.every(existsSync)) throw new Error(`LibreOffice produced no ${format} for ${input}. Its output:\n${log}`);
  return produced[0];
}

/** Recalculates `input` in LibreOffice and returns the re-saved .xlsx (with LibreOffice's cached results). */
export function recalcXlsx(input: string): string {
  const outDir = mkdtempSync(path.join(tmpdir(), "thidua-lo-out-"));
  return convertWithLibreOffice(input, outDir, "xlsx");
}

/**
 * Recalculates several workbooks in one LibreOffice start (each start costs seconds); returns the re-saved
 * copy of each input, in order. Inputs need distinct file names.
 */
export function recalcMany(inputs: readonly string[]): string[] {
  requireSoffice();
  const outDir = mkdtempSync(path.join(tmpdir(), "thidua-lo-out-"));
  const args = [`-env:UserInstallation=file://${profileDir()}`, "--headless", "--norestore", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", outDir, ...inputs];
  let log: string;
  try {
    log = execFileSync("soffice", args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 480_000 });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(`soffice failed: ${err.message}\n${err.stdout ?? ""}${err.stderr ?? ""}`, { cause: e });
  }
  return inputs.map((input) => {
    const out = path.join(outDir, `${path.basename(input, path.extname(input))}.xlsx`);
    if (!existsSync(out)) throw new Error(`LibreOffice produced no xlsx for ${input}. Its output:\n${log}`);
    return out;
  });
}

/**
 * Recalculates `input` in LibreOffice and returns its FIRST sheet ("Tổng hợp") as CSV text, values unformatted:
 * much cheaper than re-saving a big workbook as .xlsx when only the summary is compared.
 */
export function recalcFirstSheetCsv(input: string): string {
  requireSoffice();
  const outDir = mkdtempSync(path.join(tmpdir(), "thidua-lo-csv-"));
  // token 12 = 1: the first sheet only
  const filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,1";
  const args = [`-env:UserInstallation=file://${profileDir()}`, "--headless", "--norestore", "--convert-to", filter, "--outdir", outDir, input];
  let log: string;
  try {
    log = execFileSync("soffice", args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 240_000 });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(`soffice failed on ${input}: ${err.message}\n${err.stdout ?? ""}${err.stderr ?? ""}`, { cause: e });
  }
  const produced = readdirSync(outDir).filter((f) => f.endsWith(".csv"));
  if (produced.length !== 1) throw new Error(`LibreOffice produced no CSV for ${input}. Its output:\n${log}`);
  return readFileSync(path.join(outDir, produced[0]), "utf8");
}
