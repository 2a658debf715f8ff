import { finding, hasErrors, type Finding } from "../domain/findings";
import type { Votes } from "../domain/ranking";
import { buildScoreBook } from "../domain/scoreBook";
import { scoreBloc, type Ranking } from "../domain/scoreBloc";
import { parseScoresCsv } from "../domain/scoresCsv";
import type { Bloc, Rubric, StageChoice } from "../domain/types";
import { exitCodeFor, type ExitCode } from "./exitCodes";
import { blocFromText, rubricFromText } from "./inputs";

export interface ScoreFilesInput {
  readonly rubric: { readonly text: string; readonly file: string };
  readonly bloc: { readonly text: string; readonly file: string };
  readonly scores: { readonly text: string; readonly file: string };
  readonly stage: StageChoice;
  readonly votes?: readonly (readonly string[])[];
}

export interface ScoreOutcome {
  readonly exit: ExitCode;
  /** present when exit is 0 */
  readonly ranking?: Ranking;
  readonly findings: readonly Finding[];
  /** the rubric and bloc, once they could be read (names for the messages) */
  readonly rubric?: Rubric;
  readonly bloc?: Bloc;
}

/** `thidua score`: the ranking straight from rubric.json, bloc.json and a scores CSV. */
export function scoreFiles(input: ScoreFilesInput): ScoreOutcome {
  const rubric = rubricFromText(input.rubric.text, input.rubric.file);
  const bloc = blocFromText(input.bloc.text, input.bloc.file);
  if (!rubric.ok || !bloc.ok) return { exit: 2, findings: [...rubric.findings, ...bloc.findings] };
  const unitIds = new Set(bloc.value.units.map((u) => u.id));
  const unknownVoters = (input.votes ?? []).flat().filter((id) => !unitIds.has(id));
  if (unknownVoters.length > 0) return { exit: 2, findings: unknownVoters.map((id) => finding("ERR_UNKNOWN_UNIT", { value: id }, { path: ["--vote"] })) };
  if (input.stage !== "final" && !rubric.value.stages.includes(input.stage)) {
    return { exit: 2, findings: [finding("ERR_STAGE_NOT_IN_RUBRIC", { value: input.stage, stages: [...rubric.value.stages] }, { path: ["--stage"] })] };
  }
  const csv = parseScoresCsv(input.scores.text, input.scores.file);
  const book = buildScoreBook(rubric.value, bloc.value, csv.rows);
  const findings = [...rubric.findings, ...bloc.findings, ...csv.findings, ...book.findings];
  if (hasErrors(findings)) return { exit: exitCodeFor(findings), findings, rubric: rubric.value, bloc: bloc.value };
  const votes: Votes = { orders: input.votes };
  const scored = scoreBloc(book.book, input.stage, votes);
  // warnings found while loading (a section cap that binds) belong in the output as much as the ranking's own
  const ranking: Ranking = { ...scored, warnings: [...findings, ...scored.warnings] };
  // a unit with nothing applicable at this stage (ERR_NOTHING_APPLICABLE) is a data error: exit 1, no ranking
  if (hasErrors(scored.warnings)) return { exit: exitCodeFor(ranking.warnings), findings: ranking.warnings, rubric: rubric.value, bloc: bloc.value };
  return { exit: 0, ranking, findings: ranking.warnings, rubric: rubric.value, bloc: bloc.value };
}
