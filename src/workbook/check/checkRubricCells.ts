import { finding, type Finding } from "../../domain/findings";
import type { RubricChange } from "../../domain/rubricDiff";
import { isGroup, walkTree } from "../../domain/rubricTree";
import type { Rubric } from "../../domain/types";
import type { WorkbookLabels } from "../../i18n/workbook";
import { cellRef } from "../a1";
import { HEADER_ROW, type UnitLayout } from "../layout";
import type { CellScalar, PlanSheet } from "../plan";
import { cellAt, type CellValue, type SheetSnapshot } from "../snapshot";

/** A cell that shows one field of the agreed rubric. */
export interface RubricCell {
  readonly row: number;
  readonly col: number;
  readonly kind: RubricChange["kind"];
  readonly id: string;
  readonly field: string;
}

/** Where the rubric sheet shows each field: rows are found in the plan by id (or label), in the plan's order. */
export function rubricSheetCells(rubric: Rubric, plan: PlanSheet, labels: WorkbookLabels): RubricCell[] {
  const out: RubricCell[] = [];
  let cursor = HEADER_ROW + 1;
  const next = (col: number, value: CellScalar): number => {
    // from the cursor on, not from the top: the rows come in the plan's order (a 120-criterion rubric's sheet has
    // ~150 rows, looked through once per node)
    for (let r = cursor; r < plan.values.length; r++) {
      if (plan.values[r][col] === value) {
        cursor = r + 1;
        return r;
      }
    }
    return -1;
  };
  const add = (row: number, kind: RubricCell["kind"], id: string, fields: Readonly<Record<number, string>>) => {
    if (row < 0) return;
    for (const [col, field] of Object.entries(fields)) out.push({ row, col: Number(col), kind, id, field });
  };
  for (const { node } of walkTree(rubric)) {
    if (isGroup(node)) add(next(0, node.id), "section", node.id, { 0: "id", 1: "name", 2: "maxPoints" });
    else add(next(0, node.id), "criterion", node.id, { 0: "id", 1: "name", 2: "maxPoints", 3: "weight", 4: "guidance" });
  }
  for (const b of rubric.bonus.items) add(next(0, b.id), "bonus", b.id, { 0: "id", 1: "name", 2: "maxPoints", 3: "pointsPerEvent" });
  for (const d of rubric.deductions.items) add(next(0, d.id), "deduction", d.id, { 0: "id", 1: "name", 2: "maxPoints", 3: "pointsPerEvent", 4: "vetoAward" });
  for (const level of rubric.classification) add(next(1, level.label), "setting", "", { 1: "classification", 2: "classification", 3: "classification" });
  for (const a of rubric.awards) add(next(1, a.label), "setting", "", { 1: "awards", 2: "awards", 3: "awards", 4: "awards" });
  add(next(1, labels.rubric.step), "setting", "", { 2: "step" });
  add(next(1, labels.rubric.decimals), "setting", "", { 2: "decimals" });
  return out;
}

/** Where every unit sheet shows the rubric: maxima, weights, points per event, caps (the formulas read these cells). */
export function unitSheetCells(rubric: Rubric, layout: UnitLayout): RubricCell[] {
  const c = layout.col;
  const out: RubricCell[] = [];
  // sections and the groups inside them (their caps are what the formulas read)
  for (const n of layout.nodes) {
    if (!n.group) continue;
    out.push({ row: n.row, col: c.id, kind: "section", id: n.node.id, field: "id" }, { row: n.row, col: c.max, kind: "section", id: n.node.id, field: "maxPoints" });
  }
  const kindOf = { criterion: "criterion", bonus: "bonus", deduction: "deduction" } as const;
  for (const it of layout.items) {
    const kind = kindOf[it.kind];
    out.push({ row: it.row, col: c.name, kind, id: it.id, field: "name" }, { row: it.row, col: c.max, kind, id: it.id, field: "maxPoints" });
    out.push({ row: it.row, col: c.weight, kind, id: it.id, field: it.kind === "criterion" ? "weight" : "pointsPerEvent" });
  }
  if (layout.bonus) out.push({ row: layout.bonus.titleRow, col: c.max, kind: "setting", id: "", field: "bonusMaxTotal" });
  if (layout.deductions) out.push({ row: layout.deductions.titleRow, col: c.max, kind: "setting", id: "", field: "deductionsMaxTotal" });
  return out;
}

function scalar(v: CellValue | undefined): CellScalar {
  if (v === undefined) return null;
  if (v !== null && typeof v === "object") return v.error;
  if (typeof v !== "string") return v;
  const t = v.replace(/\s+/g, " ").trim();
  return t === "" ? null : t;
}

function same(a: CellScalar, b: CellScalar): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) < 1e-9;
  return a === b;
}

/** ERR_RUBRIC_CHANGED for every shown rubric field that no longer says what generation wrote there. */
export function checkRubricCells(expected: PlanSheet, found: SheetSnapshot, cells: readonly RubricCell[], unit?: string): Finding[] {
  const out: Finding[] = [];
  // an indexed loop: every unit sheet's ~370 cells, in a fresh process where for…of's iterator costs more
  for (let k = 0; k < cells.length; k++) {
    const { row, col } = cells[k];
    const want = expected.values[row]?.[col] ?? null;
    const have = cellAt(found, row, col);
    if (want === have) continue;
    const { kind, id, field } = cells[k];
    const before = scalar(want);
    const after = scalar(have);
    if (same(before, after)) continue;
    const cell = cellRef(row, col);
    const item = kind === "criterion" || kind === "bonus" || kind === "deduction" ? id : undefined;
    out.push(finding("ERR_RUBRIC_CHANGED", { origin: "sheet", kind, id, field, before, after }, { unit, item, source: { sheet: found.name, cell } }));
  }
  return out;
}

/**
 * The rubric as the rubric sheet shows it: `stored` with every shown name, maximum, weight, points per event,
 * guidance and veto replaced by the sheet's. When the stored rubric was edited, this may be the original (its
 * fingerprint tells), and then what was edited can be named.
 */
export function rubricAsShown(stored: Rubric, found: SheetSnapshot, cells: readonly RubricCell[], labels: WorkbookLabels): Rubric {
  const copy = JSON.parse(JSON.stringify(stored)) as Record<string, unknown> & Rubric;
  const entries = new Map<string, Record<string, unknown>>();
  for (const { node } of walkTree(copy)) entries.set(`${isGroup(node) ? "section" : "criterion"}:${node.id}`, node as unknown as Record<string, unknown>);
  for (const b of copy.bonus.items) entries.set(`bonus:${b.id}`, b as unknown as Record<string, unknown>);
  for (const d of copy.deductions.items) entries.set(`deduction:${d.id}`, d as unknown as Record<string, unknown>);
  for (const { row, col, kind, id, field } of cells) {
    const entry = entries.get(`${kind}:${id}`);
    if (!entry || field === "id") continue;
    const v = scalar(cellAt(found, row, col));
    if (field === "vetoAward") entry.vetoAward = v === labels.yes;
    else if (field === "guidance") {
      if (v === null) delete entry.guidance;
      else entry.guidance = String(v);
    } else entry[field] = v;
  }
  return copy;
}
