import { finding, type Finding } from "./findings";
import { groupEntries } from "./rubricTree";
import type { Rubric, Unit, VoteOrder } from "./types";
import type { UnitTotals } from "./unitTotals";

/** Votes as the workbook's "Biểu quyết" column holds them (unit → number) and as `--vote` lists (override). */
export interface Votes {
  readonly numbers?: ReadonlyMap<string, number>;
  readonly orders?: readonly VoteOrder[];
}

export interface RankOutcome {
  /** complete units, best first; units sharing a rank in bloc order */
  readonly order: readonly UnitTotals[];
  readonly rank: ReadonlyMap<number, number>;
  /** groups of unit indexes still sharing a rank, in rank order */
  readonly ties: readonly (readonly number[])[];
  readonly warnings: readonly Finding[];
}

type Compare = (a: UnitTotals, b: UnitTotals) => number;

/** Total first, then the rubric's tie-break chain; 0 = still tied. */
export function chainComparator(rubric: Rubric): Compare {
  const keys: Compare[] = rubric.tieBreak.map((key) => {
    if (key === "fewerDeductions") return (a, b) => a.deductions - b.deductions;
    if (key === "moreBonus") return (a, b) => b.bonus - a.bonus;
    // `section:ID` names any group of the tree; its capped points, never rescaled
    const index = groupEntries(rubric).findIndex((g) => `section:${g.node.id}` === key);
    return (a, b) => b.groups[index] - a.groups[index];
  });
  return (a, b) => {
    if (a.total !== b.total) return b.total - a.total;
    for (const k of keys) {
      const d = k(a, b);
      if (d !== 0) return d;
    }
    return 0;
  };
}

export function rankUnits(rubric: Rubric, units: readonly Unit[], totals: readonly UnitTotals[], votes: Votes = {}): RankOutcome {
  const byChain = chainComparator(rubric);
  const complete = totals.filter((t) => t.complete).sort((a, b) => byChain(a, b) || a.unitIndex - b.unitIndex);
  const groups: UnitTotals[][] = [];
  for (const t of complete) {
    const last = groups[groups.length - 1];
    if (last && byChain(last[0], t) === 0) last.push(t);
    else groups.push([t]);
  }
  const warnings: Finding[] = [];
  const numbers = new Map(votes.numbers ?? []);
  for (const order of votes.orders ?? []) applyVoteOrder(order, groups, units, numbers, warnings);

  const rank = new Map<number, number>();
  const ties: number[][] = [];
  const ordered: UnitTotals[] = [];
  for (const group of groups) {
    for (const sub of splitByVote(group, units, numbers, warnings)) {
      const r = ordered.length + 1;
      for (const t of sub) rank.set(t.unitIndex, r);
      ordered.push(...sub);
      if (sub.length > 1) {
        ties.push(sub.map((t) => t.unitIndex));
        warnings.push(finding("WARN_TIE_UNRESOLVED", { units: sub.map((t) => units[t.unitIndex].id), rank: r, total: sub[0].total / 1e6 }));
      }
    }
  }
  return { order: ordered, rank, ties, warnings };
}

/** A `--vote` list must name exactly the members of one tie group; then it overrides the workbook's numbers. */
function applyVoteOrder(order: VoteOrder, groups: UnitTotals[][], units: readonly Unit[], numbers: Map<string, number>, warnings: Finding[]): void {
  // the tie group the vote is about: the first one any of its units belongs to
  const group = groups.find((g) => g.length > 1 && g.some((t) => order.includes(units[t.unitIndex].id)));
  const members = group ? group.map((t) => units[t.unitIndex].id) : [];
  const same = members.length > 1 && members.length === order.length && new Set(order).size === order.length && members.every((m) => order.includes(m));
  if (!same) {
    warnings.push(finding("WARN_VOTE_REJECTED", { vote: [...order], group: members, reason: members.length > 1 ? "members" : "notTied" }));
    return;
  }
  order.forEach((id, i) => numbers.set(id, i + 1));
}

/** Orders a chain tie group by its vote numbers when every member has one; equal numbers stay tied. */
function splitByVote(group: UnitTotals[], units: readonly Unit[], numbers: ReadonlyMap<string, number>, warnings: Finding[]): UnitTotals[][] {
  if (group.length === 1) return [group];
  const ids = group.map((t) => units[t.unitIndex].id);
  const voted = ids.filter((id) => numbers.has(id));
  if (voted.length === 0) return [group];
  if (voted.length < ids.length) {
    warnings.push(finding("WARN_VOTE_REJECTED", { vote: voted, group: ids, reason: "members" }));
    return [group];
  }
  const sorted = [...group].sort((a, b) => numbers.get(units[a.unitIndex].id)! - numbers.get(units[b.unitIndex].id)! || a.unitIndex - b.unitIndex);
  const out: UnitTotals[][] = [];
  for (const t of sorted) {
    const last = out[out.length - 1];
    if (last && numbers.get(units[last[0].unitIndex].id) === numbers.get(units[t.unitIndex].id)) last.push(t);
    else out.push([t]);
  }
  return out;
}
