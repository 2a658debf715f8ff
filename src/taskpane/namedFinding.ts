import type { Finding, ParamValue } from "../domain/findings";
import type { Rubric, Unit } from "../domain/types";

export type MissedWords = { classification: string; minTotal: string };

/**
 * A ranking warning as an official reads it: units by name rather than code, awards by their label, and the
 * requirement a unit missed in words ("Cờ thi đua…: xếp loại"), before the finding's message is rendered.
 */
export function namedFinding(f: Finding, units: readonly Unit[], missed: MissedWords, rubric?: Rubric): Finding {
  const unitName = (id: string) => units.find((u) => u.id === id)?.name ?? id;
  const awardLabel = (id: string) => rubric?.awards.find((a) => a.id === id)?.label ?? id;
  const params: Record<string, ParamValue> = { ...f.params };
  for (const key of ["units", "vote", "group"]) {
    const v = params[key];
    if (Array.isArray(v)) params[key] = v.map(unitName);
  }
  if (Array.isArray(params.awards)) params.awards = params.awards.map(awardLabel);
  if (typeof params.got === "string") params.got = awardLabel(params.got);
  if (Array.isArray(params.missed)) {
    params.missed = params.missed.map((m) => {
      const [award, what] = m.split(":");
      return `${awardLabel(award)}: ${what === "minTotal" ? missed.minTotal : missed.classification}`;
    });
  }
  return { ...f, params };
}
