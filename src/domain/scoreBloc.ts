import { walkAwards } from "./awards";
import { classify } from "./classification";
import { roundedNumber } from "./fixed";
import { finding, type Finding } from "./findings";
import { rankUnits, type Votes } from "./ranking";
import type { ScoreBook } from "./scoreBook";
import { stageChanges } from "./stageChanges";
import type { StageChoice } from "./types";
import { unitExplanations, type UnitExplanation } from "./unitExplanations";
import { unitTotals, type UnitTotals } from "./unitTotals";

/** Place labels of ranks 1–3, as the `score --json` contract spells them. */
export const PLACES = ["Nhất", "Nhì", "Ba"] as const;

export interface UnitResult {
  readonly id: string;
  readonly name: string;
  readonly complete: boolean;
  readonly total: number;
  readonly sections: Readonly<Record<string, number>>;
  readonly bonus: number;
  readonly deductions: number;
  readonly rank: number | null;
  readonly place: string | null;
  readonly classification: string | null;
  readonly vetoed: boolean;
  readonly award: string | null;
}

export interface Ranking {
  readonly stage: StageChoice;
  /** rank order; incomplete units last, in bloc order */
  readonly units: readonly UnitResult[];
  readonly ties: readonly (readonly string[])[];
  readonly warnings: readonly Finding[];
  /** per unit with something to explain (a changed score, a criterion not applicable), in rank order */
  readonly explanations: readonly UnitExplanation[];
}

/** The whole ranking of a bloc at one stage (or `final`): totals, ranks, places, classification, awards. */
export function scoreBloc(book: ScoreBook, stage: StageChoice, votes: Votes = {}): Ranking {
  const { rubric, bloc } = book;
  const totals = bloc.units.map((_, i) => unitTotals(book, i, stage));
  const ranked = rankUnits(rubric, bloc.units, totals, votes);
  const levelOf = (t: UnitTotals) => classify(rubric, t);
  const awards = walkAwards(rubric, bloc.units, ranked.order, ranked.rank, levelOf);
  const d = rubric.scale.decimals;

  const result = (t: UnitTotals): UnitResult => {
    const unit = bloc.units[t.unitIndex];
    const rank = ranked.rank.get(t.unitIndex) ?? null;
    const level = t.complete ? levelOf(t) : -1;
    return {
      id: unit.id,
      name: unit.name,
      complete: t.complete,
      total: roundedNumber(t.exactTotal, d),
      sections: Object.fromEntries(rubric.sections.map((s, i) => [s.id, roundedNumber(t.sections[i], d)])),
      bonus: roundedNumber(t.bonus, d),
      deductions: roundedNumber(t.deductions, d),
      rank,
      place: rank !== null && rank <= PLACES.length ? PLACES[rank - 1] : null,
      classification: level >= 0 ? rubric.classification[level].label : null,
      vetoed: t.vetoed,
      award: awards.award.get(t.unitIndex) ?? null,
    };
  };
  const incomplete = totals.filter((t) => !t.complete);
  const warnings: Finding[] = [
    ...totals.flatMap((t) => t.warnings),
    ...incomplete.map((t) => finding("WARN_INCOMPLETE", { stage }, { unit: bloc.units[t.unitIndex].id })),
    ...ranked.warnings,
    ...awards.warnings,
  ];
  const order = [...ranked.order, ...incomplete];
  let explanations: UnitExplanation[] | undefined;
  return {
    stage,
    units: order.map(result),
    ties: ranked.ties.map((g) => [...g].sort((a, b) => a - b).map((i) => bloc.units[i].id)),
    warnings,
    // made when read: validate reads only the warnings, and every change of a 60-unit bloc (6 600) goes into these
    get explanations(): UnitExplanation[] {
      explanations ??= unitExplanations(book, stage, order, stageChanges(book));
      return explanations;
    },
  };
}
