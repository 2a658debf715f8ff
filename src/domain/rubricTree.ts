import { mulMicro, toMicro, type Micro } from "./fixed";
import type { CriteriaGroup, Criterion, Rubric, RubricNode } from "./types";

/**
 * Walking the rubric's criteria tree (sections → groups of any depth → criteria). Everything that needs the
 * tree's shape goes through these few functions, so "what is a group" is decided in one place.
 */

/** A node is a group if and only if it has `criteria`. */
export function isGroup(node: RubricNode): node is CriteriaGroup {
  return "criteria" in node;
}

/** One node of the tree, as the pre-order walk meets it. */
export interface TreeEntry {
  readonly node: RubricNode;
  /** 0 for a section, 1 for its children, … */
  readonly depth: number;
  /** the groups above this node, the section first; empty for a section */
  readonly parents: readonly CriteriaGroup[];
  /** index of the top-level section the node is in */
  readonly section: number;
  /** where the node sits in rubric.json, e.g. ["sections", 0, "criteria", 2, "criteria", 1] */
  readonly path: readonly (string | number)[];
}

const walks = new WeakMap<Rubric, readonly TreeEntry[]>();

/** Every section, group and criterion in pre-order (a group before its children), computed once per rubric. */
export function walkTree(rubric: Rubric): readonly TreeEntry[] {
  const cached = walks.get(rubric);
  if (cached) return cached;
  const out: TreeEntry[] = [];
  const visit = (node: RubricNode, parents: readonly CriteriaGroup[], section: number, path: readonly (string | number)[]) => {
    out.push({ node, depth: parents.length, parents, section, path });
    if (isGroup(node)) node.criteria.forEach((child, i) => visit(child, [...parents, node], section, [...path, "criteria", i]));
  };
  rubric.sections.forEach((s, i) => visit(s, [], i, ["sections", i]));
  walks.set(rubric, out);
  return out;
}

/** The criteria (leaves) in rubric order: the order of the score book, the unit sheet and the CSV checks. */
export function leafCriteria(of: Rubric | CriteriaGroup): readonly Criterion[] {
  if ("sections" in of) return walkTree(of).flatMap((e) => (isGroup(e.node) ? [] : [e.node]));
  return of.criteria.flatMap((n) => (isGroup(n) ? leafCriteria(n) : [n]));
}

/** The walk's entries of criteria only, with their parents and section. */
export function leafEntries(rubric: Rubric): readonly (TreeEntry & { readonly node: Criterion })[] {
  return walkTree(rubric).filter((e): e is TreeEntry & { node: Criterion } => !isGroup(e.node));
}

/** Every group, sections included, in pre-order. */
export function groupEntries(rubric: Rubric): readonly (TreeEntry & { readonly node: CriteriaGroup })[] {
  return walkTree(rubric).filter((e): e is TreeEntry & { node: CriteriaGroup } => isGroup(e.node));
}

/** The node with this id (section, group or criterion), with its place in the tree. */
export function findNode(rubric: Rubric, id: string): TreeEntry | undefined {
  return walkTree(rubric).find((e) => e.node.id === id);
}

/** Levels below the sections: 1 for a part-1 rubric (sections → criteria), 3 for I → 1 → 1.1 → a. */
export function treeDepth(rubric: Rubric): number {
  return Math.max(...walkTree(rubric).map((e) => e.depth));
}

/** True when some section holds a group (a part-2 tree), false for sections of criteria only. */
export function hasNestedGroups(rubric: Rubric): boolean {
  return treeDepth(rubric) > 1;
}

/** The most a node can contribute, in micro-points: a criterion's maxPoints × weight, a group's maxPoints. */
export function nodeMax(node: RubricNode): Micro {
  return isGroup(node) ? toMicro(node.maxPoints) : mulMicro(toMicro(node.maxPoints), toMicro(node.weight));
}

/** What a group's children can reach together (Σ nodeMax): below its maxPoints is ERR_RUBRIC_SUM. */
export function childrenReach(group: CriteriaGroup): Micro {
  return group.criteria.reduce((sum, n) => sum + nodeMax(n), 0);
}
