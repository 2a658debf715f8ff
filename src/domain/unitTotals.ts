import { mulMicro, roundMicro, toMicro, type Micro } from "./fixed";
import { finding, type Finding } from "./findings";
import { STAGES, type EventGroup, type EventItem, type StageChoice } from "./types";
import type { ScoreBook } from "./scoreBook";

/** One unit's exact numbers at one stage, all in micro-points. */
export interface UnitTotals {
  readonly unitIndex: number;
  readonly complete: boolean;
  /** capped subtotal per section, rubric order */
  readonly sections: readonly Micro[];
  readonly bonus: Micro;
  readonly deductions: Micro;
  readonly vetoed: boolean;
  /** exact, before rounding */
  readonly exactTotal: Micro;
  /** rounded to the rubric's decimals: the number that is compared */
  readonly total: Micro;
  readonly warnings: readonly Finding[];
}

/** Stage indexes (into STAGES) whose values count, latest first: at `final` the last stage with a value wins. */
export function stagePrecedence(rubricStages: readonly string[], stage: StageChoice): number[] {
  const chosen = stage === "final" ? [...rubricStages].reverse() : [stage];
  return chosen.map((s) => (STAGES as readonly string[]).indexOf(s));
}

export function unitTotals(book: ScoreBook, unitIndex: number, stage: StageChoice): UnitTotals {
  const { rubric, values, itemIds } = book;
  const S = STAGES.length;
  const order = stagePrecedence(rubric.stages, stage);
  const base = unitIndex * itemIds.length * S;
  const pick = (item: number): number => {
    for (const st of order) {
      const v = values[base + item * S + st];
      if (!Number.isNaN(v)) return v;
    }
    return NaN;
  };
  let item = 0;
  let complete = true;
  const sections: Micro[] = [];
  for (const section of rubric.sections) {
    let sum = 0;
    for (const c of section.criteria) {
      const v = pick(item++);
      if (Number.isNaN(v)) complete = false;
      else sum += mulMicro(v, toMicro(c.weight));
    }
    sections.push(Math.min(sum, toMicro(section.maxPoints)));
  }
  const warnings: Finding[] = [];
  const unitId = book.bloc.units[unitIndex].id;
  const events = (group: EventGroup<EventItem>, kind: "bonus" | "deductions") => {
    let sum = 0;
    let vetoed = false;
    for (const it of group.items) {
      const count = pick(item++);
      if (Number.isNaN(count) || count === 0) continue;
      const raw = count * toMicro(it.pointsPerEvent);
      const cap = it.maxPoints === null ? Infinity : toMicro(it.maxPoints);
      if (raw > cap) warnings.push(finding("WARN_CAPPED", { count, points: raw / 1e6, cap: it.maxPoints, group: kind }, { unit: unitId, item: it.id }));
      sum += Math.min(raw, cap);
      if ("vetoAward" in it && it.vetoAward) vetoed = true;
    }
    const groupCap = group.maxTotal === null ? Infinity : toMicro(group.maxTotal);
    if (sum > groupCap) warnings.push(finding("WARN_CAPPED", { points: sum / 1e6, cap: group.maxTotal, group: kind }, { unit: unitId }));
    return { points: Math.min(sum, groupCap), vetoed };
  };
  const bonus = events(rubric.bonus, "bonus");
  const deductions = events(rubric.deductions, "deductions");
  const exactTotal = sections.reduce((a, b) => a + b, 0) + bonus.points - deductions.points;
  return {
    unitIndex,
    complete,
    sections,
    bonus: bonus.points,
    deductions: deductions.points,
    vetoed: deductions.vetoed,
    exactTotal,
    total: roundMicro(exactTotal, rubric.scale.decimals),
    warnings,
  };
}
