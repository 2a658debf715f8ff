import { hasErrors, type Finding, type Result } from "../domain/findings";
import { buildScoreBook } from "../domain/scoreBook";
import { scoreBloc, type Ranking } from "../domain/scoreBloc";
import type { Rubric, StageChoice } from "../domain/types";
import type { WorkbookHost } from "../hosts/host";
import { readWorkbook } from "../workbook/readWorkbook";
import { sealStateOf } from "../workbook/seal";
import type { WorkbookSnapshot } from "../workbook/snapshot";
import { checkSnapshot } from "./validateWorkbook";
import { unreadable } from "./openWorkbook";

/** One bloc workbook handed to the Board: its file name and a way to open it (opening may fail, with findings). */
export interface BoardEntry {
  readonly file: string;
  readonly open: () => Promise<Result<WorkbookHost>>;
}

/** An agreed rubric from the Board's folder: parsed, or the findings that say why it could not be. */
export interface AgreedRubric {
  readonly file: string;
  readonly rubric?: Rubric;
  readonly findings: readonly Finding[];
}

/** ready: no error and sealed; unsealed: no error, not sealed; errors: validation found errors; broken: not readable. */
export type BoardStatus = "ready" | "unsealed" | "errors" | "broken";

export interface BoardBloc {
  readonly file: string;
  readonly status: BoardStatus;
  readonly bloc: { readonly name: string; readonly year: number; readonly units: number } | null;
  /** the agreed rubric it was checked against, and how it was matched */
  readonly agreed: { readonly file: string; readonly by: "name" | "title" } | null;
  /** the engine's final ranking, when the values allow one */
  readonly ranking: Ranking | null;
  readonly awardLabels: Readonly<Record<string, string>>;
  readonly seal: { readonly by: string; readonly at: string; readonly stage: StageChoice } | null;
  /** every error found, with its file */
  readonly errors: readonly Finding[];
  readonly warnings: number;
}

const base = (file: string) => file.replace(/\.[^.]+$/, "").normalize("NFC").toLocaleLowerCase("vi");

/**
 * The agreed rubric of a workbook: first the one whose file name matches the workbook's (khoi-a.xlsx ↔
 * khoi-a.json), because a rubric edited in the workbook may have its title edited too; else the only one whose
 * title and year equal those stored in the workbook.
 */
export function matchAgreed(file: string, stored: Rubric | null, agreed: readonly AgreedRubric[]): { rubric: AgreedRubric; by: "name" | "title" } | null {
  const byName = agreed.find((a) => base(a.file) === base(file));
  if (byName) return { rubric: byName, by: "name" };
  if (!stored) return null;
  const byTitle = agreed.filter((a) => a.rubric && a.rubric.title.normalize("NFC") === stored.title.normalize("NFC") && a.rubric.year === stored.year);
  return byTitle.length === 1 ? { rubric: byTitle[0], by: "title" } : null;
}

function broken(file: string, errors: readonly Finding[]): BoardBloc {
  return { file, status: "broken", bloc: null, agreed: null, ranking: null, awardLabels: {}, seal: null, errors, warnings: 0 };
}

const withFile = (f: Finding, file: string): Finding => (f.code === "ERR_NOT_WORKBOOK" || f.code === "ERR_FILE_FORMAT" ? { ...f, params: { ...f.params, file } } : { ...f, source: { ...f.source, file } });

/** One workbook: validate (against its agreed rubric when there is one), rank, read the seal. Never throws. */
export async function checkBlocWorkbook(entry: BoardEntry, agreed: readonly AgreedRubric[]): Promise<BoardBloc> {
  let snapshot: WorkbookSnapshot;
  try {
    const host = await entry.open();
    if (!host.ok) return broken(entry.file, host.findings.map((f) => withFile(f, entry.file)));
    snapshot = await host.value.snapshot();
  } catch (e) {
    return broken(entry.file, [unreadable(e, entry.file)]);
  }
  try {
    const read = readWorkbook(snapshot);
    const match = matchAgreed(entry.file, read.ok ? read.value.rubric : null, agreed);
    const check = checkSnapshot(snapshot, entry.file, match?.rubric.rubric ? { agreedRubric: match.rubric.rubric, agreedFile: match.rubric.file } : {});
    if (check.exit === 2 || !read.ok) return broken(entry.file, (check.exit === 2 ? check.findings : read.findings).filter((f) => f.severity === "error").map((f) => withFile(f, entry.file)));
    const { rubric, bloc, rows, votes } = read.value;
    const errors = [...(match && !match.rubric.rubric ? match.rubric.findings : []), ...check.findings.filter((f) => f.severity === "error")].map((f) => withFile(f, entry.file));
    const book = buildScoreBook(rubric, bloc, rows);
    const ranking = hasErrors(book.findings) ? null : scoreBloc(book.book, "final", { numbers: votes });
    const seal = sealStateOf(snapshot).current;
    const status: BoardStatus = errors.length > 0 ? "errors" : seal ? "ready" : "unsealed";
    return {
      file: entry.file,
      status,
      bloc: { name: bloc.name, year: bloc.year, units: bloc.units.length },
      agreed: match ? { file: match.rubric.file, by: match.by } : null,
      ranking,
      awardLabels: Object.fromEntries(rubric.awards.map((a) => [a.id, a.label])),
      seal: seal ? { by: seal.by, at: seal.at, stage: seal.stage } : null,
      errors,
      warnings: check.findings.length - check.findings.filter((f) => f.severity === "error").length,
    };
  } catch (e) {
    // a damaged file can break what a sound one guarantees: it is reported, and the other blocs are still checked
    return broken(entry.file, [unreadable(e, entry.file)]);
  }
}

/** `thidua board`: every bloc workbook checked one after the other; one broken file never stops the others. */
export async function checkBoard(entries: readonly BoardEntry[], agreed: readonly AgreedRubric[] = [], onProgress?: (done: number, total: number, file: string) => void): Promise<BoardBloc[]> {
  const out: BoardBloc[] = [];
  for (const entry of entries) {
    out.push(await checkBlocWorkbook(entry, agreed));
    onProgress?.(out.length, entries.length, entry.file);
  }
  return out;
}
