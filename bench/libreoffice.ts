import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";

/**
 * LibreOffice as a yardstick: open an .xlsx headless, recalculate every formula (the profile says "always
 * recalculate", as test/support/libreoffice.ts does) and write the first sheet as CSV — the cheapest save there
 * is, so the time is mostly opening and recalculating.
 */
const PROFILE_XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export function hasSoffice(): boolean {
  return spawnSync("sh", ["-c", "command -v soffice"]).status === 0;
}

export function libreOfficeProfile(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "thidua-bench-lo-"));
  mkdirSync(path.join(dir, "user"), { recursive: true });
  writeFileSync(path.join(dir, "user", "registrymodifications.xcu"), PROFILE_XCU);
  return dir;
}

/** Opens and recalculates `input`, returns the first sheet as CSV text. @throws when soffice produced nothing */
export function recalcFirstSheet(input: string, profile: string): string {
  const out = mkdtempSync(path.join(tmpdir(), "thidua-bench-csv-"));
  const args = [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", out, input];
  execFileSync("soffice", args, { stdio: "ignore", timeout: 600_000 });
  const csv = path.join(out, `${path.basename(input, path.extname(input))}.csv`);
  if (!existsSync(csv)) throw new Error(`LibreOffice wrote no CSV for ${input}`);
  return readFileSync(csv, "utf8");
}
