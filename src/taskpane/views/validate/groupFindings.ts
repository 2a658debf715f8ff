import type { Finding } from "../../../domain/findings";
import type { Bloc } from "../../../domain/types";

export interface FindingGroup {
  /** unit id, or null for findings about the whole workbook */
  readonly unit: string | null;
  readonly name: string | null;
  readonly errors: readonly Finding[];
  readonly warnings: readonly Finding[];
}

/** The workbook's own findings first, then one group per unit in bloc order; errors before warnings in each. */
export function groupFindings(findings: readonly Finding[], bloc: Bloc | undefined): FindingGroup[] {
  const order = bloc?.units.map((u) => u.id) ?? [];
  const ids = [null, ...order, ...findings.map((f) => f.unit ?? null).filter((u): u is string => u !== null && !order.includes(u))];
  const seen = new Set<string | null>();
  const groups: FindingGroup[] = [];
  for (const unit of ids) {
    if (seen.has(unit)) continue;
    seen.add(unit);
    const mine = findings.filter((f) => (f.unit ?? null) === unit);
    if (mine.length === 0) continue;
    groups.push({
      unit,
      name: unit === null ? null : (bloc?.units.find((u) => u.id === unit)?.name ?? unit),
      errors: mine.filter((f) => f.severity === "error"),
      warnings: mine.filter((f) => f.severity === "warning"),
    });
  }
  return groups;
}
