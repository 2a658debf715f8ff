import { parseBloc } from "../../src/domain/blocRules";
import type { Votes } from "../../src/domain/ranking";
import { parseRubric } from "../../src/domain/rubricRules";
import { scoreBloc, type Ranking, type UnitResult } from "../../src/domain/scoreBloc";
import { buildScoreBook, type ScoreBook } from "../../src/domain/scoreBook";
import { parseScoresCsv } from "../../src/domain/scoresCsv";
import type { Bloc, Rubric, StageChoice } from "../../src/domain/types";

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * A small rubric as rubric.json would hold it. Sections S1 (C1, C2: max 10 each; section max 20) and S2 (C3: max
 * 10); step 0.25, 2 decimals; bonus B1 (1 point, cap 2), B2 (0.5 point, no cap), group cap 3; deductions D1
 * (3 points, vetoes awards), D2 (0.5 point, cap 1); tie-break S1, fewer deductions, more bonus; levels "Xuất sắc"
 * (≥ 25, every section ≥ 80 %), "Tốt" (≥ 20, ≥ 50 %), "Đạt"; awards flag (1 place, "Xuất sắc" and ≥ 25) and
 * cert (2 places).
 */
export function rubricJson(): Record<string, any> {
  return {
    title: "Bảng điểm thử",
    year: 2026,
    scale: { step: 0.25, decimals: 2 },
    stages: ["self", "bloc", "verified"],
    sections: [
      {
        id: "S1",
        name: "Phần một",
        maxPoints: 20,
        criteria: [
          { id: "C1", name: "Tiêu chí một", maxPoints: 10, weight: 1 },
          { id: "C2", name: "Tiêu chí hai", maxPoints: 10, weight: 1 },
        ],
      },
      { id: "S2", name: "Phần hai", maxPoints: 10, criteria: [{ id: "C3", name: "Tiêu chí ba", maxPoints: 10, weight: 1 }] },
    ],
    bonus: {
      maxTotal: 3,
      items: [
        { id: "B1", name: "Thưởng một", pointsPerEvent: 1, maxPoints: 2 },
        { id: "B2", name: "Thưởng hai", pointsPerEvent: 0.5, maxPoints: null },
      ],
    },
    deductions: {
      maxTotal: null,
      items: [
        { id: "D1", name: "Kỷ luật", pointsPerEvent: 3, maxPoints: null, vetoAward: true },
        { id: "D2", name: "Nộp chậm", pointsPerEvent: 0.5, maxPoints: 1, vetoAward: false },
      ],
    },
    tieBreak: ["section:S1", "fewerDeductions", "moreBonus"],
    classification: [
      { label: "Xuất sắc", minTotal: 25, minSectionRatio: 0.8 },
      { label: "Tốt", minTotal: 20, minSectionRatio: 0.5 },
      { label: "Đạt", minTotal: 0, minSectionRatio: 0 },
    ],
    awards: [
      { id: "flag", label: "Cờ thi đua", places: 1, requires: { classification: "Xuất sắc", minTotal: 25 } },
      { id: "cert", label: "Bằng khen", places: 2, requires: {} },
    ],
  };
}

export function blocJson(units: number | readonly string[] = 4): Record<string, any> {
  const ids = typeof units === "number" ? Array.from({ length: units }, (_, i) => `U${i + 1}`) : units;
  return { name: "Khối thử", year: 2026, head: null, deputy: null, units: ids.map((id) => ({ id, name: `Đơn vị ${id}` })) };
}

/** @throws when the JSON is not a valid rubric: a builder misuse, not a test outcome */
export function rubricOf(json: unknown = rubricJson()): Rubric {
  const r = parseRubric(json);
  if (!r.ok) throw new Error(`invalid test rubric: ${JSON.stringify(r.findings)}`);
  return r.value;
}

/** @throws when the JSON is not a valid bloc */
export function blocOf(json: unknown = blocJson()): Bloc {
  const b = parseBloc(json);
  if (!b.ok) throw new Error(`invalid test bloc: ${JSON.stringify(b.findings)}`);
  return b.value;
}

/** One unit's values at one stage: criterion id → score, or bonus/deduction id → count. */
export type UnitValues = Readonly<Record<string, number | string>>;

/** A `,` scores CSV from per-unit values (one stage for all). */
export function csvOf(values: Readonly<Record<string, UnitValues>>, stage = "bloc"): string {
  const lines = ["unit,item,stage,value,note"];
  for (const [unit, items] of Object.entries(values)) for (const [item, v] of Object.entries(items)) lines.push(`${unit},${item},${stage},${v},`);
  return lines.join("\n") + "\n";
}

/** @throws when the CSV has a finding of severity error */
export function bookOf(rubric: Rubric, bloc: Bloc, csv: string): ScoreBook {
  const parsed = parseScoresCsv(csv, "scores.csv");
  const built = buildScoreBook(rubric, bloc, parsed.rows);
  const errors = [...parsed.findings, ...built.findings].filter((f) => f.severity === "error");
  if (errors.length > 0) throw new Error(`invalid test scores: ${JSON.stringify(errors)}`);
  return built.book;
}

/** Scores a bloc given as unit → values at stage `bloc`, with the small rubric unless one is given. */
export function rankOf(values: Readonly<Record<string, UnitValues>>, opts: { rubric?: Rubric; stage?: StageChoice; votes?: Votes } = {}): Ranking {
  const rubric = opts.rubric ?? rubricOf();
  const bloc = blocOf(blocJson(Object.keys(values)));
  return scoreBloc(bookOf(rubric, bloc, csvOf(values)), opts.stage ?? "bloc", opts.votes);
}

/** Scores C1, C2, C3 summing to `total` before bonus and deductions, with S1 = s1 (default: as much as fits). */
export function scored(s1: number, s2: number, extra: UnitValues = {}): UnitValues {
  const c1 = Math.min(10, s1);
  return { C1: c1, C2: s1 - c1, C3: s2, ...extra };
}

export function unitOf(r: Ranking, id: string): UnitResult {
  const u = r.units.find((x) => x.id === id);
  if (!u) throw new Error(`no unit ${id} in ranking`);
  return u;
}

export function codesOf(findings: readonly { code: string }[]): string[] {
  return findings.map((f) => f.code);
}
