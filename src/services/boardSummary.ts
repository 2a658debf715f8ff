import type { Finding } from "../domain/findings";
import { renderFinding, findingMessage, stageName } from "../i18n";
import { boardLabels } from "../i18n/board";
import type { Lang } from "../i18n/types";
import { buildBoardPlan, type BoardErrorView, type BoardRowView } from "../workbook/boardSheet";
import type { WorkbookPlan } from "../workbook/plan";
import type { BoardBloc } from "./boardCheck";

/** Errors listed in one summary cell before "… and N more": the errors sheet has them all. */
const ERRORS_IN_CELL = 15;

/** Names of the units at rank `rank` (several when they share it). */
export function unitsAtRank(b: BoardBloc, rank: number): string[] {
  return b.ranking ? b.ranking.units.filter((u) => u.complete && u.rank === rank).map((u) => u.name) : [];
}

/** Proposed awards in the rubric's order, each with its units in rank order. */
export function proposedAwards(b: BoardBloc): { award: string; label: string; units: string[] }[] {
  if (!b.ranking) return [];
  const out = new Map<string, string[]>();
  for (const u of b.ranking.units) if (u.award) out.set(u.award, [...(out.get(u.award) ?? []), u.name]);
  return Object.keys(b.awardLabels)
    .filter((id) => out.has(id))
    .map((id) => ({ award: id, label: b.awardLabels[id], units: out.get(id)! }));
}

export function errorLine(f: Finding, lang: Lang): string {
  return renderFinding(f, lang);
}

/** Every bloc as one line of words, and every error as one line of its own. */
export function boardView(blocs: readonly BoardBloc[], lang: Lang): { rows: BoardRowView[]; errors: BoardErrorView[] } {
  const L = boardLabels[lang];
  const rows = blocs.map((b): BoardRowView => {
    const lines = b.errors.map((f) => errorLine(f, lang));
    const shown = lines.length > ERRORS_IN_CELL ? [...lines.slice(0, ERRORS_IN_CELL), L.more(lines.length - ERRORS_IN_CELL)] : lines;
    const awards = proposedAwards(b);
    return {
      file: b.file,
      bloc: b.bloc?.name ?? "",
      year: b.bloc?.year ?? null,
      status: L.status[b.status],
      first: unitsAtRank(b, 1).join(", "),
      second: unitsAtRank(b, 2).join(", "),
      third: unitsAtRank(b, 3).join(", "),
      awards: b.ranking ? awards.map((a) => L.award(a.label, a.units.join(", "))).join("\n") : b.bloc ? L.noRanking : "",
      seal: b.seal ? L.sealed(b.seal.by, b.seal.at, stageName(b.seal.stage, lang)) : L.notSealed,
      sealed: b.seal !== null,
      agreed: b.agreed ? L.agreed(b.agreed.file, b.agreed.by) : L.noAgreed,
      errorCount: b.errors.length,
      errors: shown.join("\n"),
    };
  });
  const errors = blocs.flatMap((b) =>
    b.errors.map((f): BoardErrorView => ({ file: b.file, code: f.code, sheet: f.source?.sheet ?? "", cell: f.source?.cell ?? "", unit: f.unit ?? "", message: findingMessage(f, lang) })),
  );
  return { rows, errors };
}

/** The Board's summary workbook as a plan (`date` as it should read, e.g. 2023-12-12). */
export function boardSummaryPlan(blocs: readonly BoardBloc[], lang: Lang, date: string): WorkbookPlan {
  const { rows, errors } = boardView(blocs, lang);
  const L = boardLabels[lang];
  return buildBoardPlan(L, L.subtitle(blocs.length, date), rows, errors);
}
