import { finding } from "../../domain/findings";
import { parseMeasureRule } from "../../domain/measureRule";
import type { MethodReader } from "./readCriteriaTable";

/**
 * The "Cách chấm" cell read with the measured criteria's words (domain/measureRule.ts): the `measure` it means,
 * or ERR_TABLE_METHOD with the clause that can't be read. Whether the options fit together (maxAbove with
 * perPercentAbove, bands best first) the rubric's own check says, at the same cell.
 */
export const readMeasureMethod: MethodReader = (text, where) => {
  const read = parseMeasureRule(text);
  if (read.ok) return { measure: read.measure, findings: [] };
  return { findings: [finding("ERR_TABLE_METHOD", { value: text, problem: read.problem, clause: read.clause }, { source: where })] };
};
