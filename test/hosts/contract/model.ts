/**
 * The contract itself, as a model of a workbook that the host operations change: what every host must hold after
 * the same applyPlan / writeValues / removeSheets calls. It shares no code with any host.
 *
 * - applyPlan: each plan sheet replaces the sheet of the same name (ignoring case) in its place, or is added after
 *   the last sheet, in plan order. A sheet holds exactly the plan's constants and formulas, its visibility and
 *   protection; a cell is locked unless the last format over it says `locked: false`; each cell has the last validation over it; conditional formats keep the plan's order as
 *   their priority (the first is on top). The plan's names replace names of the same spelling (ignoring case).
 * - writeValues: a constant in the cell (null empties it); formulas elsewhere stay.
 * - removeSheets: the named sheets go (ignoring case); names pointing into them are broken ("#REF!").
 *
 * Excel below some API sets legitimately lacks parts (src/hosts/excel/capabilities.ts, from the Office.js
 * reference). `Parts` says which parts a host carries; what it lacks is stated here, never skipped silently:
 * - protection (ExcelApi 1.2): without it every sheet is visible, none protected, every cell locked;
 * - names (ExcelApi 1.4): without it the plan's names are not added;
 * - conditionalFormats (ExcelApi 1.6) and dataValidation (ExcelApi 1.8): without them, none.
 */
import { cellRef, parseRange } from "../../../src/workbook/a1";
import type { CellScalar, PlanSheet, PlanValidation, SheetVisibility, WorkbookPlan } from "../../../src/workbook/plan";
import type { CellWrite } from "../../../src/workbook/snapshot";
import { normalCells, normalRange, normalReference, unlockedIn, validationState, type BookState, type Box, type ConditionalFormatState, type RuleState, type SheetState } from "./contractState";

export interface Parts {
  readonly protection: boolean;
  readonly names: boolean;
  readonly conditionalFormats: boolean;
  readonly dataValidation: boolean;
}

export const ALL_PARTS: Parts = { protection: true, names: true, conditionalFormats: true, dataValidation: true };

interface ModelSheet {
  name: string;
  visibility: SheetVisibility;
  protected: boolean;
  readonly cells: Map<string, { row: number; col: number; value: CellScalar; formula: string | null }>;
  readonly locks: readonly { range: string; locked: boolean }[];
  readonly validations: readonly { range: string; rule: RuleState }[];
  readonly conditionalFormats: readonly ConditionalFormatState[];
  readonly box: Box;
}

/** A plan validation as the user meets it. */
export function ruleOf(v: PlanValidation): RuleState {
  const base = {
    blanksAllowed: true,
    prompt: { title: v.promptTitle, message: v.prompt },
    alert: { style: "stop", title: v.errorTitle, message: v.error },
  };
  if (v.kind === "custom") return { kind: "custom", formula: v.formula ?? "TRUE", ...base };
  return v.max === undefined ? { kind: v.kind, operator: "greaterThanOrEqual", min: v.min, ...base } : { kind: v.kind, operator: "between", min: v.min, max: v.max, ...base };
}

function boxOf(sheet: PlanSheet): Box {
  const ranges = [...sheet.formats.map((f) => f.range), ...sheet.validations.map((v) => v.range), ...sheet.conditionalFormats.map((c) => c.range), ...sheet.merges];
  const corners = ranges.map((r) => parseRange(r)).filter((r) => r !== null);
  const rows = Math.max(sheet.values.length, sheet.formulas.length, ...corners.map((r) => r.bottom + 1));
  const cols = Math.max(sheet.columns.length, ...sheet.values.map((r) => r.length), ...corners.map((r) => r.right + 1));
  return { rows: rows + 2, cols: cols + 2 };
}

export class ContractModel {
  private sheets: ModelSheet[] = [];
  private readonly names = new Map<string, { name: string; sheet: string; range: string }>();

  constructor(private readonly parts: Parts = ALL_PARTS) {}

  private find(name: string): ModelSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  applyPlan(plan: WorkbookPlan): void {
    const p = this.parts;
    const replaced = new Set(plan.sheets.map((s) => s.name.toLowerCase()));
    this.dropNamesInto(this.sheets.filter((s) => replaced.has(s.name.toLowerCase())));
    for (const s of plan.sheets) {
      const cells = new Map<string, { row: number; col: number; value: CellScalar; formula: string | null }>();
      const height = Math.max(s.values.length, s.formulas.length);
      for (let row = 0; row < height; row++) {
        const width = Math.max(s.values[row]?.length ?? 0, s.formulas[row]?.length ?? 0);
        for (let col = 0; col < width; col++) {
          const formula = s.formulas[row]?.[col] ?? null;
          const value = s.values[row]?.[col] ?? null;
          if (formula !== null || (value !== null && value !== "")) cells.set(cellRef(row, col), { row, col, value: formula !== null ? null : value, formula });
        }
      }
      const look = (h: keyof WorkbookPlan["highlights"]) => {
        const l = plan.highlights[h];
        return { ...(l.fill ? { fill: l.fill.toUpperCase() } : {}), ...(l.color ? { color: l.color.toUpperCase() } : {}), ...(l.bold !== undefined ? { bold: l.bold } : {}) };
      };
      const sheet: ModelSheet = {
        name: s.name,
        visibility: p.protection ? s.visibility : "visible",
        protected: p.protection && s.protect,
        cells,
        locks: p.protection ? s.formats.filter((f) => f.locked !== undefined).map((f) => ({ range: f.range, locked: f.locked as boolean })) : [],
        validations: p.dataValidation ? s.validations.map((v) => ({ range: v.range, rule: ruleOf(v) })) : [],
        conditionalFormats: p.conditionalFormats ? s.conditionalFormats.map((c) => ({ range: normalRange(c.range), formula: c.formula, ...look(c.highlight) })) : [],
        box: boxOf(s),
      };
      const at = this.sheets.findIndex((x) => x.name.toLowerCase() === s.name.toLowerCase());
      if (at >= 0) this.sheets[at] = sheet;
      else this.sheets.push(sheet);
    }
    if (!p.names) return;
    for (const n of plan.names) this.names.set(n.name.toLowerCase(), { name: n.name, sheet: n.sheet, range: n.range });
  }

  writeValues(writes: readonly CellWrite[]): void {
    for (const w of writes) {
      const s = this.find(w.sheet);
      if (!s) throw new Error(`the model has no sheet ${w.sheet}`);
      const ref = cellRef(w.row, w.col);
      if (w.value === null || w.value === "") s.cells.delete(ref);
      else s.cells.set(ref, { row: w.row, col: w.col, value: w.value, formula: null });
    }
  }

  removeSheets(names: readonly string[]): void {
    const doomed = new Set(names.map((n) => n.toLowerCase()));
    this.dropNamesInto(this.sheets.filter((s) => doomed.has(s.name.toLowerCase())));
    this.sheets = this.sheets.filter((s) => !doomed.has(s.name.toLowerCase()));
  }

  private dropNamesInto(gone: readonly ModelSheet[]): void {
    const lower = new Set(gone.map((s) => s.name.toLowerCase()));
    for (const [k, n] of this.names) if (lower.has(n.sheet.toLowerCase())) this.names.set(k, { ...n, sheet: "", range: "#REF!" });
  }

  /** The box of each sheet, where locks are compared. */
  boxes(): Map<string, Box> {
    return new Map(this.sheets.map((s) => [s.name, s.box]));
  }

  state(): BookState {
    return {
      sheets: this.sheets.map((s): SheetState => {
        const height = Math.max(0, ...[...s.cells.values()].map((c) => c.row + 1));
        const values: CellScalar[][] = Array.from({ length: height }, () => []);
        const formulas: (string | null)[][] = Array.from({ length: height }, () => []);
        for (const c of s.cells.values()) {
          values[c.row][c.col] = c.value;
          formulas[c.row][c.col] = c.formula;
        }
        const unlocked = new Set<string>();
        for (const l of s.locks) {
          const r = parseRange(l.range);
          if (!r) continue;
          for (let row = r.top; row <= r.bottom; row++) {
            for (let col = r.left; col <= r.right; col++) {
              if (l.locked) unlocked.delete(`${row},${col}`);
              else unlocked.add(`${row},${col}`);
            }
          }
        }
        return {
          name: s.name,
          visibility: s.visibility,
          protected: s.protected,
          ...normalCells({ values: values.map((r) => Array.from(r, (v) => v ?? null)), formulas: formulas.map((r) => Array.from(r, (f) => f ?? null)) }),
          unlocked: unlockedIn(s.box, (row, col) => !unlocked.has(`${row},${col}`)),
          validations: validationState(s.validations),
          conditionalFormats: s.conditionalFormats,
        };
      }),
      names: Object.fromEntries([...this.names.values()].map((n) => [n.name, n.sheet ? normalReference(`'${n.sheet.replace(/'/g, "''")}'!${n.range}`) : "#REF!"])),
    };
  }
}
