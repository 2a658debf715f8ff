import type { CellScalar, PlanColumn, PlanConditionalFormat, PlanFormat, PlanPrint, PlanSheet, PlanValidation, SheetVisibility } from "./plan";

/**
 * A sheet being laid out: cells are set one by one while building, then frozen into a PlanSheet's dense 2-D
 * blocks. Only the builders use it; the plan itself stays plain data.
 */
export interface SheetDraft {
  readonly value: (row: number, col: number, v: CellScalar) => void;
  readonly formula: (row: number, col: number, f: string) => void;
  readonly format: (f: PlanFormat) => void;
  readonly merge: (range: string) => void;
  readonly validate: (v: PlanValidation) => void;
  readonly highlight: (c: PlanConditionalFormat) => void;
  readonly rowHeight: (row: number, height: number) => void;
  readonly finish: (options: {
    readonly columns: readonly PlanColumn[];
    readonly visibility?: SheetVisibility;
    readonly frozen?: { readonly rows: number; readonly columns: number };
    readonly protect?: boolean;
    readonly print?: PlanPrint;
  }) => PlanSheet;
}

export function sheetDraft(name: string): SheetDraft {
  const values: CellScalar[][] = [];
  const formulas: (string | null)[][] = [];
  const formats: PlanFormat[] = [];
  const merges: string[] = [];
  const validations: PlanValidation[] = [];
  const conditionalFormats: PlanConditionalFormat[] = [];
  const rowHeights: { row: number; height: number }[] = [];
  let width = 0;
  const touch = (row: number, col: number) => {
    while (values.length <= row) values.push([]);
    while (formulas.length <= row) formulas.push([]);
    width = Math.max(width, col + 1);
  };
  return {
    value(row, col, v) {
      touch(row, col);
      // an empty text is an empty cell in every spreadsheet: say so once, here
      values[row][col] = v === "" ? null : v;
      formulas[row][col] = null;
    },
    formula(row, col, f) {
      touch(row, col);
      values[row][col] = null;
      formulas[row][col] = f.startsWith("=") ? f : `=${f}`;
    },
    format: (f) => void formats.push(f),
    merge: (r) => void merges.push(r),
    validate: (v) => void validations.push(v),
    highlight: (c) => void conditionalFormats.push(c),
    rowHeight: (row, height) => void rowHeights.push({ row, height }),
    finish(options) {
      const w = Math.max(width, options.columns.length);
      // dense rectangles: a host writes each as one block
      const pad = <T>(rows: T[][]) =>
        rows.map((r) => {
          const out = new Array<T | null>(w);
          for (let c = 0; c < w; c++) out[c] = r[c] ?? null;
          return out;
        });
      return {
        name,
        visibility: options.visibility ?? "visible",
        values: pad(values) as CellScalar[][],
        formulas: pad(formulas) as (string | null)[][],
        columns: options.columns,
        rowHeights,
        formats,
        merges,
        frozen: options.frozen,
        validations,
        conditionalFormats,
        protect: options.protect ?? true,
        print: options.print,
      };
    },
  };
}
