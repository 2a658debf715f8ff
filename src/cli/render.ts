import type { Finding } from "../domain/findings";
import type { Ranking } from "../domain/scoreBloc";
import { warningsNotExplained } from "../domain/unitExplanations";
import { explanationLines } from "../i18n/explanations";
import type { Rubric } from "../domain/types";
import type { Bloc } from "../domain/types";
import { findingNames, formatNumber, placeName, renderFinding, stageName, text, type FindingNames, type Lang } from "../i18n";

/** The `--json` object of DESIGN.md: the ranking plus warnings as {code, message}. */
export function rankingJson(ranking: Ranking, lang: Lang, names?: FindingNames): unknown {
  return {
    stage: ranking.stage,
    units: ranking.units,
    ties: ranking.ties,
    warnings: ranking.warnings.map((w) => ({ code: w.code, unit: w.unit ?? null, message: renderFinding(w, lang, { names }) })),
    // beyond the contract's fields (so its comparisons hold): why a changed score changed, what was not applicable
    explanations: ranking.explanations.map((e) => ({
      unit: e.unit,
      changes: e.changes.map((c) => ({ item: c.item, stage: c.stage, previous: c.previous, before: c.before, after: c.after, reason: c.reason })),
      notApplicable: { full: e.full, leftOut: e.leftOut },
      rescaled: e.rescaled && { criteriaPoints: e.rescaled.points, criteriaTotal: e.rescaled.total },
      measured: e.measured,
    })),
  };
}

function pad(s: string, width: number): string {
  const len = [...s].length;
  return len >= width ? s : s + " ".repeat(width - len);
}

/** A plain-text table an official can read in a terminal or paste into a report. */
export function rankingTable(ranking: Ranking, rubric: Rubric, lang: Lang, bloc?: Bloc): string {
  const d = rubric.scale.decimals;
  const names = findingNames(rubric, bloc?.units ?? ranking.units);
  const awardLabel = new Map(rubric.awards.map((a) => [a.id, a.label]));
  const header = [
    text(lang, "table.rank"),
    text(lang, "table.unit"),
    text(lang, "table.total"),
    ...rubric.sections.map((s) => s.id),
    text(lang, "table.bonus"),
    text(lang, "table.deductions"),
    text(lang, "table.place"),
    text(lang, "table.classification"),
    text(lang, "table.award"),
  ];
  const rows = ranking.units.map((u) => [
    u.rank === null ? "—" : String(u.rank),
    u.name,
    formatNumber(u.total, lang, d) + (u.complete ? "" : ` (${text(lang, "table.incomplete")})`),
    ...rubric.sections.map((s) => formatNumber(u.sections[s.id], lang, d)),
    formatNumber(u.bonus, lang, d),
    formatNumber(u.deductions, lang, d) + (u.vetoed ? ` (${text(lang, "table.vetoed")})` : ""),
    u.place ? (placeName(u.rank, lang) ?? u.place) : "",
    u.classification ?? "",
    u.award ? (awardLabel.get(u.award) ?? u.award) : "",
  ]);
  const widths = header.map((h, i) => Math.max([...h].length, ...rows.map((r) => [...r[i]].length)));
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i])).join("  ").trimEnd();
  const out = [text(lang, "table.title", stageName(ranking.stage, lang)), "", line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)];
  if (ranking.ties.length > 0) out.push("", text(lang, "table.ties", ranking.ties.map((t) => t.join(" = ")).join("; ")));
  if (ranking.explanations.length > 0) {
    const name = new Map(ranking.units.map((u) => [u.id, u.name]));
    out.push("", text(lang, "table.explanations"));
    for (const e of ranking.explanations) out.push(`  ${name.get(e.unit) ?? e.unit} (${e.unit}):`, ...explanationLines(e, lang, d).map((l) => `    - ${l}`));
  }
  const warnings = warningsNotExplained(ranking);
  if (warnings.length > 0) out.push("", text(lang, "cli.warnings"), ...warnings.map((w) => `  - ${renderFinding(w, lang, { names })}`));
  return out.join("\n");
}

/** Findings printed one per line: a damaged file can hold 200 000 of them, a terminal shows the first ones. */
export const PRINTED_FINDINGS = 100;

/** Each finding on a line of its own; with `names`, units and criteria are called by their names. */
export function printFindings(findings: readonly Finding[], lang: Lang, err: (s: string) => void, names?: FindingNames): void {
  for (const f of findings.slice(0, PRINTED_FINDINGS)) err(renderFinding(f, lang, { names }));
  if (findings.length > PRINTED_FINDINGS) err(text(lang, "cli.moreFindings", findings.length - PRINTED_FINDINGS, PRINTED_FINDINGS));
}

/** Errors first, then — under "Lưu ý:" — the warnings found with them: a note is never held back until the errors are fixed. */
export function printProblems(findings: readonly Finding[], lang: Lang, err: (s: string) => void, names?: FindingNames): void {
  printFindings(findings.filter((f) => f.severity === "error"), lang, err, names);
  const notes = findings.filter((f) => f.severity === "warning");
  if (notes.length > 0) {
    err(text(lang, "cli.warnings"));
    printFindings(notes, lang, (s) => err(`  - ${s}`), names);
  }
}
