import type { Unit } from "../../../domain/types";

/**
 * Units as officials paste them: one per line, either "id<TAB>name" (two columns copied from Excel) or just the
 * name, which gets the id U01, U02, … of its line. Blank lines are skipped. Nothing is checked here: the bloc's
 * own rules (unique ids and names) report problems with the line's position.
 */
export function parseUnitLines(text: string): Unit[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  const width = Math.max(2, String(lines.length).length);
  return lines.map((line, i) => {
    const tab = line.indexOf("\t");
    if (tab >= 0) return { id: line.slice(0, tab).trim(), name: line.slice(tab + 1).replace(/\t/g, " ").trim() };
    return { id: `U${String(i + 1).padStart(width, "0")}`, name: line.trim() };
  });
}

export function unitLinesText(units: readonly Unit[]): string {
  return units.map((u) => `${u.id}\t${u.name}`).join("\n");
}
