import { fromMicro } from "../domain/fixed";
import { childrenReach, isGroup, nodeMax, walkTree } from "../domain/rubricTree";
import type { Rubric } from "../domain/types";
import { formatNumber } from "./format";
import { text } from "./text";
import type { Lang } from "./types";

/** One node of the tree as `rubric import` and the pane show it: indented, with its id, maximum and policies. */
export interface TreeLine {
  readonly depth: number;
  readonly id: string;
  readonly name: string;
  readonly group: boolean;
  /** "50 điểm · hệ số 2 · không áp dụng: quy đổi · trần ràng buộc: …" */
  readonly details: string;
  /** a group whose children reach more than its maximum: the cap decides its points */
  readonly capBinds: boolean;
}

export function treeLines(rubric: Rubric, lang: Lang): TreeLine[] {
  return walkTree(rubric).map(({ node, depth }) => {
    const parts = [text(lang, "tree.points", formatNumber(node.maxPoints, lang))];
    let capBinds = false;
    if (isGroup(node)) {
      const reach = childrenReach(node);
      capBinds = reach > nodeMax(node);
      if (capBinds) parts.push(text(lang, "tree.capBinds", formatNumber(fromMicro(reach), lang)));
    } else {
      if (node.weight !== 1) parts.push(text(lang, "tree.weight", formatNumber(node.weight, lang)));
      if (node.notApplicable) parts.push(text(lang, node.notApplicable === "full" ? "tree.naFull" : "tree.naRescale"));
    }
    return { depth, id: node.id, name: node.name, group: isGroup(node), details: parts.join(" · "), capBinds };
  });
}

/** The tree as plain text lines for a terminal: two spaces per level. */
export function treeText(rubric: Rubric, lang: Lang): string[] {
  return treeLines(rubric, lang).map((l) => `${"  ".repeat(l.depth)}${l.id}  ${l.name} — ${l.details}`);
}
