import { finding, type Finding } from "./findings";
import { toMicro } from "./fixed";
import type { ScoreBook } from "./scoreBook";
import { unitTotals } from "./unitTotals";

export const DEFAULT_SELF_GAP = 5;

/**
 * WARN_SELF_GAP: a unit's criteria points at the self stage (capped section subtotals, no bonus or deductions)
 * exceed those at the bloc stage by more than the rubric's threshold — blocs deduct for inflated self-scores.
 * Only units complete at both stages are compared: a partial sheet says nothing about inflation.
 */
export function selfGapFindings(book: ScoreBook): Finding[] {
  const { rubric, bloc } = book;
  if (!rubric.stages.includes("self") || !rubric.stages.includes("bloc")) return [];
  const threshold = toMicro(rubric.options?.selfGapThreshold ?? DEFAULT_SELF_GAP);
  const out: Finding[] = [];
  bloc.units.forEach((unit, i) => {
    const self = unitTotals(book, i, "self");
    const blocStage = unitTotals(book, i, "bloc");
    if (!self.complete || !blocStage.complete) return;
    const selfPoints = self.criteriaTotal;
    const blocPoints = blocStage.criteriaTotal;
    const gap = selfPoints - blocPoints;
    if (gap > threshold) {
      out.push(finding("WARN_SELF_GAP", { self: selfPoints / 1e6, bloc: blocPoints / 1e6, gap: gap / 1e6, threshold: threshold / 1e6 }, { unit: unit.id }));
    }
  });
  return out;
}
