import type { TieExplanation } from "../domain/tieExplanations";
import type { Bloc, Rubric } from "../domain/types";
import { formatNumber } from "../i18n/format";
import { reportLabels } from "../i18n/report";
import type { Lang } from "../i18n/types";
import { workbookLabels } from "../i18n/workbook";
import { rangeRef } from "./a1";
import { BASE_FONT, GENERAL_FORMAT, HIGHLIGHTS, numberFormat } from "./formats";
import type { CellStyle, StyleName, WorkbookPlan } from "./plan";
import { sheetDraft, type SheetDraft } from "./sheetDraft";

/** One line of the ranked table, in rank order (incomplete units last). */
export interface ReportRow {
  readonly name: string;
  readonly complete: boolean;
  readonly total: number;
  readonly rank: number | null;
  readonly classification: string | null;
  /** the award's label */
  readonly award: string | null;
  readonly vetoed: boolean;
  /** the criteria total before and after it was brought back to the full scale; null when not rescaled */
  readonly rescaled: { readonly points: number; readonly total: number } | null;
}

export interface ReportInput {
  readonly rubric: Rubric;
  readonly bloc: Bloc;
  readonly sheet: string;
  readonly rows: readonly ReportRow[];
  readonly ties: readonly TieExplanation[];
  /** unit id → name, for the tie explanations */
  readonly names: ReadonlyMap<string, string>;
  /** next year's head and deputy (unit names), null = left blank to fill in */
  readonly nextHead: string | null;
  readonly nextDeputy: string | null;
  /** who signs: this year's head and deputy (unit names) */
  readonly signers: { readonly head: string | null; readonly deputy: string | null };
  readonly place: string | null;
  readonly date: { readonly y: number; readonly m: number; readonly d: number } | null;
  readonly seal: { readonly by: string; readonly at: string } | null;
  readonly lang?: Lang;
}

/**
 * A report plan brings its own looks under the plan's closed set of style names: a document has paragraphs and
 * signature blocks where the scoring sheets have inputs and totals.
 */
export const REPORT_STYLES: Readonly<Record<StyleName, CellStyle>> = {
  title: { bold: true, size: 14, horizontal: "center", vertical: "middle" },
  subtitle: { bold: true, size: 13, horizontal: "center", vertical: "middle" },
  hint: { italic: true, horizontal: "center", vertical: "top" },
  header: { bold: true, fill: "D9E1F2", horizontal: "center", vertical: "middle", wrap: true, border: true },
  section: { bold: true, vertical: "top" },
  text: { vertical: "top", wrap: true },
  number: { horizontal: "center", vertical: "top", border: true },
  input: { vertical: "top", border: true },
  computed: { vertical: "top", border: true, wrap: true },
  total: { bold: true, horizontal: "center", vertical: "top", wrap: true },
  helper: { italic: true, size: 11, vertical: "top" },
  signHint: { italic: true, horizontal: "center", vertical: "top" },
};

const LAST = 6; // columns A..G
const LEFT = [0, 2] as const; // A..C: the issuer, the deputy's signature
const RIGHT = [3, 6] as const; // D..G: the motto, the head's signature
const LINE = 17; // points per line of 12-point text

/** Column widths in characters: the unit column fits the longest name, so no name is broken over two lines. */
function widths(rows: readonly ReportRow[]): number[] {
  const longest = Math.max(0, ...rows.map((r) => [...r.name].length));
  return [6, Math.min(50, Math.max(26, longest + 4)), 10, 9, 7, 22, 24];
}

/**
 * Lines a text needs in a cell `width` characters wide. Programs do not grow rows to fit wrapped text on opening
 * (Excel keeps the stored height, LibreOffice only fits rows it thinks are automatic), so heights are set here.
 * A bold or capital text takes more room per character.
 */
function linesFor(text: string, width: number, wide = false): number {
  const perLine = width * (wide ? 0.75 : 0.9);
  return text.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil([...part].length / perLine)), 0);
}

/** A paragraph merged across `from..to`, its row as high as its text needs at that width. */
function paragraph(d: SheetDraft, row: number, text: string, style: StyleName, cols: readonly number[], from = 0, to = LAST, heights?: Map<number, number>): void {
  d.value(row, from, text);
  d.merge(rangeRef(row, from, row, to));
  d.format({ range: rangeRef(row, from, row, to), style });
  const width = cols.slice(from, to + 1).reduce((a, b) => a + b, 0);
  const wide = REPORT_STYLES[style].bold === true || text === text.toLocaleUpperCase("vi");
  const lines = linesFor(text, width, wide);
  const height = Math.max(heights?.get(row) ?? 0, lines * LINE);
  heights?.set(row, height);
  if (lines > 1 || (heights?.get(row) ?? 0) > LINE) d.rowHeight(row, height);
}

function tieSentences(input: ReportInput, lang: Lang): string[] {
  const L = reportLabels[lang];
  const name = (id: string) => input.names.get(id) ?? id;
  const sectionName = (key: string) => input.rubric.sections.find((s) => `section:${s.id}` === key)?.name ?? null;
  return input.ties.map((t) => {
    const parts = t.decisions.map((dec, i) => {
      const [a, b] = [name(t.units[i]), name(t.units[i + 1])];
      if (dec.kind === "key") return L.tieByKey(a, b, L.tieKey(dec.key, sectionName(dec.key)));
      return dec.kind === "vote" ? L.tieByVote(a, b) : L.tieOpen(a, b);
    });
    return `${L.tieGroup(t.units.map(name), formatNumber(t.total, lang, input.rubric.scale.decimals))}: ${parts.join("; ")}.`;
  });
}

/**
 * "Báo cáo kết quả chấm điểm" as a plan of one sheet: the national motto beside the bloc, place and date, the
 * title, the ranked table with places and proposed awards, how ties were decided, next year's head and deputy,
 * whether the result is sealed, and the signature blocks; A4 portrait, one page wide. Values, not formulas: it is
 * the document the meeting signs, and it changes only when `thidua report` is run again.
 */
export function buildReportPlan(input: ReportInput): WorkbookPlan {
  const lang = input.lang ?? "vi";
  const L = reportLabels[lang];
  const W = workbookLabels[lang];
  const cols = widths(input.rows);
  const d = sheetDraft(input.sheet);
  const { rubric, bloc } = input;
  const heights = new Map<number, number>();
  const para = (row: number, text: string, style: StyleName, from = 0, to = LAST) => paragraph(d, row, text, style, cols, from, to, heights);

  // the issuer may need two lines: it spans the nation's and the motto's rows, as on a printed letterhead
  d.value(0, LEFT[0], L.issuer(bloc.name));
  d.merge(rangeRef(0, LEFT[0], 1, LEFT[1]));
  d.format({ range: rangeRef(0, LEFT[0], 1, LEFT[1]), style: "total" });
  para(0, L.nation, "total", ...RIGHT);
  para(1, L.motto, "total", ...RIGHT);
  para(2, L.placeDate(input.place, input.date), "hint", ...RIGHT);
  para(4, L.title, "title");
  para(5, L.subtitle(rubric.year), "subtitle");
  para(7, L.intro(bloc.name, bloc.units.length, rubric.year), "text");

  const header = 8;
  const C = L.columns;
  [C.index, C.unit, C.total, C.rank, C.place, C.classification, C.award].forEach((h, c) => d.value(header, c, h));
  d.format({ range: rangeRef(header, 0, header, LAST), style: "header" });
  d.rowHeight(header, 2 * LINE);
  const decimals = rubric.scale.decimals;
  // a rescaled unit's total is not the sum of its printed criteria points: the line under its name shows the step
  const unitText = (r: ReportRow) =>
    r.rescaled ? `${r.name}\n${L.rescaled(formatNumber(r.rescaled.points, lang, decimals), formatNumber(r.rescaled.total, lang, decimals))}` : r.name;
  input.rows.forEach((r, i) => {
    const row = header + 1 + i;
    const place = r.complete && r.rank !== null && r.rank <= 3 ? W.places[r.rank - 1] : null;
    const note = !r.complete ? L.incomplete : r.vetoed && !r.award ? L.vetoed : null;
    const cells = [i + 1, unitText(r), r.total, r.complete ? r.rank : null, place, r.complete ? r.classification : note, r.award ?? (r.complete ? note : null)];
    cells.forEach((v, c) => d.value(row, c, v));
    const lines = Math.max(...[1, 5, 6].map((c) => (typeof cells[c] === "string" ? linesFor(cells[c] as string, cols[c]) : 1)));
    if (lines > 1) d.rowHeight(row, lines * LINE);
  });
  const last = header + Math.max(1, input.rows.length);
  d.format({ range: rangeRef(header + 1, 0, last, 0), style: "number", numberFormat: GENERAL_FORMAT });
  d.format({ range: rangeRef(header + 1, 1, last, 1), style: "input" });
  // only a rescaled unit's cell wraps, so every other row prints exactly as before
  input.rows.forEach((r, i) => r.rescaled && d.format({ range: rangeRef(header + 1 + i, 1, header + 1 + i, 1), style: "computed" }));
  d.format({ range: rangeRef(header + 1, 2, last, 2), style: "number", numberFormat: numberFormat(rubric.scale.decimals) });
  d.format({ range: rangeRef(header + 1, 3, last, 4), style: "number", numberFormat: GENERAL_FORMAT });
  d.format({ range: rangeRef(header + 1, 5, last, 6), style: "computed" });

  let row = last + 2;
  para(row++, L.tiesTitle, "section");
  const ties = tieSentences(input, lang);
  for (const s of ties.length > 0 ? ties : [L.noTies]) para(row++, s, "text");
  row++;
  para(row++, L.nextYearTitle(rubric.year + 1), "section");
  para(row++, L.nextHead(input.nextHead), "text");
  para(row++, L.nextDeputy(input.nextDeputy), "text");
  row++;
  para(row++, input.seal ? L.sealed(input.seal.by, input.seal.at) : L.notSealed, "helper");
  row++;

  para(row, L.deputyTitle, "total", ...LEFT);
  para(row++, L.headTitle, "total", ...RIGHT);
  para(row, L.signHint, "hint", ...LEFT);
  para(row++, L.signHint, "hint", ...RIGHT);
  d.rowHeight(row++, 4 * LINE); // room to sign and stamp
  para(row, input.signers.deputy ?? "", "total", ...LEFT);
  para(row++, input.signers.head ?? "", "total", ...RIGHT);
  row++;
  para(row++, L.recipientsTitle, "section", ...LEFT);
  for (const r of L.recipients) para(row++, r, "helper", ...LEFT);

  const sheet = d.finish({
    columns: cols.map((width) => ({ width })),
    protect: false,
    print: { paper: "A4", orientation: "portrait", fitToWidth: true, titleRows: { from: header, to: header } },
  });
  return { sheets: [sheet], font: BASE_FONT, styles: REPORT_STYLES, highlights: HIGHLIGHTS, names: [] };
}
