/** The domain's data: what a bloc agreed (rubric), who is in it (bloc), what was scored (entries). */

export const STAGES = ["self", "bloc", "verified"] as const;
export type Stage = (typeof STAGES)[number];
export type StageChoice = Stage | "final";

/**
 * What a unit's "not applicable" (`na` / `KAD`) means for a criterion: counted at its maximum (`full`), or left
 * out with the criteria total brought back to the full scale (`rescale`). Absent: `na` is not allowed.
 */
export type NotApplicable = "full" | "rescale";

/**
 * How a measured criterion (DESIGN.md part 2) turns a unit's actual against its target into points: `linear`
 * (maxPoints × achievement, plus perPercentAbove per percent over 100, that extra capped at maxAbove) or `bands`
 * ([minPercent, points] best first). `lowerIsBetter` measures achievement as target ÷ actual.
 */
export interface Measure {
  readonly shape: "linear" | "bands";
  readonly lowerIsBetter?: boolean;
  readonly perPercentAbove?: number;
  readonly maxAbove?: number;
  readonly bands?: readonly (readonly [number, number])[];
}

/** A leaf of the rubric tree: the thing a score is entered for. */
export interface Criterion {
  readonly id: string;
  readonly name: string;
  readonly maxPoints: number;
  /** hệ số: contribution = score × weight */
  readonly weight: number;
  readonly guidance?: string;
  readonly notApplicable?: NotApplicable;
  /** scored from a measured actual against the unit's target, not typed as points */
  readonly measure?: Measure;
}

/**
 * A group of criteria (I → 1 → 1.1 → a): its points are min(maxPoints, Σ its children's points). A node is a
 * group if and only if it has `criteria` (see rubricTree.ts for walking the tree).
 */
export interface CriteriaGroup {
  readonly id: string;
  readonly name: string;
  readonly maxPoints: number;
  readonly criteria: readonly RubricNode[];
}

export type RubricNode = Criterion | CriteriaGroup;

/** A top-level group (I, II, …): what the JSON's `sections`, the summary and classification floors use. */
export type Section = CriteriaGroup;

export interface EventItem {
  readonly id: string;
  readonly name: string;
  readonly pointsPerEvent: number;
  /** cap of this item's points; null = no cap */
  readonly maxPoints: number | null;
}

export interface DeductionItem extends EventItem {
  /** kỷ luật: any count > 0 removes the unit from the award walk */
  readonly vetoAward: boolean;
}

export interface EventGroup<T extends EventItem> {
  readonly maxTotal: number | null;
  readonly items: readonly T[];
}

export interface ClassificationLevel {
  readonly label: string;
  readonly minTotal: number;
  readonly minSectionRatio: number;
}

export interface Award {
  readonly id: string;
  readonly label: string;
  readonly places: number;
  readonly requires: { readonly classification?: string; readonly minTotal?: number };
}

/** `section:ID` | `fewerDeductions` | `moreBonus` */
export type TieBreakKey = string;

export interface Rubric {
  readonly title: string;
  readonly year: number;
  readonly scale: { readonly step: number; readonly decimals: number };
  readonly stages: readonly Stage[];
  readonly sections: readonly Section[];
  readonly bonus: EventGroup<EventItem>;
  readonly deductions: EventGroup<DeductionItem>;
  readonly tieBreak: readonly TieBreakKey[];
  readonly classification: readonly ClassificationLevel[];
  readonly awards: readonly Award[];
  readonly options?: { readonly selfGapThreshold?: number };
  /** a changed score without a reason is an error (ERR_REASON_MISSING), not a warning */
  readonly requireReason?: boolean;
}

export interface Unit {
  readonly id: string;
  readonly name: string;
}

export interface Bloc {
  readonly name: string;
  readonly year: number;
  readonly head?: string | null;
  readonly deputy?: string | null;
  readonly units: readonly Unit[];
}

/** Where a value came from, so a finding can point at it (a CSV line or a workbook cell). */
export interface SourceRef {
  readonly file?: string;
  readonly line?: number;
  readonly sheet?: string;
  readonly cell?: string;
}

/** A criterion marked not applicable at a stage, as an accepted entry holds it (`na` in CSV, `KAD` in a sheet). */
export const NA = "na";

/** One accepted value: a score (criterion), a count of events (bonus/deduction item), or NA. */
export interface ScoreEntry {
  readonly unit: string;
  readonly item: string;
  readonly stage: Stage;
  readonly value: number | typeof NA;
  readonly note?: string;
  readonly source?: SourceRef;
  /** where the note is, when not on the value's own line (a workbook's evidence or reason cell) */
  readonly noteSource?: SourceRef;
}

/** A vote order recorded by the bloc's meeting for one tie group: unit ids, first = best. */
export type VoteOrder = readonly string[];
