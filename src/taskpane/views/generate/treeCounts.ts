import type { TreeLine } from "../../../i18n/rubricTree";

/** The criteria among a tree's lines (its leaves). */
export function leafCount(lines: readonly TreeLine[]): number {
  return lines.filter((l) => !l.group).length;
}
