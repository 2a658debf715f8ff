import { isGroup, walkTree } from "./rubricTree";
import type { Rubric } from "./types";

/** One difference between the agreed rubric and the one found in a workbook. */
export interface RubricChange {
  /** what changed: a criterion, a section, a bonus/deduction item, or a rubric-wide setting */
  readonly kind: "criterion" | "section" | "bonus" | "deduction" | "setting";
  readonly id: string;
  /** the field, or "added" / "removed" for a whole entry */
  readonly field: string;
  readonly before: string | number | boolean | null;
  readonly after: string | number | boolean | null;
}

type Flat = Map<string, { kind: RubricChange["kind"]; id: string; fields: Record<string, string | number | boolean | null> }>;

function flatten(r: Rubric): Flat {
  const m: Flat = new Map();
  // a nested group is compared as a section is (its name, cap and children); a criterion names its parent group
  for (const { node, parents } of walkTree(r)) {
    const parent = parents.length > 0 ? parents[parents.length - 1].id : null;
    if (isGroup(node)) {
      const fields: Record<string, string | number | null> = { name: node.name, maxPoints: node.maxPoints, criteria: node.criteria.map((c) => c.id).join(",") };
      if (parent !== null) fields.parent = parent;
      m.set(`section:${node.id}`, { kind: "section", id: node.id, fields });
    } else {
      m.set(`criterion:${node.id}`, {
        kind: "criterion",
        id: node.id,
        fields: { name: node.name, maxPoints: node.maxPoints, weight: node.weight, section: parent, notApplicable: node.notApplicable ?? null },
      });
    }
  }
  for (const b of r.bonus.items) m.set(`bonus:${b.id}`, { kind: "bonus", id: b.id, fields: { name: b.name, pointsPerEvent: b.pointsPerEvent, maxPoints: b.maxPoints } });
  for (const d of r.deductions.items) {
    m.set(`deduction:${d.id}`, { kind: "deduction", id: d.id, fields: { name: d.name, pointsPerEvent: d.pointsPerEvent, maxPoints: d.maxPoints, vetoAward: d.vetoAward } });
  }
  const settings: Record<string, string | number | boolean | null> = {
    step: r.scale.step,
    decimals: r.scale.decimals,
    stages: r.stages.join(","),
    bonusMaxTotal: r.bonus.maxTotal,
    deductionsMaxTotal: r.deductions.maxTotal,
    tieBreak: r.tieBreak.join(","),
    classification: JSON.stringify(r.classification),
    awards: JSON.stringify(r.awards),
    selfGapThreshold: r.options?.selfGapThreshold ?? null,
    requireReason: r.requireReason ?? false,
  };
  m.set("setting:", { kind: "setting", id: "", fields: settings });
  return m;
}

/** Every difference from `agreed` to `found`, in a stable order: changed, removed, then added entries. */
export function diffRubrics(agreed: Rubric, found: Rubric): RubricChange[] {
  const a = flatten(agreed);
  const b = flatten(found);
  const out: RubricChange[] = [];
  for (const [key, x] of a) {
    const y = b.get(key);
    if (!y) {
      out.push({ kind: x.kind, id: x.id, field: "removed", before: x.id, after: null });
      continue;
    }
    for (const field of Object.keys(x.fields)) {
      if (x.fields[field] !== y.fields[field]) {
        out.push({ kind: x.kind, id: x.id, field, before: x.fields[field], after: y.fields[field] ?? null });
      }
    }
  }
  for (const [key, y] of b) if (!a.has(key)) out.push({ kind: y.kind, id: y.id, field: "added", before: null, after: y.id });
  return out;
}
