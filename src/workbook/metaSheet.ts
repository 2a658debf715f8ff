import type { Bloc, Rubric } from "../domain/types";
import { canonicalJson, fingerprint } from "./fingerprint";
import { FORMAT_ID, FORMAT_VERSION, META_SHEET } from "./layout";
import type { CellScalar, PlanSheet } from "./plan";
import { copyTokenRows, NO_TOKENS, type CopyTokens } from "./copyTokens";
import { chunkText, keyedRow } from "./metaRows";
import { sheetDraft } from "./sheetDraft";

export interface SheetNames {
  readonly rubric: string;
  readonly summary: string;
  /** one per unit, bloc order */
  readonly units: readonly string[];
}

/** What the very hidden sheet holds: enough to rebuild the layout and check the rubric was not changed. */
export interface MetaData {
  readonly version: number;
  readonly rubricJson: string;
  readonly rubricSha256: string;
  readonly blocJson: string;
  readonly blocSha256: string;
  readonly sheets: SheetNames;
}

/** `tokens`: the copy tokens a regenerated workbook keeps from the one it replaces (copyTokens.ts). */
export function metaSheet(rubric: Rubric, bloc: Bloc, sheets: SheetNames, tokens: CopyTokens = NO_TOKENS): PlanSheet {
  const d = sheetDraft(META_SHEET);
  const rows: (readonly CellScalar[])[] = [
    ["format", FORMAT_ID, FORMAT_VERSION],
    ["rubric", ...chunkText(canonicalJson(rubric))],
    ["rubricSha256", fingerprint(rubric)],
    ["bloc", ...chunkText(canonicalJson(bloc))],
    ["blocSha256", fingerprint(bloc)],
    ["sheets", ...chunkText(JSON.stringify(sheets))],
    ...copyTokenRows(tokens).map(([key, text]) => keyedRow(key, text)),
  ];
  rows.forEach((cells, r) => cells.forEach((v, c) => d.value(r, c, v)));
  return d.finish({ columns: [{ width: 14 }, { width: 40 }], visibility: "veryHidden" });
}

export type MetaProblem = "format" | "version" | "missing" | "json";

/** Reads the meta sheet's values back; a problem names what is wrong (not a Thi đua workbook, or damaged). */
export function readMeta(values: readonly (readonly unknown[])[]): { ok: true; meta: MetaData } | { ok: false; problem: MetaProblem; key?: string } {
  const byKey = new Map<string, string>();
  for (const row of values) {
    if (typeof row[0] !== "string") continue;
    byKey.set(row[0], row.slice(1).map((v) => (v === null || v === undefined ? "" : String(v))).join(""));
  }
  const format = values.find((r) => r[0] === "format");
  if (!format || format[1] !== FORMAT_ID) return { ok: false, problem: "format" };
  const version = Number(format[2]);
  // an earlier format is read (its data keys are the same); what may be done with it is the caller's to say
  if (!Number.isInteger(version) || version < 1 || version > FORMAT_VERSION) return { ok: false, problem: "version", key: String(format[2]) };
  for (const key of ["rubric", "rubricSha256", "bloc", "blocSha256", "sheets"]) {
    if (!byKey.get(key)) return { ok: false, problem: "missing", key };
  }
  let sheets: SheetNames;
  try {
    sheets = JSON.parse(byKey.get("sheets")!) as SheetNames;
  } catch {
    return { ok: false, problem: "json", key: "sheets" };
  }
  const valid = typeof sheets?.rubric === "string" && typeof sheets.summary === "string" && Array.isArray(sheets.units) && sheets.units.every((u) => typeof u === "string");
  if (!valid) return { ok: false, problem: "json", key: "sheets" };
  return {
    ok: true,
    meta: { version, rubricJson: byKey.get("rubric")!, rubricSha256: byKey.get("rubricSha256")!, blocJson: byKey.get("bloc")!, blocSha256: byKey.get("blocSha256")!, sheets },
  };
}
