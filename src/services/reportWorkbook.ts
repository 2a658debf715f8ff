import { finding, hasErrors, type Finding } from "../domain/findings";
import { buildScoreBook } from "../domain/scoreBook";
import { scoreBloc } from "../domain/scoreBloc";
import { explainTies } from "../domain/tieExplanations";
import type { Bloc, Unit } from "../domain/types";
import type { WorkbookHost } from "../hosts/host";
import { reportLabels } from "../i18n/report";
import type { Lang } from "../i18n/types";
import { META_SHEET } from "../workbook/layout";
import { readWorkbook } from "../workbook/readWorkbook";
import { buildReportPlan, type ReportRow } from "../workbook/reportSheet";
import { sealStateOf } from "../workbook/seal";
import { uniqueSheetNames } from "../workbook/sheetNames";
import type { WorkbookSnapshot } from "../workbook/snapshot";
import { exitCodeFor, type ExitCode } from "./exitCodes";
import { unreadable } from "./openWorkbook";

export interface ReportOptions {
  readonly place?: string | null;
  readonly date?: { readonly y: number; readonly m: number; readonly d: number } | null;
  /** next year's head / deputy: a unit id or name of the bloc; default the bloc file's */
  readonly head?: string;
  readonly deputy?: string;
  readonly lang?: Lang;
}

export interface ReportOutcome {
  readonly exit: ExitCode;
  readonly findings: readonly Finding[];
  /** the sheet written */
  readonly sheet?: string;
}

function unitBy(bloc: Bloc, key: string): Unit | undefined {
  const k = key.trim();
  return bloc.units.find((u) => u.id === k) ?? bloc.units.find((u) => u.name.normalize("NFC") === k.normalize("NFC"));
}

/**
 * `thidua report`: adds (or refreshes) the printable result sheet, from the engine's final ranking of the
 * workbook's input cells and votes. The sheet's name is the label's, made unique against the workbook's own sheets,
 * so running it again replaces the same sheet.
 */
export async function reportWorkbook(host: WorkbookHost, file: string, options: ReportOptions = {}): Promise<ReportOutcome> {
  const lang = options.lang ?? "vi";
  let snapshot: WorkbookSnapshot;
  try {
    snapshot = await host.snapshot();
  } catch (e) {
    return { exit: 2, findings: [unreadable(e, file)] };
  }
  const read = readWorkbook(snapshot);
  if (!read.ok) return { exit: 2, findings: read.findings.map((f) => (f.code === "ERR_NOT_WORKBOOK" ? { ...f, params: { ...f.params, file } } : f)) };
  const { rubric, bloc, sheets, rows, votes } = read.value;
  const wanted = { head: options.head, deputy: options.deputy };
  const unknown = (["head", "deputy"] as const).filter((k) => wanted[k] !== undefined && !unitBy(bloc, wanted[k]!));
  if (unknown.length > 0) return { exit: 2, findings: unknown.map((k) => finding("ERR_UNKNOWN_UNIT", { value: wanted[k]! }, { path: [`--${k}`] })) };
  // one unit can't hold both offices; an option left out takes the bloc's own, so `--head` alone can clash with it
  const nextHead = wanted.head !== undefined ? unitBy(bloc, wanted.head)! : bloc.units.find((u) => u.id === bloc.head);
  const nextDeputy = wanted.deputy !== undefined ? unitBy(bloc, wanted.deputy)! : bloc.units.find((u) => u.id === bloc.deputy);
  if (nextHead && nextHead.id === nextDeputy?.id) {
    return { exit: 2, findings: [finding("ERR_REPORT_SAME_UNIT", { unit: nextHead.id, name: nextHead.name }, { path: [wanted.deputy !== undefined ? "--deputy" : "--head"] })] };
  }
  const book = buildScoreBook(rubric, bloc, rows);
  const findings = [...read.findings, ...book.findings];
  if (hasErrors(findings)) return { exit: exitCodeFor(findings), findings };
  const ranking = scoreBloc(book.book, "final", { numbers: votes });

  const awardLabel = new Map(rubric.awards.map((a) => [a.id, a.label]));
  const rescaled = new Map(ranking.explanations.map((e) => [e.unit, e.rescaled]));
  const reportRows: ReportRow[] = ranking.units.map((u) => ({
    name: u.name,
    complete: u.complete,
    total: u.total,
    rank: u.rank,
    classification: u.classification,
    award: u.award ? (awardLabel.get(u.award) ?? u.award) : null,
    vetoed: u.vetoed,
    rescaled: rescaled.get(u.id) ?? null,
  }));
  const nameOf = (id: string | null | undefined) => (id ? (bloc.units.find((u) => u.id === id)?.name ?? null) : null);
  const [sheet] = uniqueSheetNames([reportLabels[lang].sheet], [sheets.rubric, sheets.summary, META_SHEET, ...sheets.units]);
  const seal = sealStateOf(snapshot).current;
  const plan = buildReportPlan({
    rubric,
    bloc,
    sheet,
    rows: reportRows,
    ties: explainTies(rubric, ranking),
    names: new Map(bloc.units.map((u) => [u.id, u.name])),
    nextHead: nextHead?.name ?? null,
    nextDeputy: nextDeputy?.name ?? null,
    signers: { head: nameOf(bloc.head), deputy: nameOf(bloc.deputy) },
    place: options.place ?? null,
    date: options.date ?? null,
    seal: seal ? { by: seal.by, at: seal.at } : null,
    lang,
  });
  await host.applyPlan(plan);
  return { exit: 0, findings: [...findings, ...ranking.warnings].filter((f) => f.severity === "warning"), sheet };
}
