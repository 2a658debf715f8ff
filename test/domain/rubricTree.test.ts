import { parseRubric } from "../../src/domain/rubricRules";
import { childrenReach, findNode, groupEntries, hasNestedGroups, isGroup, leafCriteria, treeDepth, walkTree } from "../../src/domain/rubricTree";
import type { CriteriaGroup, Rubric } from "../../src/domain/types";
import { rubricJson } from "../support/builders";
import { treeFile } from "../support/fixture";

/* eslint-disable @typescript-eslint/no-explicit-any */

const treeJson = (): Record<string, any> => JSON.parse(treeFile("rubric.json"));
const tree = (): Rubric => {
  const r = parseRubric(treeJson());
  if (!r.ok) throw new Error(JSON.stringify(r.findings));
  return r.value;
};
const codes = (json: unknown) => parseRubric(json).findings.map((f) => [f.code, (f.path ?? []).join("."), f.params.problem ?? null]);

describe("walkTree", () => {
  it("lists sections, groups and criteria in pre-order with depth, parents and JSON path", () => {
    const entries = walkTree(tree());
    expect(entries.slice(0, 5).map((e) => [e.node.id, e.depth, e.parents.map((p) => p.id).join(">"), e.path.join(".")])).toEqual([
      ["I", 0, "", "sections.0"],
      ["I.1", 1, "I", "sections.0.criteria.0"],
      ["I.1.1", 2, "I>I.1", "sections.0.criteria.0.criteria.0"],
      ["k1a", 3, "I>I.1>I.1.1", "sections.0.criteria.0.criteria.0.criteria.0"],
      ["k1b", 3, "I>I.1>I.1.1", "sections.0.criteria.0.criteria.0.criteria.1"],
    ]);
    expect(entries.filter((e) => e.section === 2).map((e) => e.node.id)).toEqual(["III", "h1", "h2"]);
  });

  it("gives the leaves in rubric order, groups in pre-order, the depth below sections", () => {
    const r = tree();
    expect(leafCriteria(r).map((c) => c.id)).toEqual(["k1a", "k1b", "k1c", "k2a", "k2b", "k2c", "k3", "e1", "e2", "e3", "f1", "f2", "f3", "g1", "g2", "h1", "h2"]);
    expect(groupEntries(r).map((g) => g.node.id)).toEqual(["I", "I.1", "I.1.1", "I.1.2", "I.2", "II", "II.1", "III"]);
    expect(leafCriteria(findNode(r, "I.1")!.node as CriteriaGroup).map((c) => c.id)).toEqual(["k1a", "k1b", "k1c", "k2a", "k2b", "k2c", "k3"]);
    expect(treeDepth(r)).toBe(3);
    expect(hasNestedGroups(r)).toBe(true);
    expect(childrenReach(findNode(r, "I.1")!.node as CriteriaGroup)).toBe(32_000_000);
    expect(isGroup(findNode(r, "k3")!.node)).toBe(false);
  });

  it("sees a part-1 rubric as sections of criteria, one level deep", () => {
    const r = parseRubric(rubricJson());
    expect(r.ok && treeDepth(r.value)).toBe(1);
    expect(r.ok && hasNestedGroups(r.value)).toBe(false);
  });
});

describe("parseRubric on trees", () => {
  it("accepts the 4-level fixture, noting every group whose cap binds", () => {
    const r = parseRubric(treeJson());
    expect(r.ok).toBe(true);
    expect(r.findings.map((f) => [f.code, f.params.section])).toEqual([
      ["WARN_SECTION_CAP", "I.1"],
      ["WARN_SECTION_CAP", "I.1.1"],
      ["WARN_SECTION_CAP", "II.1"],
    ]);
  });

  it("gives ERR_RUBRIC_SUM at a nested group whose maximum its children cannot reach", () => {
    const json = treeJson();
    json.sections[0].criteria[1].maxPoints = 21;
    json.sections[0].maxPoints = 51;
    expect(codes(json)).toEqual(expect.arrayContaining([["ERR_RUBRIC_SUM", "sections.0.criteria.1.maxPoints", null]]));
  });

  it.each([["weight", 2], ["notApplicable", "full"], ["measure", { shape: "linear" }]])("rejects a group carrying %s (ERR_SCHEMA group_field)", (field, value) => {
    const json = treeJson();
    json.sections[0].criteria[0].criteria[1][field] = value;
    expect(codes(json)).toEqual([["ERR_SCHEMA", `sections.0.criteria.0.criteria.1.${field}`, "group_field"]]);
  });

  it("reports a bad field deep in the tree at its own path", () => {
    const json = treeJson();
    json.sections[0].criteria[0].criteria[0].criteria[2].notApplicable = "sometimes";
    json.sections[1].criteria[0].criteria[0].colour = "red";
    expect(codes(json)).toEqual([
      ["ERR_SCHEMA", "sections.0.criteria.0.criteria.0.criteria.2.notApplicable", "invalid_value"],
      ["ERR_SCHEMA", "sections.1.criteria.0.criteria.0.colour", "unrecognized_keys"],
    ]);
  });

  it("keeps ids unique across sections, groups, criteria and event items", () => {
    const json = treeJson();
    json.sections[1].criteria[0].id = "k1a";
    json.bonus.items[0].id = "I.2";
    expect(codes(json).filter((c) => c[0] === "ERR_DUPLICATE_ID").map((c) => c[1])).toEqual(["sections.1.criteria.0.id", "bonus.items.0.id"]);
  });

  it("lets a tie-break name any group, never a criterion", () => {
    const json = treeJson();
    json.tieBreak = ["section:I.1.2", "section:k1a"];
    expect(codes(json).filter((c) => c[0] === "ERR_TIEBREAK_UNKNOWN").map((c) => c[1])).toEqual(["tieBreak.1"]);
  });

  it("rejects requireReason that is not a boolean", () => {
    const json = treeJson();
    json.requireReason = "yes";
    expect(codes(json)).toEqual([["ERR_SCHEMA", "requireReason", "invalid_type"]]);
  });
});
