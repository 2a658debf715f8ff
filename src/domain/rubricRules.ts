import { decimalsOf, MICRO_DECIMALS, toMicro } from "./fixed";
import { checkMeasures } from "./measureRules";
import { finding, hasErrors, type Finding, type Result } from "./findings";
import { childrenReach, groupEntries, isGroup, leafEntries, walkTree } from "./rubricTree";
import { rubricSchema } from "./schemas";
import type { Rubric } from "./types";
import { zodFindings } from "./zodFindings";

/** Parses and checks rubric.json: its shape (zod), then every rule between its fields (DESIGN.md). */
export function parseRubric(input: unknown): Result<Rubric> {
  const parsed = rubricSchema.safeParse(input);
  if (!parsed.success) return { ok: false, findings: zodFindings(parsed.error, input) };
  const rubric = parsed.data as Rubric;
  const findings = checkRubric(rubric);
  return hasErrors(findings) ? { ok: false, findings } : { ok: true, value: rubric, findings };
}

export function checkRubric(rubric: Rubric): Finding[] {
  return [
    ...checkUnique(rubric),
    ...checkPrecision(rubric),
    ...checkSectionSums(rubric),
    ...checkStages(rubric),
    ...checkTieBreak(rubric),
    ...checkAwards(rubric),
    ...checkMeasures(rubric),
  ];
}

function duplicates(
  entries: readonly { value: string; path: (string | number)[] }[],
  code: "ERR_DUPLICATE_ID" | "ERR_DUPLICATE_NAME",
): Finding[] {
  const seen = new Map<string, (string | number)[]>();
  const out: Finding[] = [];
  for (const e of entries) {
    const key = e.value.trim().toLocaleLowerCase("vi");
    const first = seen.get(key);
    if (first) out.push(finding(code, { value: e.value, field: e.path.join("."), first: first.join(".") }, { path: e.path }));
    else seen.set(key, e.path);
  }
  return out;
}

function checkUnique(r: Rubric): Finding[] {
  // Sections, groups, criteria, bonus and deduction items share one id space: a scores row names an item by id,
  // a tie-break key names a group by id, and neither may be ambiguous.
  const events = [
    ...r.bonus.items.map((b, i) => ({ id: b.id, name: b.name, path: ["bonus", "items", i] as (string | number)[] })),
    ...r.deductions.items.map((d, i) => ({ id: d.id, name: d.name, path: ["deductions", "items", i] as (string | number)[] })),
  ];
  const ids = [...walkTree(r).map((e) => ({ id: e.node.id, path: [...e.path] })), ...events];
  const items = [...leafEntries(r).map((e) => ({ name: e.node.name, path: [...e.path] })), ...events];
  // a group's name may repeat in a deep table ("Kết quả thực hiện" under each field): only sibling groups must differ
  const groupNames = groupEntries(r).flatMap((g) =>
    duplicates(
      g.node.criteria.flatMap((n, i) => (isGroup(n) ? [{ value: n.name, path: [...g.path, "criteria", i, "name"] }] : [])),
      "ERR_DUPLICATE_NAME",
    ),
  );
  const sections = r.sections.map((s, i) => ({ value: s.name, path: ["sections", i, "name"] as (string | number)[] }));
  return [
    ...duplicates(ids.map((x) => ({ value: x.id, path: [...x.path, "id"] })), "ERR_DUPLICATE_ID"),
    ...duplicates(items.map((x) => ({ value: x.name, path: [...x.path, "name"] })), "ERR_DUPLICATE_NAME"),
    ...duplicates(sections, "ERR_DUPLICATE_NAME"),
    ...groupNames,
    ...duplicates(r.classification.map((c, i) => ({ value: c.label, path: ["classification", i, "label"] })), "ERR_DUPLICATE_NAME"),
    ...duplicates(r.awards.map((a, i) => ({ value: a.id, path: ["awards", i, "id"] })), "ERR_DUPLICATE_ID"),
    ...duplicates(r.awards.map((a, i) => ({ value: a.label, path: ["awards", i, "label"] })), "ERR_DUPLICATE_NAME"),
  ];
}

function checkPrecision(r: Rubric): Finding[] {
  const out: Finding[] = [];
  const check = (value: number, path: (string | number)[], limit = MICRO_DECIMALS) => {
    if (decimalsOf(value) > limit) out.push(finding("ERR_PRECISION", { field: path.join("."), value, limit }, { path }));
  };
  const stepDecimals = decimalsOf(r.scale.step);
  check(r.scale.step, ["scale", "step"]);
  for (const { node, path } of walkTree(r)) {
    check(node.maxPoints, [...path, "maxPoints"]);
    // score × weight must stay exact in millionths
    if (!isGroup(node)) check(node.weight, [...path, "weight"], Math.max(0, MICRO_DECIMALS - Math.max(stepDecimals, decimalsOf(node.maxPoints))));
  }
  for (const group of ["bonus", "deductions"] as const) {
    if (r[group].maxTotal !== null) check(r[group].maxTotal as number, [group, "maxTotal"]);
    r[group].items.forEach((it, i) => {
      check(it.pointsPerEvent, [group, "items", i, "pointsPerEvent"]);
      if (it.maxPoints !== null) check(it.maxPoints, [group, "items", i, "maxPoints"]);
    });
  }
  r.classification.forEach((c, i) => {
    check(c.minTotal, ["classification", i, "minTotal"]);
    check(c.minSectionRatio, ["classification", i, "minSectionRatio"]);
  });
  r.awards.forEach((a, i) => {
    if (a.requires.minTotal !== undefined) check(a.requires.minTotal, ["awards", i, "requires", "minTotal"]);
  });
  return out;
}

/** At every group: a maximum its children cannot reach is an error; one they pass is a cap that binds (a note). */
function checkSectionSums(r: Rubric): Finding[] {
  const out: Finding[] = [];
  for (const { node, path } of groupEntries(r)) {
    const reachable = childrenReach(node);
    const max = toMicro(node.maxPoints);
    const params = { section: node.id, name: node.name, sum: reachable / 1e6, max: node.maxPoints };
    if (reachable < max) out.push(finding("ERR_RUBRIC_SUM", params, { path: [...path, "maxPoints"] }));
    else if (reachable > max) out.push(finding("WARN_SECTION_CAP", params, { path: [...path, "maxPoints"] }));
  }
  return out;
}

function checkStages(r: Rubric): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  r.stages.forEach((st, i) => {
    if (seen.has(st)) out.push(finding("ERR_DUPLICATE_ID", { value: st, field: `stages.${i}`, first: "stages" }, { path: ["stages", i] }));
    seen.add(st);
  });
  return out;
}

/** `section:ID` may name any group (a section or a nested group), never a criterion. */
function checkTieBreak(r: Rubric): Finding[] {
  const sectionIds = new Set(groupEntries(r).map((g) => g.node.id));
  const seen = new Set<string>();
  const out: Finding[] = [];
  r.tieBreak.forEach((key, i) => {
    const known =
      key === "fewerDeductions" || key === "moreBonus" || (key.startsWith("section:") && sectionIds.has(key.slice("section:".length)));
    if (!known || seen.has(key)) {
      out.push(finding("ERR_TIEBREAK_UNKNOWN", { value: key, sections: [...sectionIds], duplicate: known }, { path: ["tieBreak", i] }));
    }
    seen.add(key);
  });
  return out;
}

function checkAwards(r: Rubric): Finding[] {
  const labels = r.classification.map((c) => c.label);
  const out: Finding[] = [];
  r.awards.forEach((a, i) => {
    const wanted = a.requires.classification;
    if (wanted !== undefined && !labels.includes(wanted)) {
      out.push(finding("ERR_AWARD_CLASSIFICATION", { award: a.id, value: wanted, labels }, { path: ["awards", i, "requires", "classification"] }));
    }
  });
  return out;
}
