/**
 * Each host's workbook read into the contract's normal form: cells from the host's own snapshot(); the guard rails
 * of the xlsx host from the saved file's XML (test/support/xlsxParts.ts), those of Office.js from the fake Excel's
 * recorded state (what the host asked Excel to set, as Excel keeps it).
 */
import { rangeRef } from "../../../src/workbook/a1";
import type { WorkbookSnapshot } from "../../../src/workbook/snapshot";
import type { FakeExcel } from "../../support/fakeExcel";
import type { ValidationEntry } from "../../support/fakeExcel/rules";
import { readXlsxParts, type XlsxValidation } from "../../support/xlsxParts";
import { normalCells, normalRange, normalReference, unlockedIn, validationState, type BookState, type Box, type RuleState } from "./contractState";

const DEFAULT_BOX: Box = { rows: 12, cols: 12 };

const KINDS: Record<string, RuleState["kind"]> = { decimal: "decimal", whole: "whole", wholeNumber: "whole", textLength: "textLength", custom: "custom" };
const OPERATORS: Record<string, RuleState["operator"]> = { between: "between", Between: "between", greaterThanOrEqual: "greaterThanOrEqual", GreaterThanOrEqualTo: "greaterThanOrEqual" };

function xlsxRule(v: XlsxValidation): RuleState {
  const kind = KINDS[v.type] ?? (v.type as RuleState["kind"]);
  const prompt = v.showInputMessage ? { title: v.promptTitle ?? "", message: v.prompt ?? "" } : null;
  const alert = v.showErrorMessage ? { style: "stop", title: v.errorTitle ?? "", message: v.error ?? "" } : null;
  if (kind === "custom") return { kind, formula: v.formula1, blanksAllowed: v.allowBlank, prompt, alert };
  // SpreadsheetML: operator defaults to "between"
  const operator = OPERATORS[v.operator ?? "between"] ?? (v.operator as RuleState["operator"]);
  return {
    kind,
    operator,
    min: Number(v.formula1),
    ...(v.formula2 !== undefined ? { max: Number(v.formula2) } : {}),
    blanksAllowed: v.allowBlank,
    prompt,
    alert,
  };
}

/** The xlsx host's workbook: its snapshot, and the saved bytes' parts. */
export function xlsxState(snapshot: WorkbookSnapshot, bytes: Uint8Array, boxes: ReadonlyMap<string, Box>): BookState {
  const parts = readXlsxParts(bytes);
  return {
    sheets: snapshot.sheets.map((s) => {
      const p = parts.sheets.find((x) => x.name === s.name);
      if (!p) throw new Error(`the snapshot has ${s.name}, the file's workbook.xml doesn't`);
      return {
        name: s.name,
        visibility: s.visibility,
        protected: s.protected,
        ...normalCells(s),
        unlocked: unlockedIn(boxes.get(s.name) ?? DEFAULT_BOX, p.locked),
        validations: validationState(p.validations.map((v) => ({ range: v.sqref, rule: xlsxRule(v) }))),
        conditionalFormats: p.conditionalFormats.map((c) => ({
          range: normalRange(c.sqref),
          formula: c.type === "expression" ? (c.formula ?? "") : `${c.type}?`,
          ...(c.fill ? { fill: c.fill } : {}),
          ...(c.color ? { color: c.color } : {}),
          ...(c.bold !== undefined ? { bold: c.bold } : {}),
        })),
      };
    }),
    names: Object.fromEntries(Object.entries(parts.names).map(([k, v]) => [k, v.includes("#REF!") ? "#REF!" : normalReference(v)])),
  };
}

const colour = (c: string) => c.replace(/^#/, "").toUpperCase();

function fakeRule(e: ValidationEntry, render: (bound: string) => string): RuleState {
  const rule = (e.rule ?? {}) as Record<string, { formula1?: number | string; formula2?: number | string; operator?: string; formula?: string }>;
  const [type, body] = Object.entries(rule)[0] ?? ["none", {}];
  const kind = KINDS[type] ?? (type as RuleState["kind"]);
  const prompt = e.prompt?.showPrompt ? { title: e.prompt.title ?? "", message: e.prompt.message ?? "" } : null;
  const alert = e.errorAlert?.showAlert ? { style: (e.errorAlert.style ?? "Stop").toLowerCase(), title: e.errorAlert.title ?? "", message: e.errorAlert.message ?? "" } : null;
  if (kind === "custom") return { kind, formula: e.formula !== undefined ? render(e.formula).replace(/^=/, "") : undefined, blanksAllowed: e.ignoreBlanks, prompt, alert };
  return {
    kind,
    operator: OPERATORS[body.operator ?? ""] ?? (body.operator as RuleState["operator"]),
    min: Number(body.formula1),
    ...(body.formula2 !== undefined ? { max: Number(body.formula2) } : {}),
    blanksAllowed: e.ignoreBlanks,
    prompt,
    alert,
  };
}

/** The Office.js host's workbook: its snapshot, and what the fake Excel holds. */
export function fakeState(snapshot: WorkbookSnapshot, fake: FakeExcel, boxes: ReadonlyMap<string, Box>): BookState {
  const render = (bound: string) => fake.book.render(bound);
  return {
    sheets: snapshot.sheets.map((s) => {
      const m = fake.sheet(s.name);
      if (!m) throw new Error(`the snapshot has ${s.name}, the fake doesn't`);
      return {
        name: s.name,
        visibility: s.visibility,
        protected: s.protected,
        ...normalCells(s),
        unlocked: unlockedIn(boxes.get(s.name) ?? DEFAULT_BOX, (r, c) => m.isLocked(r, c)),
        validations: validationState(m.validations.map((v) => ({ range: v.address, rule: fakeRule(v, render) }))),
        conditionalFormats: m.conditionalFormats.map((c) => ({
          range: normalRange(c.address),
          formula: c.type === "Custom" ? render(c.formula ?? "").replace(/^=/, "") : `${c.type}?`,
          ...(c.fill ? { fill: colour(c.fill) } : {}),
          ...(c.fontColor ? { color: colour(c.fontColor) } : {}),
          ...(c.bold !== undefined ? { bold: c.bold } : {}),
        })),
      };
    }),
    names: Object.fromEntries(
      fake.book.names.map((n) => {
        if (n.sheet.deleted) return [n.name, "#REF!"];
        const [top, left, rows, cols] = n.address.split(",").map(Number);
        return [n.name, normalReference(`'${n.sheet.name.replace(/'/g, "''")}'!${rangeRef(top, left, top + rows - 1, left + cols - 1)}`)];
      }),
    ),
  };
}
