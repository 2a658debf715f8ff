import { finding, hasErrors, type Finding } from "../domain/findings";
import type { Votes } from "../domain/ranking";
import { buildScoreBook } from "../domain/scoreBook";
import { scoreBloc, type Ranking } from "../domain/scoreBloc";
import { explainTies } from "../domain/tieExplanations";
import type { Bloc, Rubric, StageChoice } from "../domain/types";
import type { WorkbookHost } from "../hosts/host";
import { exitCodeFor, type ExitCode } from "./exitCodes";
import { readContents } from "./openWorkbook";

export interface VotedGroup {
  readonly units: readonly string[];
  readonly total: number;
}

export interface RankOutcome {
  readonly exit: ExitCode;
  readonly ranking?: Ranking;
  readonly rubric?: Rubric;
  readonly bloc?: Bloc;
  /** units the rubric's chain left tied and the bloc's vote put in order, each run in rank order */
  readonly voted?: readonly VotedGroup[];
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
  if (hasErrors(findings)) return { exit: exitCodeFor(findings), findings, rubric, bloc };
  const v: Votes = { numbers: votes, orders: voteOrders };
  const scored = scoreBloc(book.book, stage, v);
  const ranking: Ranking = { ...scored, warnings: [...findings, ...scored.warnings] };
  // a unit with nothing applicable at this stage (ERR_NOTHING_APPLICABLE) is a data error: exit 1, no ranking
  if (hasErrors(scored.warnings)) return { exit: exitCodeFor(ranking.warnings), findings: ranking.warnings, rubric, bloc };
  return { exit: 0, ranking, rubric, bloc, findings: ranking.warnings, voted: votedGroups(rubric, scored) };
}

/** Runs of neighbours in a same-total group that only the vote separated: what the meeting decided, to explain. */
export function votedGroups(rubric: Rubric, ranking: Ranking): VotedGroup[] {
  const out: VotedGroup[] = [];
  for (const g of explainTies(rubric, ranking)) {
    let run: string[] = [];
    g.decisions.forEach((d, i) => {
      if (d.kind === "vote") run = run.length > 0 ? [...run, g.units[i + 1]] : [g.units[i], g.units[i + 1]];
      else if (run.length > 0) {
        out.push({ units: run, total: g.total });
        run = [];
      }
    });
    if (run.length > 0) out.push({ units: run, total: g.total });
  }
  return out;
}
