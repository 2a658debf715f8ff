// validate on a 60 × 120 bloc (generated and filled through the services): in-process and as a whole CLI
// command, against LibreOffice opening and recalculating the same file, in the same run.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { createXlsx, openXlsx } from "../src/hosts/xlsx/xlsxHost";
import { fillWorkbook } from "../src/services/fillWorkbook";
import { generateWorkbook } from "../src/services/generateWorkbook";
import { validateWorkbook } from "../src/services/validateWorkbook";
import { hasSoffice, libreOfficeProfile, recalcFirstSheet } from "./libreoffice";
import { makeBloc } from "./makeBloc";
import { medianMs, printTable } from "./timing";

const CLI = path.resolve(__dirname, "..", "dist", "cli.js");
const TARGET_MS = 1000;

async function filledWorkbook(units: number, criteria: number): Promise<Uint8Array> {
  const { rubric, bloc, scoresCsv } = makeBloc(units, criteria, 1);
  const host = createXlsx();
  const made = await generateWorkbook({ rubric: { text: JSON.stringify(rubric), file: "rubric.json" }, bloc: { text: JSON.stringify(bloc), file: "bloc.json" } }, host);
  if (made.exit !== 0) throw new Error("generate failed");
  const opened = await openXlsx(await host.save());
  const filled = await fillWorkbook(opened, "bench.xlsx", { text: scoresCsv, file: "scores.csv" });
  if (filled.exit !== 0) throw new Error("fill failed");
  return opened.save();
}

export default async function run(): Promise<void> {
  const [units, criteria] = [60, 120];
  const bytes = await filledWorkbook(units, criteria);
  const dir = mkdtempSync(path.join(tmpdir(), "thidua-bench-validate-"));
  try {
    const file = path.join(dir, "bench.xlsx");
    writeFileSync(file, bytes);

    let findings = 0;
    const inProcess = await medianMs(async () => {
      const out = await validateWorkbook(await openXlsx(bytes), "bench.xlsx");
      if (out.exit !== 0) throw new Error(`validate found errors in the synthetic bloc: ${out.findings.find((f) => f.severity === "error")?.code}`);
      findings = out.findings.length;
    }, 7, 2);
    const command = await medianMs(() => {
      const r = spawnSync(process.execPath, [CLI, "validate", file, "--json"], { encoding: "utf8" });
      if (r.status !== 0) throw new Error(`validate exited ${r.status}: ${r.stderr}`);
    }, 5, 1);

    const rows: (string | number)[][] = [
      [`${units}×${criteria}`, `${(bytes.length / 1024).toFixed(0)} KiB`, "validate in-process (open + check)", inProcess, inProcess < TARGET_MS ? "yes" : "NO"],
      [`${units}×${criteria}`, `${(bytes.length / 1024).toFixed(0)} KiB`, "thidua validate --json (whole command)", command, command < TARGET_MS ? "yes" : "NO"],
    ];
    let lo: number | null = null;
    if (hasSoffice()) {
      const profile = libreOfficeProfile();
      recalcFirstSheet(file, profile); // the first start of a fresh profile also builds it: not timed
      lo = await medianMs(() => {
        const csv = recalcFirstSheet(file, profile);
        // the summary's first unit row must show a computed total, or LibreOffice did not recalculate
        if (!/\d/.test(csv.split("\n")[4] ?? "")) throw new Error("LibreOffice's CSV has no computed totals");
      }, 3, 0);
      rmSync(profile, { recursive: true, force: true });
      rows.push([`${units}×${criteria}`, `${(bytes.length / 1024).toFixed(0)} KiB`, "LibreOffice: open + recalculate (+ CSV of one sheet)", lo, ""]);
    }
    printTable(["bloc", "file", "what", "median ms", `< ${TARGET_MS} ms`], rows);
    console.log(`validate reported ${findings} warnings and no error (in-process median of 7, command median of 5, LibreOffice median of 3).`);
    if (lo !== null) console.log(`LibreOffice / validate: ${(lo / inProcess).toFixed(1)}× in-process, ${(lo / command).toFixed(1)}× the whole command.`);
    else console.log("LibreOffice (soffice) not found: apt-get install -y --no-install-recommends libreoffice-calc-nogui to measure the ratio.");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
