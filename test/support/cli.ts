import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";

export const ROOT = path.resolve(__dirname, "..", "..");
export const CLI = path.join(ROOT, "dist", "cli.js");

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/**
 * `npm test` builds dist/cli.js before jest; a lone `jest` run builds it here when it is missing or older than
 * the code it bundles, so these tests never run a stale CLI.
 */
export function ensureCli(): void {
  const bundled = ["domain", "services", "cli", "i18n", "workbook", "hosts"].map((d) => path.join(ROOT, "src", d)).filter(existsSync);
  if (existsSync(CLI) && statSync(CLI).mtimeMs >= Math.max(...bundled.map(newestSource))) return;
  execFileSync(process.execPath, ["scripts/build.mjs", "cli"], { cwd: ROOT, stdio: "pipe" });
}

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(args: readonly string[], cwd = ROOT): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", env: { ...process.env, THIDUA_LANG: "", THIDUA_DEBUG: "" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A temporary folder with the given files; `cleanup` removes it. */
export function tempDir(files: Readonly<Record<string, string>>): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), "thidua-test-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
