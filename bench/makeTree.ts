import type { CriteriaGroup, Criterion, Rubric } from "../src/domain/types";
import { eventLines, prng, SYNTHETIC_RUBRIC, syntheticBloc, type SyntheticBloc } from "./makeBloc";

/**
 * A bloc whose rubric is a 4-level tree (section → group → subgroup → criterion, I → 1 → 1.1 → a) with caps that
 * bind at subgroups and at groups, `full` and `rescale` criteria, and scores that use them: `na` at the self and
 * the bloc stage, a bloc overruling a unit's `na` with a score, units with every `rescale` criterion `na`. The
 * tie-break starts on a nested group. Same output for the same arguments.
 */
export function makeTreeBloc(units = 60, criteria = 120, seed = 1): SyntheticBloc {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const leaves: Criterion[] = [];
  const PER_SUB = 5;
  const SUBS = 2;
  const GROUPS = 3;
  const perSection = PER_SUB * SUBS * GROUPS;
  const sections: CriteriaGroup[] = [];
  let j = 0;
  const reach = (nodes: readonly (Criterion | CriteriaGroup)[]) => nodes.reduce((s, n) => s + ("criteria" in n ? n.maxPoints : n.maxPoints * n.weight), 0);
  for (let si = 0; j < criteria; si++) {
    const groups: CriteriaGroup[] = [];
    for (let gi = 0; gi < GROUPS && j < criteria; gi++) {
      const subs: CriteriaGroup[] = [];
      for (let hi = 0; hi < SUBS && j < criteria; hi++) {
        const cs: Criterion[] = [];
        for (let k = 0; k < PER_SUB && j < criteria; k++, j++) {
          const na = j % 10 === 3 ? { notApplicable: "rescale" as const } : j % 10 === 7 ? { notApplicable: "full" as const } : {};
          const c: Criterion = { id: `T${String(j + 1).padStart(3, "0")}`, name: `Tiêu chí số ${j + 1}`, maxPoints: pick([2, 4, 5, 10]), weight: pick([1, 1, 2]), ...na };
          cs.push(c);
          leaves.push(c);
        }
        // every other subgroup's cap binds: 2 points below what its criteria reach
        const r = reach(cs);
        subs.push({ id: `S${si + 1}.${gi + 1}.${hi + 1}`, name: `Nhóm ${si + 1}.${gi + 1}.${hi + 1}`, maxPoints: hi % 2 === 1 && r > 4 ? r - 2 : r, criteria: cs });
      }
      const r = reach(subs);
      // and every third group's cap binds too
      groups.push({ id: `S${si + 1}.${gi + 1}`, name: `Nhóm ${si + 1}.${gi + 1}`, maxPoints: gi % 3 === 2 && r > 4 ? r - 1 : r, criteria: subs });
    }
    sections.push({ id: `S${si + 1}`, name: `Phần ${si + 1}`, maxPoints: reach(groups), criteria: groups });
  }
  void perSection;
  const grand = sections.reduce((s, x) => s + x.maxPoints, 0);
  const rubric: Rubric = {
    title: "Bảng điểm nhiều cấp (dữ liệu thử)",
    year: 2026,
    ...SYNTHETIC_RUBRIC,
    sections,
    tieBreak: ["section:S1.1", "section:S2", "moreBonus"],
    classification: [
      { label: "Hoàn thành xuất sắc nhiệm vụ", minTotal: Math.round(0.85 * grand * 100) / 100, minSectionRatio: 0.8 },
      { label: "Hoàn thành tốt nhiệm vụ", minTotal: Math.round(0.7 * grand * 100) / 100, minSectionRatio: 0.6 },
      { label: "Hoàn thành nhiệm vụ", minTotal: 0, minSectionRatio: 0 },
    ],
    awards: [
      { id: "co", label: "Cờ thi đua", places: 1, requires: { classification: "Hoàn thành xuất sắc nhiệm vụ" } },
      { id: "bk", label: "Bằng khen", places: 3, requires: {} },
    ],
  };
  const bloc = syntheticBloc("Khối thi đua nhiều cấp (dữ liệu thử)", units);
  const unitList = bloc.units;
  const lines = ["unit,item,stage,value,note"];
  unitList.forEach((u, k) => {
    const level = 0.6 + rnd() * 0.38;
    const pattern = k % 7;
    for (const c of leaves) {
      const v = Math.round(Math.min(c.maxPoints, Math.max(0, (level + (rnd() - 0.5) * 0.2) * c.maxPoints)) * 4) / 4;
      const self = Math.min(c.maxPoints, v + 0.25);
      const rescale = c.notApplicable === "rescale";
      const full = c.notApplicable === "full";
      if (pattern === 1 && c.notApplicable) {
        // the unit says "not applicable" and the bloc leaves it so
        lines.push(`${u.id},${c.id},self,na,Không giao chỉ tiêu`);
      } else if (pattern === 2 && full) {
        // the bloc marks it not applicable over the unit's number
        lines.push(`${u.id},${c.id},self,${self},`, `${u.id},${c.id},bloc,na,Không giao chỉ tiêu năm nay`);
      } else if (pattern === 3 && rescale) {
        // the unit claims "not applicable"; the bloc overrules it with a score
        lines.push(`${u.id},${c.id},self,na,`, `${u.id},${c.id},bloc,${v},Có giao chỉ tiêu`);
      } else if (pattern === 4 && rescale) {
        // every rescale criterion not applicable, at both stages
        lines.push(`${u.id},${c.id},self,na,`, `${u.id},${c.id},bloc,NA,`);
      } else {
        lines.push(`${u.id},${c.id},self,${self},`, `${u.id},${c.id},bloc,${v},${self !== v ? "Giảm theo biên bản kiểm tra" : ""}`);
      }
      if (k < 3) lines.push(`${u.id},${c.id},verified,${v},`);
    }
    lines.push(...eventLines(u.id, rnd));
  });
  return { rubric, bloc, scoresCsv: lines.join("\n") + "\n" };
}
