import { prng } from "../../bench/makeBloc";
import { leafCriteria } from "../../src/domain/rubricTree";
import { parseRubric } from "../../src/domain/rubricRules";
import type { Rubric } from "../../src/domain/types";
import { treeFile } from "./fixture";

/**
 * The tree fixture (4 levels, caps binding at nested groups, `full` and `rescale` criteria, a tie-break on the
 * nested group I.1) with a bloc of 9 units and scores that exercise every not-applicable rule:
 * - T01 plain scores; T08 ties T01's total but not its I.1 (a point moved from k2a, in I.1, to e1, in I.2);
 * - T02 `na` at self on every not-applicable criterion, kept at final;
 * - T03 `na` at the bloc stage over the unit's numbers;
 * - T04 the bloc overruling the unit's `na` with a score;
 * - T05 every `rescale` criterion `na` (self and bloc);
 * - T06 missing a criterion (incomplete);
 * - T07 `na` at verified over a bloc score, and the verified stage overruling a bloc `na`;
 * - T09 a vetoing deduction.
 */
export function treeTexts(): { rubric: string; bloc: string; scores: string; parsed: Rubric } {
  const rubricText = treeFile("rubric.json");
  const parsed = parseRubric(JSON.parse(rubricText));
  if (!parsed.ok) throw new Error("tree fixture rubric");
  const rubric = parsed.value;
  const units = Array.from({ length: 9 }, (_, k) => ({ id: `T0${k + 1}`, name: `Công an huyện số ${k + 1}` }));
  const bloc = { name: "Khối thi đua Công an các huyện (bảng nhiều cấp)", year: 2025, head: "T01", deputy: "T02", units };
  const rnd = prng(14);
  const leaves = leafCriteria(rubric);
  const base = new Map(leaves.map((c) => [c.id, Math.round((0.75 + rnd() * 0.25) * c.maxPoints * 4) / 4]));
  const lines = ["unit,item,stage,value,note"];
  const row = (unit: string, item: string, stage: string, value: string | number, note = "") => lines.push(`${unit},${item},${stage},${value},${note}`);
  for (const u of units) {
    const id = u.id;
    const value = (c: (typeof leaves)[number]) => {
      if ((id === "T01" || id === "T08") && c.id === "k2a") return id === "T01" ? 4 : 3;
      if ((id === "T01" || id === "T08") && c.id === "e1") return id === "T01" ? 6 : 7;
      const jitter = id === "T01" || id === "T08" ? 0 : Math.round((rnd() - 0.6) * 4) / 4;
      return Math.max(0, Math.min(c.maxPoints, base.get(c.id)! + jitter));
    };
    for (const c of leaves) {
      const v = value(c);
      if (id === "T06" && c.id === "e2") continue;
      if (id === "T02" && c.notApplicable) row(id, c.id, "self", "na", "Không giao chỉ tiêu");
      else if (id === "T03" && (c.id === "f3" || c.id === "h2")) {
        row(id, c.id, "self", v);
        row(id, c.id, "bloc", "NA", "Khối xác định không giao chỉ tiêu");
      } else if (id === "T04" && c.id === "k2b") {
        row(id, c.id, "self", "na", "Không có điểm ma túy");
        row(id, c.id, "bloc", 3, "Có điểm ma túy đã triệt phá");
      } else if (id === "T05" && c.notApplicable === "rescale") {
        row(id, c.id, "self", "na");
        row(id, c.id, "bloc", "na");
      } else if (id === "T07" && c.id === "e3") {
        row(id, c.id, "bloc", v);
        row(id, c.id, "verified", " kad ", "Thẩm định: không áp dụng");
      } else if (id === "T07" && c.id === "k1c") {
        row(id, c.id, "bloc", "na");
        row(id, c.id, "verified", 2, "Thẩm định: có giao");
      } else {
        row(id, c.id, "self", Math.min(c.maxPoints, v + 0.25));
        row(id, c.id, "bloc", v);
      }
    }
    row(id, "B1", "bloc", id === "T01" || id === "T08" ? 1 : Math.floor(rnd() * 3));
    row(id, "D2", "bloc", id === "T01" || id === "T08" ? 0 : Math.floor(rnd() * 3));
    if (id === "T09") row(id, "D1", "bloc", 1);
  }
  return { rubric: rubricText, bloc: JSON.stringify(bloc), scores: lines.join("\n") + "\n", parsed: rubric };
}

/** The tree rubric with every criterion `rescale`, a bloc of 2 units, and the second unit marking all of them `na`. */
export function nothingApplicableTexts(): { rubric: string; bloc: string; scores: string; parsed: Rubric } {
  const json = JSON.parse(treeFile("rubric.json"));
  const visit = (n: { criteria?: unknown[]; notApplicable?: string }) => {
    if (n.criteria) n.criteria.forEach((c) => visit(c as typeof n));
    else n.notApplicable = "rescale";
  };
  json.sections.forEach(visit);
  const parsed = parseRubric(json);
  if (!parsed.ok) throw new Error("rescale rubric");
  const bloc = { name: "Khối thử", year: 2025, units: [{ id: "A1", name: "Đơn vị A1" }, { id: "A2", name: "Đơn vị A2" }] };
  const lines = ["unit,item,stage,value,note"];
  for (const c of leafCriteria(parsed.value)) {
    lines.push(`A1,${c.id},bloc,${c.maxPoints / 2},`);
    lines.push(`A2,${c.id},self,na,`);
  }
  lines.push("A2,B1,bloc,2,", "A2,D2,bloc,1,");
  return { rubric: JSON.stringify(json), bloc: JSON.stringify(bloc), scores: lines.join("\n") + "\n", parsed: parsed.value };
}
