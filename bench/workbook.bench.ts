import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { nodeZipCodec } from "../src/cli/zipCodec";
import { createXlsx, openXlsx } from "../src/hosts/xlsx/xlsxHost";
import { fillWorkbook } from "../src/services/fillWorkbook";
import { generateWorkbook } from "../src/services/generateWorkbook";
import { rankWorkbook } from "../src/services/rankWorkbook";
import { makeBloc } from "./makeBloc";
import { medianMs, printTable } from "./timing";

const CLI = path.resolve(__dirname, "..", "dist", "cli.js");

/** CPU time (user + system, ms) of one run: wall time means little on a machine other jobs share. */
async function cpuMs(fn: () => unknown | Promise<unknown>): Promise<number> {
  const before = process.cpuUsage();
  await fn();
  const d = process.cpuUsage(before);
  return (d.user + d.system) / 1000;
}

function cli(args: readonly string[], cwd: string): void {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`thidua ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
}

/** generate, fill and rank a 60 × 120 bloc: in-process service times and whole CLI commands. */
export default async function run(): Promise<void> {
  const units = 60;
  const criteria = 120;
  const { rubric, bloc, scoresCsv } = makeBloc(units, criteria, 1);
  const rubricText = JSON.stringify(rubric);
  const blocText = JSON.stringify(bloc);

  let generated: Uint8Array = new Uint8Array();
  const generateOnce = async () => {
    const host = createXlsx({ codec: nodeZipCodec });
    const out = await generateWorkbook({ rubric: { text: rubricText, file: "rubric.json" }, bloc: { text: blocText, file: "bloc.json" } }, host);
    if (out.exit !== 0) throw new Error("generate failed");
    generated = await host.save();
  };
  const generate = await medianMs(generateOnce, 5, 1);
  const generateCpu = await cpuMs(generateOnce);
  let filled: Uint8Array = new Uint8Array();
  const fillOnce = async () => {
    const host = await openXlsx(generated, { codec: nodeZipCodec });
    const out = await fillWorkbook(host, "bench.xlsx", { text: scoresCsv, file: "scores.csv" });
    if (out.exit !== 0) throw new Error("fill failed");
    filled = await host.save();
  };
  const fill = await medianMs(fillOnce, 5, 1);
  const fillCpu = await cpuMs(fillOnce);
  const rankOnce = async () => {
    const out = await rankWorkbook(await openXlsx(filled, { codec: nodeZipCodec }), "bench.xlsx", "final");
    if (out.exit !== 0) throw new Error("rank failed");
  };
  const rank = await medianMs(rankOnce, 5, 1);
  const rankCpu = await cpuMs(rankOnce);

  const dir = mkdtempSync(path.join(tmpdir(), "thidua-bench-"));
  try {
    writeFileSync(path.join(dir, "rubric.json"), rubricText);
    writeFileSync(path.join(dir, "bloc.json"), blocText);
    writeFileSync(path.join(dir, "scores.csv"), scoresCsv);
    const cliGenerate = await medianMs(() => cli(["generate", "--rubric", "rubric.json", "--bloc", "bloc.json", "--out", "b.xlsx", "--force"], dir), 3, 1);
    const cliFill = await medianMs(() => cli(["fill", "b.xlsx", "--scores", "scores.csv", "--out", "c.xlsx", "--force"], dir), 3, 1);
    const cliRank = await medianMs(() => cli(["rank", "c.xlsx", "--json"], dir), 3, 1);
    const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
    printTable(
      ["operation (60 units × 120 criteria)", "service ms", "service CPU ms", "CLI ms", "file"],
      [
        ["generate", generate, generateCpu, cliGenerate, kb(generated.length)],
        ["fill (all stages, 22 k cells)", fill, fillCpu, cliFill, kb(filled.length)],
        ["rank --json (final)", rank, rankCpu, cliRank, ""],
      ],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
