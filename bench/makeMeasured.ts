import type { Bloc, CriteriaGroup, Criterion, Measure, Rubric } from "../src/domain/types";
import { prng, type SyntheticBloc } from "./makeBloc";

/**
 * A bloc whose rubric has sections of criteria of which every third is measured (DESIGN.md part 2): linear with a
 * capped over-target extra, linear lower-is-better, and bands, in turn. Each unit has a target per measured
 * criterion (some actuals of 0 and some over target) and self and bloc values for all. Same output for the same
 * arguments.
 */
export function makeMeasuredBloc(units = 60, criteria = 120, seed = 1): SyntheticBloc {
  const rnd = prng(seed);
  const PER_SECTION = 30;
  const shapes: Measure[] = [
    { shape: "linear", perPercentAbove: 0.1, maxAbove: 1 },
    { shape: "linear", lowerIsBetter: true },
    { shape: "bands", bands: [[95, 5], [90, 4], [80, 3]] },
  ];
  const leaves: Criterion[] = [];
  const sections: CriteriaGroup[] = [];
  for (let j = 0, si = 0; j < criteria; si++) {
    const cs: Criterion[] = [];
    for (let k = 0; k < PER_SECTION && j < criteria; k++, j++) {
      const measure = j % 3 === 2 ? shapes[Math.floor(j / 3) % shapes.length] : undefined;
      const c: Criterion = { id: `C${String(j + 1).padStart(3, "0")}`, name: `Tiêu chí số ${j + 1}`, maxPoints: 5, weight: j % 4 === 0 ? 2 : 1, ...(measure ? { measure } : {}) };
      cs.push(c);
      leaves.push(c);
    }
    sections.push({ id: `P${si + 1}`, name: `Phần ${si + 1}`, maxPoints: cs.reduce((s, c) => s + c.maxPoints * c.weight, 0), criteria: cs });
  }
  const grand = sections.reduce((s, x) => s + x.maxPoints, 0);
  const rubric: Rubric = {
    title: "Bảng điểm có chỉ tiêu đo lường (dữ liệu thử)",
    year: 2026,
    scale: { step: 0.25, decimals: 2 },
    stages: ["self", "bloc"],
    sections,
    bonus: { maxTotal: null, items: [] },
    deductions: { maxTotal: null, items: [] },
    tieBreak: ["section:P1"],
    classification: [
      { label: "Hoàn thành xuất sắc nhiệm vụ", minTotal: Math.round(0.85 * grand * 100) / 100, minSectionRatio: 0 },
      { label: "Hoàn thành nhiệm vụ", minTotal: 0, minSectionRatio: 0 },
    ],
    awards: [{ id: "co", label: "Cờ thi đua", places: 1, requires: {} }],
  };
  const unitList = Array.from({ length: units }, (_, k) => ({ id: `DV${String(k + 1).padStart(3, "0")}`, name: `Đơn vị thử số ${k + 1}` }));
  const bloc: Bloc = { name: "Khối thi đua có chỉ tiêu (dữ liệu thử)", year: 2026, head: unitList[0].id, deputy: unitList[1].id, units: unitList };
  const lines = ["unit,item,stage,value,note"];
  for (const u of unitList) {
    const level = 0.6 + rnd() * 0.38;
    for (const c of leaves) {
      if (c.measure) {
        const target = Math.round(50 + rnd() * 1000) / 10;
        const actual = rnd() < 0.05 ? 0 : Math.round(target * (0.7 + rnd() * 0.5) * 100) / 100;
        lines.push(`${u.id},${c.id},target,${target},`, `${u.id},${c.id},self,${actual},`, `${u.id},${c.id},bloc,${Math.round(actual * 0.98 * 100) / 100},Theo số liệu thống kê`);
      } else {
        const v = Math.round(Math.min(c.maxPoints, Math.max(0, (level + (rnd() - 0.5) * 0.2) * c.maxPoints)) * 4) / 4;
        lines.push(`${u.id},${c.id},self,${v},`, `${u.id},${c.id},bloc,${v},`);
      }
    }
  }
  return { rubric, bloc, scoresCsv: lines.join("\n") + "\n" };
}
