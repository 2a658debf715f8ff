import { fromMicro, mulMicro, toMicro } from "../../domain/fixed";
import { finding, type Finding } from "../../domain/findings";
import type { SourceRef } from "../../domain/types";
import { cellRef } from "../a1";
import type { ColumnKey, CriteriaHeader } from "./criteriaHeader";
import type { TableNode } from "./readCriteriaTable";

/** Where each part of the rubric came from: a JSON path ("sections.0.criteria.2.maxPoints") → its cell. */
export type CellMap = Map<string, SourceRef>;

export interface TableTree {
  /** the rubric's `sections`, as rubric.json would hold them */
  readonly sections: readonly unknown[];
  readonly cells: CellMap;
  readonly findings: readonly Finding[];
}

const FIELD_COLUMN: Readonly<Record<string, ColumnKey>> = { id: "id", name: "name", maxPoints: "max", weight: "weight", notApplicable: "notApplicable", guidance: "guidance", measure: "method" };

/**
 * The table's rows as the rubric's tree. A row with rows below it is a group: without a maximum its maximum is
 * what its children reach (a note), and it carries no weight, policy, guidance or method (a finding each). A row
 * with nothing below it is a criterion and needs its maximum; its weight is 1 when the cell is empty.
 */
export function tableTree(roots: readonly TableNode[], sheet: string, header: CriteriaHeader): TableTree {
  const cells: CellMap = new Map();
  const findings: Finding[] = [];
  const column = (key: ColumnKey) => header.columns[key] ?? (key === "id" ? header.columns.number : undefined) ?? header.columns.number!;
  const at = (row: number, key: ColumnKey): SourceRef => ({ sheet, cell: cellRef(row, column(key)) });

  /** builds a node; returns it with the micro-points it reaches (for a group without a maximum) */
  const build = (n: TableNode, path: string): { json: Record<string, unknown>; reach: number } => {
    cells.set(path, at(n.row, "number"));
    for (const [field, key] of Object.entries(FIELD_COLUMN)) cells.set(`${path}.${field}`, at(n.row, key));
    if (n.children.length === 0) {
      if (n.max === null && !n.maxInvalid) findings.push(finding("ERR_TABLE_MISSING_MAX", { value: n.code.raw }, { source: at(n.row, "max") }));
      const max = n.max ?? 0;
      const weight = n.weight ?? 1;
      const json: Record<string, unknown> = { id: n.id, name: n.name, maxPoints: max, weight };
      if (n.guidance !== undefined) json.guidance = n.guidance;
      if (n.notApplicable !== undefined) json.notApplicable = n.notApplicable;
      if (n.measure !== undefined) json.measure = n.measure;
      return { json, reach: max > 0 && weight > 0 ? mulMicro(toMicro(max), toMicro(weight)) : 0 };
    }
    const extras: [ColumnKey, unknown][] = [["weight", n.weight], ["notApplicable", n.notApplicable], ["guidance", n.guidance], ["method", n.measure]];
    for (const [key, v] of extras) {
      if (v !== null && v !== undefined) findings.push(finding("ERR_TABLE_GROUP_FIELD", { column: key, value: String(v) }, { source: at(n.row, key) }));
    }
    const children = n.children.map((c, i) => build(c, `${path}.criteria.${i}`));
    const reach = children.reduce((s, c) => s + c.reach, 0);
    let max = n.max;
    if (max === null) {
      max = fromMicro(reach);
      if (!n.maxInvalid) findings.push(finding("WARN_TABLE_GROUP_SUM", { value: n.code.raw, max }, { source: at(n.row, "max") }));
    }
    return { json: { id: n.id, name: n.name, maxPoints: max, criteria: children.map((c) => c.json) }, reach: toMicro(max) };
  };

  const sections: unknown[] = [];
  for (const root of roots) {
    if (root.children.length === 0) {
      findings.push(finding("ERR_TABLE_OUTSIDE_SECTION", { value: root.code.raw }, { source: at(root.row, "number") }));
      continue;
    }
    sections.push(build(root, `sections.${sections.length}`).json);
  }
  return { sections, cells, findings };
}

/** The cell a rubric finding's JSON path points at: the longest prefix of the path that a cell holds. */
export function cellOfPath(cells: CellMap, path: readonly (string | number)[] | undefined): SourceRef | undefined {
  if (!path) return undefined;
  for (let n = path.length; n > 0; n--) {
    const hit = cells.get(path.slice(0, n).join("."));
    if (hit) return hit;
  }
  return undefined;
}
