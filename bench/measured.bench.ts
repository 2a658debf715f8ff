import { nodeZipCodec } from "../src/cli/zipCodec";
import { createXlsx, openXlsx } from "../src/hosts/xlsx/xlsxHost";
import { fillWorkbook } from "../src/services/fillWorkbook";
import { generateWorkbook } from "../src/services/generateWorkbook";
import { rankWorkbook } from "../src/services/rankWorkbook";
import { makeMeasuredBloc } from "./makeMeasured";
import { medianMs, printTable } from "./timing";

/** CPU time (user + system, ms) of one run: wall time means little on a machine other jobs share. */
async function cpuMs(fn: () => unknown | Promise<unknown>): Promise<number> {
  const before = process.cpuUsage();
  await fn();
  const d = process.cpuUsage(before);
  return (d.user + d.system) / 1000;
}

/**
 * generate, fill and rank in process on a 60-unit bloc whose rubric has 120 criteria, a third of them measured
 * (linear with a capped extra, lower is better, bands; a target per unit and criterion): the target is under 1 s each.
 */
export default async function run(): Promise<void> {
  const { rubric, bloc, scoresCsv } = makeMeasuredBloc(60, 120, 1);
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
    const out = await fillWorkbook(host, "measured.xlsx", { text: scoresCsv, file: "scores.csv" });
    if (out.exit !== 0) throw new Error("fill failed");
    filled = await host.save();
  };
  const fill = await medianMs(fillOnce, 5, 1);
  const fillCpu = await cpuMs(fillOnce);
  const rankOnce = async () => {
    const out = await rankWorkbook(await openXlsx(filled, { codec: nodeZipCodec }), "measured.xlsx", "final");
    if (out.exit !== 0) throw new Error("rank failed");
  };
  const rank = await medianMs(rankOnce, 5, 1);
  const rankCpu = await cpuMs(rankOnce);
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  const rows = scoresCsv.split("\n").length - 2;
  printTable(
    ["operation (60 units × 120 criteria, a third measured)", "service ms", "service CPU ms", "file"],
    [
      ["generate", generate, generateCpu, kb(generated.length)],
      [`fill (${rows} CSV rows: targets, actuals, notes)`, fill, fillCpu, kb(filled.length)],
      ["rank --json (final)", rank, rankCpu, ""],
    ],
  );
}
