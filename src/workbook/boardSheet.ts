import type { BoardLabels } from "../i18n/board";
import { cellRef, formulaText, rangeRef } from "./a1";
import { BASE_FONT, GENERAL_FORMAT, HIGHLIGHTS, STYLES } from "./formats";
import { FIRST_BODY_ROW, HEADER_ROW, HINT_ROW, SUBTITLE_ROW, TITLE_ROW } from "./layout";
import type { CellScalar, PlanSheet, WorkbookPlan } from "./plan";
import { sheetDraft } from "./sheetDraft";

/** One bloc's line of the Board's summary, every cell already in words. */
export interface BoardRowView {
  readonly file: string;
  readonly bloc: string;
  readonly year: number | null;
  readonly status: string;
  readonly first: string;
  readonly second: string;
  readonly third: string;
  readonly awards: string;
  readonly seal: string;
  readonly sealed: boolean;
  readonly agreed: string;
  readonly errorCount: number;
  readonly errors: string;
}

export interface BoardErrorView {
  readonly file: string;
  readonly code: string;
  readonly sheet: string;
  readonly cell: string;
  readonly unit: string;
  readonly message: string;
}

const KEYS = ["index", "file", "bloc", "year", "status", "first", "second", "third", "awards", "seal", "agreed", "errorCount", "errors"] as const;
const WIDTHS = [5, 22, 30, 6, 14, 22, 22, 22, 32, 26, 24, 7, 80];
const ERROR_WIDTHS = [5, 22, 22, 24, 8, 8, 100];

function table(name: string, header: readonly string[], rows: readonly (readonly CellScalar[])[], widths: readonly number[], title: string, subtitle: string, hint: string): { sheet: ReturnType<typeof sheetDraft>; last: number } {
  const d = sheetDraft(name);
  const lastCol = header.length - 1;
  d.value(TITLE_ROW, 0, title);
  d.value(SUBTITLE_ROW, 0, subtitle);
  d.value(HINT_ROW, 0, hint);
  for (const r of [TITLE_ROW, SUBTITLE_ROW, HINT_ROW]) d.merge(rangeRef(r, 0, r, lastCol));
  d.format({ range: rangeRef(TITLE_ROW, 0, TITLE_ROW, lastCol), style: "title" });
  d.format({ range: rangeRef(SUBTITLE_ROW, 0, SUBTITLE_ROW, lastCol), style: "subtitle" });
  d.format({ range: rangeRef(HINT_ROW, 0, HINT_ROW, lastCol), style: "hint" });
  d.rowHeight(TITLE_ROW, 24);
  header.forEach((h, c) => d.value(HEADER_ROW, c, h));
  d.format({ range: rangeRef(HEADER_ROW, 0, HEADER_ROW, lastCol), style: "header" });
  d.rowHeight(HEADER_ROW, 32);
  rows.forEach((cells, i) => {
    cells.forEach((v, c) => d.value(FIRST_BODY_ROW + i, c, v));
    // wrapped cells need the height: no program grows a row on opening
    const lines = Math.max(1, ...cells.map((v, c) => (typeof v === "string" ? v.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil([...part].length / (widths[c] * 0.9))), 0) : 1)));
    if (lines > 1) d.rowHeight(FIRST_BODY_ROW + i, Math.min(409, lines * 15));
  });
  const last = FIRST_BODY_ROW + Math.max(rows.length, 1) - 1;
  d.format({ range: rangeRef(FIRST_BODY_ROW, 0, last, lastCol), style: "text", numberFormat: GENERAL_FORMAT });
  return { sheet: d, last };
}

/**
 * The Board's summary workbook: one line per bloc workbook (places, proposed awards, seal, the agreed rubric used,
 * its errors), lines with errors in red and unsealed ones in yellow; and every error on a sheet of its own.
 */
export function buildBoardPlan(labels: BoardLabels, subtitle: string, rows: readonly BoardRowView[], errors: readonly BoardErrorView[]): WorkbookPlan {
  const C = labels.columns;
  const main = table(
    labels.sheets.summary,
    KEYS.map((k) => C[k]),
    rows.map((r, i) => [i + 1, r.file, r.bloc, r.year, r.status, r.first, r.second, r.third, r.awards, r.seal, r.agreed, r.errorCount, r.errors]),
    WIDTHS,
    labels.title,
    subtitle,
    labels.hint,
  );
  const last = main.last;
  const lastCol = KEYS.length - 1;
  const count = cellRef(FIRST_BODY_ROW, KEYS.indexOf("errorCount")).replace(/^([A-Z]+)/, "$$$1");
  const seal = cellRef(FIRST_BODY_ROW, KEYS.indexOf("seal")).replace(/^([A-Z]+)/, "$$$1");
  main.sheet.format({ range: rangeRef(FIRST_BODY_ROW, 0, last, 0), style: "number" });
  main.sheet.format({ range: rangeRef(FIRST_BODY_ROW, 3, last, 3), style: "number" });
  main.sheet.format({ range: rangeRef(FIRST_BODY_ROW, KEYS.indexOf("errorCount"), last, KEYS.indexOf("errorCount")), style: "number" });
  main.sheet.highlight({ range: rangeRef(FIRST_BODY_ROW, 0, last, lastCol), formula: `${count}>0`, highlight: "error" });
  main.sheet.highlight({ range: rangeRef(FIRST_BODY_ROW, 0, last, lastCol), formula: `AND(${count}=0,${seal}=${formulaText(labels.notSealed)})`, highlight: "missing" });
  const summary: PlanSheet = main.sheet.finish({
    columns: WIDTHS.map((width) => ({ width })),
    frozen: { rows: HEADER_ROW + 1, columns: 3 },
    protect: false,
    print: { paper: "A4", orientation: "landscape", fitToWidth: true, titleRows: { from: HEADER_ROW, to: HEADER_ROW } },
  });
  const E = labels.errorColumns;
  const detail = table(
    labels.sheets.errors,
    [E.index, E.file, E.code, E.sheet, E.cell, E.unit, E.message],
    errors.map((e, i) => [i + 1, e.file, e.code, e.sheet, e.cell, e.unit, e.message]),
    ERROR_WIDTHS,
    labels.title,
    subtitle,
    labels.hint,
  );
  detail.sheet.format({ range: rangeRef(FIRST_BODY_ROW, 0, detail.last, 0), style: "number" });
  const errorSheet = detail.sheet.finish({
    columns: ERROR_WIDTHS.map((width) => ({ width })),
    frozen: { rows: HEADER_ROW + 1, columns: 2 },
    protect: false,
    print: { paper: "A4", orientation: "landscape", fitToWidth: true, titleRows: { from: HEADER_ROW, to: HEADER_ROW } },
  });
  return { sheets: [summary, errorSheet], font: BASE_FONT, styles: STYLES, highlights: HIGHLIGHTS, names: [] };
}
