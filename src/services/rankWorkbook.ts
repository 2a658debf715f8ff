import { finding, hasErrors, type Finding } from "../domain/findings";
import type { Votes } from "../domain/ranking";
import { buildScoreBook } from "../domain/scoreBook";
import { scoreBloc, type Ranking } from "../domain/scoreBloc";
import type { Rubric, StageChoice } from "../domain/types";
import type { WorkbookHost } from "../hosts/host";
import { exitCodeFor, type ExitCode } from "./exitCodes";
import { readContents } from "./openWorkbook";

export interface RankOutcome {
  readonly exit: ExitCode;
  readonly ranking?: Ranking;
  readonly rubric?: Rubric;
  readonly findings: readonly Finding[];
}

/**
 * `thidua rank`: the engine's ranking from the workbook's raw input cells (never from cached formula
 * results), with the "Biểu quyết" column as vote numbers and `--vote` lists overriding them.
 */
export async function rankWorkbook(host: WorkbookHost, file: string, stage: StageChoice, voteOrders: readonly (readonly string[])[] = []): Promise<RankOutcome> {
  const read = await readContents(host, file);
  if (!read.ok) return { exit: 2, findings: read.findings };
  const { rubric, bloc, rows, votes } = read.value;
  const unitIds = new Set(bloc.units.map((u) => u.id));
  const unknown = voteOrders.flat().filter((id) => !unitIds.has(id));
  if (unknown.length > 0) return { exit: 2, findings: unknown.map((id) => finding("ERR_UNKNOWN_UNIT", { value: id }, { path: ["--vote"] })) };
  if (stage !== "final" && !rubric.stages.includes(stage)) {
    return { exit: 2, findings: [finding("ERR_STAGE_NOT_IN_RUBRIC", { value: stage, stages: [...rubric.stages] }, { path: ["--stage"] })] };
  }
  const book = buildScoreBook(rubric, bloc, rows);
  const findings = [...read.findings, ...book.findings];
  if (hasErrors(findings)) return { exit: exitCodeFor(findings), findings, rubric };
  const v: Votes = { numbers: votes, orders: voteOrders };
  const scored = scoreBloc(book.book, stage, v);
  const ranking: Ranking = { ...scored, warnings: [...findings, ...scored.warnings] };
  // a unit with nothing applicable at this stage (ERR_NOTHING_APPLICABLE) is a data error: exit 1, no ranking
  if (hasErrors(scored.warnings)) return { exit: exitCodeFor(ranking.warnings), findings: ranking.warnings, rubric };
  return { exit: 0, ranking, rubric, findings: ranking.warnings };
}
