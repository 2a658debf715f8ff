import type { Bloc, Rubric } from "../src/domain/types";

/** A small seeded PRNG (mulberry32), so a synthetic bloc — or a fuzz case — is the same on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticBloc {
  readonly rubric: Rubric;
  readonly bloc: Bloc;
  /** scores CSV text: self for every unit, bloc for every unit, verified for the first three, event counts */
  readonly scoresCsv: string;
}

/**
 * A well-formed bloc of any size in the shape of the shared make-bloc tool: sections of 15 criteria,
 * step 0.25, weights 1 and 2, all three stages, bonus and deduction counts.
 */
export function makeBloc(units = 60, criteria = 120, seed = 1): SyntheticBloc {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const gauss = (mean: number, sd: number) => mean + sd * Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
  const sections: { id: string; name: string; maxPoints: number; criteria: { id: string; name: string; maxPoints: number; weight: number }[] }[] = [];
  for (let i = 0; i < criteria; i += 15) {
    const cs = [];
    for (let j = i; j < Math.min(i + 15, criteria); j++) {
      cs.push({ id: `T${String(j + 1).padStart(3, "0")}`, name: `Tiêu chí số ${j + 1}`, maxPoints: pick([2, 4, 5, 10]), weight: pick([1, 1, 2]) });
    }
    sections.push({ id: `S${sections.length + 1}`, name: `Phần ${sections.length + 1}`, maxPoints: cs.reduce((s, c) => s + c.maxPoints * c.weight, 0), criteria: cs });
  }
  const grand = sections.reduce((s, x) => s + x.maxPoints, 0);
  const rubric: Rubric = {
    title: "Bảng điểm tổng hợp (dữ liệu thử)",
    year: 2026,
    ...SYNTHETIC_RUBRIC,
    sections,
    tieBreak: ["section:S1", "moreBonus"],
    classification: [
      { label: "Hoàn thành xuất sắc nhiệm vụ", minTotal: Math.round(0.9 * grand * 100) / 100, minSectionRatio: 0.8 },
      { label: "Hoàn thành nhiệm vụ", minTotal: 0, minSectionRatio: 0 },
    ],
    awards: [
      { id: "co", label: "Cờ thi đua", places: 1, requires: {} },
      { id: "bk", label: "Bằng khen", places: 2, requires: {} },
    ],
  };
  const bloc = syntheticBloc("Khối thi đua (dữ liệu thử)", units);
  const unitList = bloc.units;
  const lines = ["unit,item,stage,value,note"];
  unitList.forEach((u, k) => {
    const level = 0.6 + rnd() * 0.38;
    for (const s of sections) {
      for (const c of s.criteria) {
        const v = Math.round(Math.min(c.maxPoints, Math.max(0, gauss(level, 0.08) * c.maxPoints)) * 4) / 4;
        lines.push(`${u.id},${c.id},self,${Math.min(c.maxPoints, v + 0.25)},`);
        lines.push(`${u.id},${c.id},bloc,${v},`);
        if (k < 3) lines.push(`${u.id},${c.id},verified,${v},`);
      }
    }
    lines.push(...eventLines(u.id, rnd));
  });
  return { rubric, bloc, scoresCsv: lines.join("\n") + "\n" };
}

/** What every synthetic rubric shares: the scale, three stages, one bonus and one deduction item. */
export const SYNTHETIC_RUBRIC = {
  scale: { step: 0.25, decimals: 2 },
  stages: ["self", "bloc", "verified"],
  bonus: { maxTotal: 5, items: [{ id: "B1", name: "Điểm thưởng", pointsPerEvent: 1, maxPoints: 3 }] },
  deductions: { maxTotal: 10, items: [{ id: "D1", name: "Điểm trừ", pointsPerEvent: 0.5, maxPoints: 5, vetoAward: false }] },
} satisfies Partial<Rubric>;

/** A bloc of `units` units DV001…, the first its head and the last its deputy. */
export function syntheticBloc(name: string, units: number): Bloc {
  const list = Array.from({ length: units }, (_, k) => ({ id: `DV${String(k + 1).padStart(3, "0")}`, name: `Đơn vị thử số ${k + 1}` }));
  return { name, year: 2026, head: list[0].id, deputy: list[list.length - 1].id, units: list };
}

/** A unit's bonus and deduction counts at the bloc stage (CSV lines). */
export function eventLines(unit: string, rnd: () => number): string[] {
  return [`${unit},B1,bloc,${Math.floor(rnd() * 4)},`, `${unit},D1,bloc,${Math.floor(rnd() * 5)},`];
}
