/**
 * A WorkbookPlan is everything a host must write to make the bloc's workbook, as plain data. Every part is a
 * whole 2-D block or a short list of rectangular ranges, so a host (the .xlsx writer, or Office.js in a few
 * `context.sync()` calls) applies it without a call per cell.
 *
 * Conventions: rows and columns are 0-based (A1 = row 0, col 0); ranges are A1 strings without a sheet
 * ("E6:G11"); formulas start with "=" as Excel shows them and use English function names and "," separators.
 */

export type CellScalar = string | number | boolean | null;

/** A small closed set of looks; hosts map each to their own style objects. */
export type StyleName =
  | "title"
  | "subtitle"
  | "hint"
  | "header"
  | "section"
  | "text"
  | "number"
  | "input"
  | "computed"
  | "total"
  | "helper"
  | "signHint";

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
  /** font colour, RRGGBB */
  readonly color?: string;
  /** solid fill, RRGGBB */
  readonly fill?: string;
  readonly horizontal?: "left" | "center" | "right";
  readonly vertical?: "top" | "middle" | "bottom";
  readonly wrap?: boolean;
  readonly border?: boolean;
}

export interface PlanFormat {
  readonly range: string;
  readonly style?: StyleName;
  readonly numberFormat?: string;
  /** false = an input cell the user may edit while the sheet is protected */
  readonly locked?: boolean;
}

/**
 * A data-validation rule. `decimal` / `whole`: a number in [min, max]; `textLength`: text of min..max characters;
 * `custom`: `formula` (relative to the range's top-left cell, without "=") must be TRUE — e.g. "a number in
 * [0, max] or the text KAD" (Excel 2010 and LibreOffice both read all four from .xlsx).
 */
export interface PlanValidation {
  readonly range: string;
  readonly kind: "decimal" | "whole" | "textLength" | "custom";
  readonly min: number;
  /** absent: no upper limit */
  readonly max?: number;
  /** the rule of a `custom` validation */
  readonly formula?: string;
  readonly promptTitle: string;
  readonly prompt: string;
  readonly errorTitle: string;
  readonly error: string;
}

export type Highlight = "error" | "missing";

export interface PlanConditionalFormat {
  readonly range: string;
  /** relative to the range's top-left cell, without "=" */
  readonly formula: string;
  readonly highlight: Highlight;
}

export interface PlanColumn {
  readonly width?: number;
  readonly hidden?: boolean;
}

export interface PlanPrint {
  readonly paper: "A4";
  readonly orientation: "landscape" | "portrait";
  readonly fitToWidth: boolean;
  /** 0-based rows repeated at the top of every printed page */
  readonly titleRows?: { readonly from: number; readonly to: number };
}

export type SheetVisibility = "visible" | "hidden" | "veryHidden";

export interface PlanSheet {
  readonly name: string;
  readonly visibility: SheetVisibility;
  /** constants, from A1; null = empty */
  readonly values: readonly (readonly CellScalar[])[];
  /** formulas, same shape as values; null where the cell holds a constant or nothing */
  readonly formulas: readonly (readonly (string | null)[])[];
  readonly columns: readonly PlanColumn[];
  /** 0-based row → height in points */
  readonly rowHeights: readonly { readonly row: number; readonly height: number }[];
  readonly formats: readonly PlanFormat[];
  readonly merges: readonly string[];
  readonly frozen?: { readonly rows: number; readonly columns: number };
  readonly validations: readonly PlanValidation[];
  /** in priority order: where two apply to a cell, the earlier one wins */
  readonly conditionalFormats: readonly PlanConditionalFormat[];
  /** protected without a password: locked cells can't be edited, input cells (locked: false) can */
  readonly protect: boolean;
  readonly print?: PlanPrint;
}

export interface PlanName {
  readonly name: string;
  readonly sheet: string;
  readonly range: string;
}

export interface WorkbookPlan {
  readonly sheets: readonly PlanSheet[];
  /** every cell's font unless a style says otherwise */
  readonly font: { readonly name: string; readonly size: number };
  readonly styles: Readonly<Record<StyleName, CellStyle>>;
  readonly highlights: Readonly<Record<Highlight, CellStyle>>;
  readonly names: readonly PlanName[];
}
