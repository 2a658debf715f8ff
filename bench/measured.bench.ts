import { makeMeasuredBloc } from "./makeMeasured";
import { kb, serviceTimes } from "./serviceTimes";
import { printTable } from "./timing";

/**
 * generate, fill and rank in process on a 60-unit bloc whose rubric has 120 criteria, a third of them measured
 * (linear with a capped extra, lower is better, bands; a target per unit and criterion): the target is under 1 s each.
 */
export default async function run(): Promise<void> {
  const measured = makeMeasuredBloc(60, 120, 1);
  const times = await serviceTimes(measured);
  const rows = measured.scoresCsv.split("\n").length - 2;
  printTable(
    ["operation (60 units × 120 criteria, a third measured)", "service ms", "service CPU ms", "file"],
    [
      ["generate", times.generate.ms, times.generate.cpuMs, kb(times.generated.length)],
      [`fill (${rows} CSV rows: targets, actuals, notes)`, times.fill.ms, times.fill.cpuMs, kb(times.filled.length)],
      ["rank --json (final)", times.rank.ms, times.rank.cpuMs, ""],
    ],
  );
}
