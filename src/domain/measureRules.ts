import { decimalsOf, MICRO_DECIMALS, toMicro } from "./fixed";
import { finding, type Finding } from "./findings";
import { leafEntries } from "./rubricTree";
import type { Criterion, Measure, Rubric } from "./types";

/**
 * The rules between a measured criterion's options (DESIGN.md part 2): each shape takes only its own options,
 * `perPercentAbove` and `maxAbove` come together, bands go best first with points that never rise and never
 * pass the criterion's maximum. The shape of the JSON itself is schemas.ts's.
 */
export type MeasureProblem =
  | "bands_missing"
  | "bands_on_linear"
  | "above_on_bands"
  | "max_above_missing"
  | "per_percent_missing"
  | "bands_order"
  | "band_points_order"
  | "band_above_max";

/** Problems of one measure (field of `measure` each is about), for the rubric check and the authoring table. */
export function measureProblems(m: Measure, maxPoints: number): { problem: MeasureProblem; field: string }[] {
  const out: { problem: MeasureProblem; field: string }[] = [];
  if (m.shape === "bands") {
    if (m.bands === undefined) out.push({ problem: "bands_missing", field: "bands" });
    if (m.perPercentAbove !== undefined || m.maxAbove !== undefined) out.push({ problem: "above_on_bands", field: m.perPercentAbove !== undefined ? "perPercentAbove" : "maxAbove" });
  } else {
    if (m.bands !== undefined) out.push({ problem: "bands_on_linear", field: "bands" });
    if (m.perPercentAbove !== undefined && m.maxAbove === undefined) out.push({ problem: "max_above_missing", field: "perPercentAbove" });
    if (m.maxAbove !== undefined && m.perPercentAbove === undefined) out.push({ problem: "per_percent_missing", field: "maxAbove" });
  }
  const bands = m.shape === "bands" ? (m.bands ?? []) : [];
  bands.forEach(([minPercent, points], i) => {
    if (i > 0 && minPercent >= bands[i - 1][0]) out.push({ problem: "bands_order", field: `bands.${i}.0` });
    if (i > 0 && points > bands[i - 1][1]) out.push({ problem: "band_points_order", field: `bands.${i}.1` });
    if (toMicro(points) > toMicro(maxPoints)) out.push({ problem: "band_above_max", field: `bands.${i}.1` });
  });
  return out;
}

/** Every number of a measure with more than 6 decimals, as [field, value]. */
function impreciseNumbers(m: Measure): [string, number][] {
  const numbers: [string, number][] = [];
  if (m.perPercentAbove !== undefined) numbers.push(["perPercentAbove", m.perPercentAbove]);
  if (m.maxAbove !== undefined) numbers.push(["maxAbove", m.maxAbove]);
  (m.bands ?? []).forEach(([p, pts], i) => numbers.push([`bands.${i}.0`, p], [`bands.${i}.1`, pts]));
  return numbers.filter(([, v]) => decimalsOf(v) > MICRO_DECIMALS);
}

/** ERR_MEASURE and ERR_PRECISION for every measured criterion of the rubric, at its JSON path. */
export function checkMeasures(rubric: Rubric): Finding[] {
  const out: Finding[] = [];
  for (const { node, path } of leafEntries(rubric)) {
    const c: Criterion = node;
    if (c.measure === undefined) continue;
    const at = (field: string) => [...path, "measure", ...field.split(".").map((k) => (/^\d+$/.test(k) ? Number(k) : k))];
    for (const p of measureProblems(c.measure, c.maxPoints)) out.push(finding("ERR_MEASURE", { item: c.id, problem: p.problem }, { path: at(p.field) }));
    for (const [field, value] of impreciseNumbers(c.measure)) {
      out.push(finding("ERR_PRECISION", { field: at(field).join("."), value, limit: MICRO_DECIMALS }, { path: at(field) }));
    }
  }
  return out;
}
