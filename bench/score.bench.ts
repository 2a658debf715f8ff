// `score` on synthetic blocs of growing size: the engine alone (scoreBloc on a prebuilt score book), the parse and
// index step (rubric.json, bloc.json, CSV text → score book), and the whole command as a user runs it.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { parseBloc } from "../src/domain/blocRules";
import { parseRubric } from "../src/domain/rubricRules";
import { scoreBloc } from "../src/domain/scoreBloc";
import { buildScoreBook, type ScoreBook } from "../src/domain/scoreBook";
import { parseScoresCsv } from "../src/domain/scoresCsv";
import { makeBloc } from "./makeBloc";
import { medianMs, printTable } from "./timing";

const SIZES: readonly [number, number][] = [
  [10, 20],
  [20, 40],
  [40, 80],
  [60, 120],
];

/** Fastest of `runs` wall times: a spawned process on a shared machine is slowed by others, never sped up. */
function fastestMs(fn: () => unknown, runs = 9): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

function parseAndIndex(rubricText: string, blocText: string, csvText: string): ScoreBook {
  const rubric = parseRubric(JSON.parse(rubricText));
  const bloc = parseBloc(JSON.parse(blocText));
  if (!rubric.ok || !bloc.ok) throw new Error("synthetic bloc rejected");
  const csv = parseScoresCsv(csvText, "scores.csv");
  const built = buildScoreBook(rubric.value, bloc.value, csv.rows);
  // warnings are fine (the synthetic bloc lowers self-scores without a reason); an error is not
  if ([...built.findings, ...csv.findings].some((f) => f.severity === "error")) throw new Error("synthetic scores rejected");
  return built.book;
}

export default async function scoreBench(): Promise<void> {
  const cli = path.resolve(process.cwd(), "dist", "cli.js");
  if (!existsSync(cli)) throw new Error("dist/cli.js is missing: run npm run build:cli (npm run bench does)");
  // what every run of the command pays before reading a file: node, then loading the bundle
  const startupMs = fastestMs(() => spawnSync(process.execPath, [cli, "--help"], { encoding: "utf8" }));
  const rows: (string | number)[][] = [];
  for (const [units, criteria] of SIZES) {
    const synthetic = makeBloc(units, criteria);
    const rubricText = JSON.stringify(synthetic.rubric);
    const blocText = JSON.stringify(synthetic.bloc);
    const book = parseAndIndex(rubricText, blocText, synthetic.scoresCsv);
    const cells = units * criteria;

    const engineMs = await medianMs(() => scoreBloc(book, "final"), 200, 20);
    const parseMs = await medianMs(() => parseAndIndex(rubricText, blocText, synthetic.scoresCsv), 20, 3);

    const dir = mkdtempSync(path.join(tmpdir(), "thidua-bench-"));
    try {
      writeFileSync(path.join(dir, "rubric.json"), rubricText);
      writeFileSync(path.join(dir, "bloc.json"), blocText);
      writeFileSync(path.join(dir, "scores.csv"), synthetic.scoresCsv);
      const args = [cli, "score", "--rubric", "rubric.json", "--bloc", "bloc.json", "--scores", "scores.csv", "--json"];
      const commandMs = fastestMs(() => {
        const r = spawnSync(process.execPath, args, { cwd: dir, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
        if (r.status !== 0) throw new Error(`score exited ${r.status}: ${r.stderr}`);
      });
      rows.push([
        `${units}×${criteria}`,
        String(synthetic.scoresCsv.split("\n").length - 2),
        engineMs,
        (engineMs * 1000) / cells,
        parseMs,
        (parseMs * 1000) / cells,
        commandMs,
        commandMs - startupMs,
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  printTable(["units×criteria", "CSV rows", "engine ms", "engine µs/(unit×crit)", "parse+index ms", "parse µs/(unit×crit)", "command ms", "command − startup ms"], rows);
  console.log(`engine: scoreBloc at stage final on a prebuilt score book (median of 200); command: node dist/cli.js score --json (fastest of 9); startup (node dist/cli.js --help, fastest of 9): ${startupMs.toFixed(0)} ms.`);
}
