/**
 * Data validation and conditional formats as Excel keeps them, recorded so a test can read back what the host
 * set: the rule, prompt and alert of each validated area, and each conditional format with its formula and look,
 * in priority order. Formulas in both bind to sheets when written, like cell formulas (a rule naming another
 * sheet follows it when renamed), and are shown with the sheets' current names.
 */
import { rangeRef } from "../../../src/workbook/a1";
import { bindFormula, type Rect, type SheetRef } from "./cells";

/** One area's validation (d.ts DataValidation [ExcelApi 1.8]: rule, prompt, errorAlert, ignoreBlanks). */
export interface ValidationEntry {
  readonly address: string;
  /** the rule as the host set it; a `custom` rule's formula is in `formula`, bound */
  rule?: unknown;
  /** bound formula of a custom rule */
  formula?: string;
  prompt?: { showPrompt?: boolean; title?: string; message?: string };
  errorAlert?: { showAlert?: boolean; style?: string; title?: string; message?: string };
  /** d.ts DataValidation.ignoreBlanks: "Default is `true`" */
  ignoreBlanks: boolean;
}

/** One conditional format (d.ts ConditionalFormat [ExcelApi 1.6]); only the Custom kind is modelled. */
export interface ConditionalFormatEntry {
  readonly address: string;
  readonly type: string;
  /** bound formula of custom.rule.formula */
  formula?: string;
  /** custom.format.fill.color, custom.format.font.color / bold as set */
  fill?: string;
  fontColor?: string;
  bold?: boolean;
}

export type Finder = (name: string) => SheetRef | undefined;

function address(r: Rect): string {
  return rangeRef(r.top, r.left, r.top + r.rows - 1, r.left + r.cols - 1);
}

/**
 * The setter of one DataValidation object (a Range's or a RangeAreas'): setting `rule` gives each of its areas a
 * new validation; `prompt`, `errorAlert` and `ignoreBlanks` change the validations this object set.
 */
export function validationSetter(sheetList: () => ValidationEntry[], areas: () => readonly Rect[], find: Finder): (path: readonly string[], value: unknown) => void {
  let mine: ValidationEntry[] = [];
  return (path, value) => {
    const [prop] = path;
    const list = sheetList();
    if (prop === "rule") {
      const custom = (value as { custom?: { formula?: string } }).custom;
      mine = areas().map((r) => ({ address: address(r), rule: value, formula: custom?.formula !== undefined ? bindFormula(custom.formula, find) : undefined, ignoreBlanks: true }));
      list.push(...mine);
      return;
    }
    if (mine.length === 0) mine = areas().map((r) => ({ address: address(r), ignoreBlanks: true }));
    for (const e of mine) {
      if (!list.includes(e)) list.push(e);
      if (prop === "prompt") e.prompt = value as ValidationEntry["prompt"];
      else if (prop === "errorAlert") e.errorAlert = value as ValidationEntry["errorAlert"];
      else if (prop === "ignoreBlanks") e.ignoreBlanks = value as boolean;
    }
  };
}

/**
 * ConditionalFormatCollection.add (d.ts: "Adds a new conditional format to the collection at the first/top
 * priority"): the new format goes first in the sheet's list, which is kept in priority order. Returns the
 * setter of that format's properties (custom.rule.formula, custom.format.fill.color, custom.format.font.*).
 */
export function addConditionalFormat(sheetList: () => ConditionalFormatEntry[], area: () => Rect, type: string, find: Finder): { insert: () => void; set: (path: readonly string[], value: unknown) => void } {
  let entry: ConditionalFormatEntry = { address: "", type };
  return {
    insert: () => {
      entry = { address: address(area()), type };
      sheetList().unshift(entry);
    },
    set: (path, value) => {
      const p = path.join(".");
      if (p === "custom.rule.formula") entry.formula = bindFormula(String(value), find);
      else if (p === "custom.format.fill.color") entry.fill = String(value);
      else if (p === "custom.format.font.color") entry.fontColor = String(value);
      else if (p === "custom.format.font.bold") entry.bold = Boolean(value);
    },
  };
}
