import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { makeBloc } from "./makeBloc";
import { makeTreeBloc } from "./makeTree";
import { kb, serviceTimes } from "./serviceTimes";
import { medianMs, printTable } from "./timing";

const CLI = path.resolve(__dirname, "..", "dist", "cli.js");

function cli(args: readonly string[], cwd: string): void {
  // stdout is dropped: rank --json of 60 units prints megabytes, past spawnSync's buffer
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", stdio: ["ignore", "ignore", "pipe"] });
  if (r.status !== 0) throw new Error(`thidua ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
}

/**
 * generate, fill and rank on 60 units × 120 criteria: a flat rubric in process and as whole CLI commands, then a
 * 4-level tree (caps at nested groups, `full` and `rescale` criteria, na at several stages) in process. Target:
 * under 1 s each.
 */
export default async function run(): Promise<void> {
  const flat = makeBloc(60, 120, 1);
  const times = await serviceTimes(flat);
  const dir = mkdtempSync(path.join(tmpdir(), "thidua-bench-"));
  try {
    writeFileSync(path.join(dir, "rubric.json"), JSON.stringify(flat.rubric));
    writeFileSync(path.join(dir, "bloc.json"), JSON.stringify(flat.bloc));
    writeFileSync(path.join(dir, "scores.csv"), flat.scoresCsv);
    const cliGenerate = await medianMs(() => cli(["generate", "--rubric", "rubric.json", "--bloc", "bloc.json", "--out", "b.xlsx", "--force"], dir), 3, 1);
    const cliFill = await medianMs(() => cli(["fill", "b.xlsx", "--scores", "scores.csv", "--out", "c.xlsx", "--force"], dir), 3, 1);
    const cliRank = await medianMs(() => cli(["rank", "c.xlsx", "--json"], dir), 3, 1);
    printTable(
      ["operation (60 units × 120 criteria)", "service ms", "service CPU ms", "CLI ms", "file"],
      [
        ["generate", times.generate.ms, times.generate.cpuMs, cliGenerate, kb(times.generated.length)],
        ["fill (all stages, 22 k cells)", times.fill.ms, times.fill.cpuMs, cliFill, kb(times.filled.length)],
        ["rank --json (final)", times.rank.ms, times.rank.cpuMs, cliRank, ""],
      ],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const tree = makeTreeBloc(60, 120, 1);
  const treeTimes = await serviceTimes(tree);
  const rows = tree.scoresCsv.split("\n").length - 2;
  console.log("");
  printTable(
    ["operation (60 units × 4-level tree of 120 criteria)", "service ms", "service CPU ms", "file"],
    [
      ["generate", treeTimes.generate.ms, treeTimes.generate.cpuMs, kb(treeTimes.generated.length)],
      [`fill (${rows} CSV rows, na and notes)`, treeTimes.fill.ms, treeTimes.fill.cpuMs, kb(treeTimes.filled.length)],
      ["rank --json (final)", treeTimes.rank.ms, treeTimes.rank.cpuMs, ""],
    ],
  );
}
