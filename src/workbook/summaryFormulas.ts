import { toMicro } from "../domain/fixed";
import type { Rubric } from "../domain/types";
import { absRange, columnLetters, formulaNumber, formulaText } from "./a1";
import type { SummaryLayout } from "./layout";

/**
 * Formulas of "Tổng hợp" (final stage), mirroring src/domain: rank = 1 + complete units strictly ahead on
 * (total, tie-break chain); a chain tie is ordered by "Biểu quyết" only when every member has a number; the
 * award walk runs down hidden rows ordered by position, each reading only the rows above it.
 * Helper keys hold numbers only (0 for "no"), so no comparison ever meets text.
 */
export interface SummaryRefs {
  readonly layout: SummaryLayout;
  /** the whole unit rows of a column, absolute: $X$5:$X$13 */
  readonly all: (key: string) => string;
  /** this row's cell of a column */
  readonly at: (key: string, row: number) => string;
}

export function summaryRefs(layout: SummaryLayout): SummaryRefs {
  // each column's range and letters are made once: every unit row's ~30 formulas ask for them again (validate
  // rebuilds the 60-unit summary plan in every run)
  const whole = new Map<string, string>();
  const letters = new Map<string, string>();
  return {
    layout,
    all: (key) => {
      let range = whole.get(key);
      if (range === undefined) whole.set(key, (range = absRange(layout.firstUnitRow, layout.col[key], layout.lastUnitRow, layout.col[key])));
      return range;
    },
    at: (key, row) => {
      let column = letters.get(key);
      if (column === undefined) letters.set(key, (column = columnLetters(layout.col[key])));
      return `${column}${row + 1}`;
    },
  };
}

/** The chain as (column, direction) pairs: the total first, then the rubric's tie-break keys. */
function chainKeys(rubric: Rubric): { key: string; higherFirst: boolean }[] {
  return [
    { key: "total", higherFirst: true },
    ...rubric.tieBreak.map((k) =>
      k === "fewerDeductions"
        ? { key: "deductions", higherFirst: false }
        : k === "moreBonus"
          ? { key: "bonus", higherFirst: true }
          : // a top-level section has its visible column, a nested group its hidden one
            { key: rubric.sections.some((s) => `section:${s.id}` === k) ? k : `group:${k.slice("section:".length)}`, higherFirst: true },
    ),
  ];
}

/** 1 + number of complete units strictly ahead on the chain (lexicographic; exclusive terms add to 0 or 1). */
export function chainRank(rubric: Rubric, r: SummaryRefs, row: number): string {
  const keys = chainKeys(rubric);
  const terms = keys.map((k, j) => {
    const equal = keys.slice(0, j).map((e) => `(${r.all(e.key)}=${r.at(e.key, row)})`);
    const ahead = `(${r.all(k.key)}${k.higherFirst ? ">" : "<"}${r.at(k.key, row)})`;
    return [...equal, ahead].join("*");
  });
  return `1+SUMPRODUCT(${r.all("complete")}*(${terms.join("+")}))`;
}

const sameGroup = (r: SummaryRefs, row: number) => `${r.all("complete")}*(${r.all("chainRank")}=${r.at("chainRank", row)})`;

export function groupSize(r: SummaryRefs, row: number): string {
  return `SUMPRODUCT(${sameGroup(r, row)})`;
}

export function votedCount(r: SummaryRefs, row: number): string {
  return `SUMPRODUCT(${sameGroup(r, row)}*ISNUMBER(${r.all("vote")}))`;
}

/** The chain rank, moved down by the group members voted ahead, when the whole group voted. */
export function rankNumber(r: SummaryRefs, row: number): string {
  const voteAhead = `SUMPRODUCT(${sameGroup(r, row)}*ISNUMBER(${r.all("vote")})*(${r.all("vote")}<${r.at("vote", row)}))`;
  const allVoted = `AND(${r.at("groupSize", row)}>1,${r.at("voted", row)}=${r.at("groupSize", row)})`;
  return `IF(${r.at("complete", row)}=1,${r.at("chainRank", row)}+IF(${allVoted},${voteAhead},0),0)`;
}

export function tieCount(r: SummaryRefs, row: number): string {
  return `IF(${r.at("complete", row)}=1,SUMPRODUCT(${r.all("complete")}*(${r.all("rankNum")}=${r.at("rankNum", row)})),0)`;
}

/** The smallest exact subtotal (in points, ≤ 6 decimals) that reaches ratio × maximum. */
export function sectionThreshold(ratio: number, max: number): number {
  const product = BigInt(toMicro(ratio)) * BigInt(toMicro(max));
  const micro = (product + 999_999n) / 1_000_000n;
  return Number(micro) / 1e6;
}

/** 1-based index of the first classification level reached, 0 for none. */
export function levelIndex(rubric: Rubric, r: SummaryRefs, row: number): string {
  const tests = rubric.classification.map((level) => {
    const conds: string[] = [];
    if (level.minTotal > 0) conds.push(`${r.at("total", row)}>=${formulaNumber(level.minTotal)}`);
    if (level.minSectionRatio > 0) {
      for (const s of rubric.sections) {
        const sub = r.at(`section:${s.id}`, row);
        const app = r.layout.col[`applicable:${s.id}`];
        if (app === undefined) conds.push(`${sub}>=${formulaNumber(sectionThreshold(level.minSectionRatio, s.maxPoints))}`);
        // against the unit's applicable maximum, in whole millionths: both products stay below 2^53, so exact
        else conds.push(`ROUND(${sub}*1000000,0)*1000000>=${toMicro(level.minSectionRatio)}*ROUND(${r.at(`applicable:${s.id}`, row)}*1000000,0)`);
      }
    }
    return conds.length === 0 ? "TRUE" : `AND(${conds.join(",")})`;
  });
  const nested = tests.reduceRight((inner, test, i) => `IF(${test},${i + 1},${inner})`, "0");
  return `IF(${r.at("complete", row)}=1,${nested},0)`;
}

export function walker(r: SummaryRefs, row: number): string {
  return `IF(AND(${r.at("complete", row)}=1,${r.at("vetoed", row)}=0),1,0)`;
}

/** Position in the walk: walkers in rank order, a shared rank in bloc order. */
export function walkPosition(r: SummaryRefs, row: number): string {
  const ahead = `(${r.all("rankNum")}<${r.at("rankNum", row)})+(${r.all("rankNum")}=${r.at("rankNum", row)})*(${r.all("index")}<${r.at("index", row)})`;
  return `IF(${r.at("walker", row)}=1,1+SUMPRODUCT(${r.all("walker")}*(${ahead})),0)`;
}

export function walkTied(r: SummaryRefs, row: number): string {
  return `IF(${r.at("walker", row)}=1,IF(SUMPRODUCT(${r.all("walker")}*(${r.all("rankNum")}=${r.at("rankNum", row)}))>1,1,0),0)`;
}

/** A unit's award number, read from the walk row of its position. */
export function awardIndex(r: SummaryRefs, row: number): string {
  const L = r.layout;
  if (L.positions === 0) return "0";
  const got = absRange(L.firstUnitRow, L.col.got, L.firstUnitRow + L.positions - 1, L.col.got);
  return `IF(AND(${r.at("walker", row)}=1,${r.at("walkPos", row)}<=${L.positions}),INDEX(${got},${r.at("walkPos", row)}),0)`;
}

// ---------------------------------------------------------------------------------------------- walk rows

export function walkActive(r: SummaryRefs, row: number): string {
  return `IF(${r.at("pos", row)}<=SUM(${r.all("walker")}),1,0)`;
}

export function walkUnitRow(r: SummaryRefs, row: number): string {
  return `IF(${r.at("active", row)}=1,MATCH(${r.at("pos", row)},${r.all("walkPos")},0),1)`;
}

export function walkStop(r: SummaryRefs, row: number): string {
  const here = `AND(${r.at("active", row)}=1,INDEX(${r.all("walkTied")},${r.at("unitRow", row)})=1)`;
  return row === r.layout.firstUnitRow ? `IF(${here},1,0)` : `IF(OR(${r.at("stop", row - 1)}=1,${here}),1,0)`;
}

/**
 * The award taken at position p: the first award that reaches p (known when generating, as p is the row's
 * constant), still has a free place and whose requirements the unit meets.
 */
export function walkGot(rubric: Rubric, r: SummaryRefs, row: number, position: number): string {
  const first = row === r.layout.firstUnitRow;
  let reach = 0;
  const choices: { test: string; k: number }[] = [];
  rubric.awards.forEach((a, k) => {
    reach += a.places;
    if (position > reach) return;
    const taken = first ? "0" : r.at(`taken:${a.id}`, row - 1);
    const conds = [`${taken}<${a.places}`];
    const wanted = a.requires.classification;
    const at = (key: string) => `INDEX(${r.all(key)},${r.at("unitRow", row)})`;
    if (wanted !== undefined) {
      const level = rubric.classification.findIndex((c) => c.label === wanted) + 1;
      conds.push(`${at("level")}>=1`, `${at("level")}<=${level}`);
    }
    if (a.requires.minTotal !== undefined) conds.push(`${at("total")}>=${formulaNumber(a.requires.minTotal)}`);
    choices.push({ test: `AND(${conds.join(",")})`, k: k + 1 });
  });
  const nested = choices.reduceRight((inner, ch) => `IF(${ch.test},${ch.k},${inner})`, "0");
  return `IF(AND(${r.at("active", row)}=1,${r.at("stop", row)}=0),${nested},0)`;
}

export function walkTaken(r: SummaryRefs, row: number, awardId: string, awardNumber: number): string {
  const mine = `IF(${r.at("got", row)}=${awardNumber},1,0)`;
  return row === r.layout.firstUnitRow ? mine : `${r.at(`taken:${awardId}`, row - 1)}+${mine}`;
}

/** A label from a 1-based number, or "" for 0. */
export function chooseLabel(indexCell: string, labels: readonly string[]): string {
  if (labels.length === 0) return '""';
  return `IF(${indexCell}>0,CHOOSE(${indexCell},${labels.map(formulaText).join(",")}),"")`;
}
