import { criterionMax, criterionPoints, scorePoints } from "./criterionPoints";
import type { MeasuredPoints } from "./measured";
import { roundMicro, toMicro, type Micro } from "./fixed";
import { finding, type Finding } from "./findings";
import { groupEntries, isGroup, leafCriteria } from "./rubricTree";
import { STAGES, type CriteriaGroup, type Criterion, type EventGroup, type EventItem, type Rubric, type StageChoice } from "./types";
import type { ScoreBook } from "./scoreBook";

/** One unit's exact numbers at one stage, all in micro-points. */
export interface UnitTotals {
  readonly unitIndex: number;
  /** every criterion has a value (a number or na) and something is applicable */
  readonly complete: boolean;
  /** capped subtotal per top-level section, rubric order, never rescaled */
  readonly sections: readonly Micro[];
  /** capped points of every group, sections included, in groupEntries order (tie-break keys read these) */
  readonly groups: readonly Micro[];
  /** per section: min(maxPoints, what its applicable criteria can reach) — its maximum when nothing is left out */
  readonly applicableSections: readonly Micro[];
  /** Σ section subtotals, or brought back to the full scale when a `rescale` criterion is na */
  readonly criteriaTotal: Micro;
  /** Σ section subtotals before any rescaling */
  readonly criteriaPoints: Micro;
  /** true when criteriaTotal was rescaled */
  readonly rescaled: boolean;
  /** criteria marked na at this stage: counted at their maximum, or left out */
  readonly naFull: readonly string[];
  readonly naRescaled: readonly string[];
  readonly bonus: Micro;
  readonly deductions: Micro;
  readonly vetoed: boolean;
  /** exact, before rounding */
  readonly exactTotal: Micro;
  /** rounded to the rubric's decimals: the number that is compared */
  readonly total: Micro;
  /** warnings, and ERR_NOTHING_APPLICABLE (a data error) when every criterion is left out */
  readonly warnings: readonly Finding[];
  /** per criterion (rubric order): a measured criterion's achievement and points, null for others or without value */
  readonly measured: readonly (MeasuredPoints | null)[];
}

/** Stage indexes (into STAGES) whose values count, latest first: at `final` the last stage with a value wins. */
export function stagePrecedence(rubricStages: readonly string[], stage: StageChoice): number[] {
  const chosen = stage === "final" ? [...rubricStages].reverse() : [stage];
  return chosen.map((s) => (STAGES as readonly string[]).indexOf(s));
}

/** The tree as index lists, computed once per rubric: each group's children as leaf or group indexes. */
interface TreeProgram {
  readonly leaves: readonly Criterion[];
  readonly groups: readonly CriteriaGroup[];
  /** per group (groupEntries order): children, a leaf as its index, a group as −1 − its index */
  readonly children: readonly (readonly number[])[];
  /** group index of each section */
  readonly sections: readonly number[];
  readonly fullScale: Micro;
  /** per leaf: its maximum (criterionMax), its weight in micro-units, and whether it is scored plainly (not measured) */
  readonly leafMax: readonly Micro[];
  readonly leafWeight: readonly Micro[];
  readonly leafPlain: readonly boolean[];
  /** per group: its maximum in micro-points */
  readonly groupMax: readonly Micro[];
}

const programs = new WeakMap<Rubric, TreeProgram>();

function treeProgram(rubric: Rubric): TreeProgram {
  const cached = programs.get(rubric);
  if (cached) return cached;
  const leaves = leafCriteria(rubric);
  const groups = groupEntries(rubric).map((g) => g.node);
  const leafIndex = new Map<Criterion, number>(leaves.map((c, i) => [c, i]));
  const groupIndex = new Map<CriteriaGroup, number>(groups.map((g, i) => [g, i]));
  const children = groups.map((g) => g.criteria.map((n) => (isGroup(n) ? -1 - groupIndex.get(n)! : leafIndex.get(n)!)));
  const program = {
    leaves,
    groups,
    children,
    sections: rubric.sections.map((s) => groupIndex.get(s)!),
    fullScale: rubric.sections.reduce((sum, s) => sum + toMicro(s.maxPoints), 0),
    leafMax: leaves.map(criterionMax),
    leafWeight: leaves.map((c) => toMicro(c.weight)),
    leafPlain: leaves.map((c) => c.measure === undefined),
    groupMax: groups.map((g) => toMicro(g.maxPoints)),
  };
  programs.set(rubric, program);
  return program;
}

/** ROUND6(points × full / applicable): exact in BigInt, half away from zero (points and scales are ≥ 0). */
function rescale(points: Micro, full: Micro, applicable: Micro): Micro {
  const num = BigInt(points) * BigInt(full);
  const den = BigInt(applicable);
  return Number((2n * num + den) / (2n * den));
}

/** What a unit's values say, stage by stage: the value that counts of each item (NaN: none), latest stage first. */
function picker(book: ScoreBook, unitIndex: number, order: readonly number[]): (item: number) => number {
  const { values, itemIds } = book;
  const S = STAGES.length;
  const base = unitIndex * itemIds.length * S;
  return (item) => {
    for (let k = 0; k < order.length; k++) {
      const v = values[base + item * S + order[k]];
      if (!Number.isNaN(v)) return v;
    }
    return NaN;
  };
}

interface LeafTotals {
  complete: boolean;
  readonly points: Micro[];
  readonly applicable: Micro[];
  readonly naFull: string[];
  readonly naRescaled: string[];
  readonly measured: (MeasuredPoints | null)[];
}

/**
 * Each criterion's points and what it could reach. Its own function, as are the group sums and the events: each
 * is optimized alone (as one, V8 spent ~40 ms of a validate's CPU compiling it in the background).
 */
function leafTotals(book: ScoreBook, program: TreeProgram, unitIndex: number, pick: (item: number) => number): LeafTotals {
  const out: LeafTotals = { complete: true, points: [], applicable: [], naFull: [], naRescaled: [], measured: [] };
  const targetBase = unitIndex * book.criteriaCount;
  const { leaves, leafMax, leafWeight, leafPlain } = program;
  // indexed loops: this runs for every criterion of every unit at every stage asked, mostly before V8 has optimized
  // it, where for…of's iterator costs several times more
  for (let i = 0; i < leaves.length; i++) {
    const value = pick(i);
    // a plain score's points without criterionPoints' object
    if (leafPlain[i] && value >= 0) {
      out.measured.push(null);
      out.points.push(scorePoints(value, leafWeight[i]));
      out.applicable.push(leafMax[i]);
      continue;
    }
    const c = leaves[i];
    const p = criterionPoints(c, value, book.targets[targetBase + i]);
    out.measured.push(p?.measured ?? null);
    if (p === null) {
      // a criterion still without a value (or, measured, without its target) keeps its place in the applicable max
      out.complete = false;
      out.points.push(0);
      out.applicable.push(leafMax[i]);
      continue;
    }
    out.points.push(p.points);
    out.applicable.push(p.applicable);
    if (p.na === "full") out.naFull.push(c.id);
    if (p.na === "rescale") out.naRescaled.push(c.id);
  }
  return out;
}

/** Every group's capped points and capped applicable maximum, in groupEntries order. */
function groupTotals(program: TreeProgram, leafPoints: readonly Micro[], leafApplicable: readonly Micro[]): { points: Micro[]; applicable: Micro[] } {
  const groups: Micro[] = new Array(program.groups.length).fill(0);
  const groupApplicable: Micro[] = new Array(program.groups.length).fill(0);
  // groupEntries is pre-order: walking it backwards meets every child group before its parent
  for (let g = program.groups.length - 1; g >= 0; g--) {
    let sum = 0;
    let applicable = 0;
    const children = program.children[g];
    for (let k = 0; k < children.length; k++) {
      const child = children[k];
      sum += child >= 0 ? leafPoints[child] : groups[-1 - child];
      applicable += child >= 0 ? leafApplicable[child] : groupApplicable[-1 - child];
    }
    const max = program.groupMax[g];
    groups[g] = Math.min(max, sum);
    groupApplicable[g] = Math.min(max, applicable);
  }
  return { points: groups, applicable: groupApplicable };
}

/** A bonus or deduction group's capped points from its items' counts (from item index `first` on), with its warnings. */
function eventTotals(group: EventGroup<EventItem>, kind: "bonus" | "deductions", first: number, pick: (item: number) => number, unitId: string, warnings: Finding[]): { points: Micro; vetoed: boolean } {
  let sum = 0;
  let vetoed = false;
  let item = first;
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
}

export function unitTotals(book: ScoreBook, unitIndex: number, stage: StageChoice): UnitTotals {
  const { rubric } = book;
  const pick = picker(book, unitIndex, stagePrecedence(rubric.stages, stage));
  const program = treeProgram(rubric);
  const unitId = book.bloc.units[unitIndex].id;
  const leaves = leafTotals(book, program, unitIndex, pick);
  let complete = leaves.complete;
  const { naFull, naRescaled, measured } = leaves;
  const { points: groups, applicable: groupApplicable } = groupTotals(program, leaves.points, leaves.applicable);
  const sections = program.sections.map((g) => groups[g]);
  const applicableSections = program.sections.map((g) => groupApplicable[g]);
  const criteriaPoints = sections.reduce((a, b) => a + b, 0);
  const applicable = applicableSections.reduce((a, b) => a + b, 0);

  const warnings: Finding[] = [];
  const rescaled = naRescaled.length > 0;
  let criteriaTotal = criteriaPoints;
  if (rescaled && applicable === 0) {
    complete = false;
    criteriaTotal = 0;
    warnings.push(finding("ERR_NOTHING_APPLICABLE", { stage, items: naRescaled }, { unit: unitId }));
  } else if (rescaled) criteriaTotal = rescale(criteriaPoints, program.fullScale, applicable);

  const bonus = eventTotals(rubric.bonus, "bonus", program.leaves.length, pick, unitId, warnings);
  const deductions = eventTotals(rubric.deductions, "deductions", program.leaves.length + rubric.bonus.items.length, pick, unitId, warnings);
  const exactTotal = criteriaTotal + bonus.points - deductions.points;
  return {
    unitIndex,
    complete,
    sections,
    groups,
    applicableSections,
    criteriaTotal,
    criteriaPoints,
    rescaled,
    naFull,
    naRescaled,
    bonus: bonus.points,
    deductions: deductions.points,
    vetoed: deductions.vetoed,
    exactTotal,
    total: roundMicro(exactTotal, rubric.scale.decimals),
    warnings,
    measured,
  };
}
