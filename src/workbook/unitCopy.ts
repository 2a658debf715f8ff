import { TARGET_STAGE, type RawRow } from "../domain/scoreBook";
import type { Bloc, Rubric, Stage, Unit } from "../domain/types";
import type { Lang } from "../i18n/types";
import { unitCopyLabels } from "../i18n/unitCopy";
import { workbookLabels } from "../i18n/workbook";
import { rangeRef } from "./a1";
import { canonicalJson, fingerprint } from "./fingerprint";
import { BASE_FONT, HIGHLIGHTS, STYLES } from "./formats";
import { criterionRuns, HINT_ROW, META_SHEET, noteColumn, unitLayout, type UnitLayout } from "./layout";
import { keyedRow } from "./metaRows";
import type { CellScalar, PlanSheet, WorkbookPlan } from "./plan";
import { sheetDraft } from "./sheetDraft";
import { unitSheet } from "./unitSheet";

/**
 * A unit's own copy of its scoring sheet (`thidua split`): the same sheet as in the bloc's workbook, so every
 * value sits where the bloc's layout puts it, with only the unit's own stage open, and a very hidden sheet
 * saying which bloc, unit and rubric it came from, so `merge` can refuse a copy that does not belong.
 */
export const COPY_FORMAT_ID = "thidua-unit-copy";
export const COPY_FORMAT_VERSION = 1;

export interface UnitCopyInput {
  readonly rubric: Rubric;
  readonly bloc: Bloc;
  readonly unit: Unit;
  /** the unit sheet's name in the bloc's workbook, kept in the copy */
  readonly sheet: string;
  /** the one stage the unit enters (self) */
  readonly stage: Stage;
  /** the unit's values already in the bloc's workbook (every stage), shown in the copy */
  readonly existing: readonly RawRow[];
  /** the open stage's notes already in the bloc's workbook (the evidence, for self), by item id */
  readonly notes?: ReadonlyMap<string, string>;
  /** the unit's random token, also kept in the bloc's workbook: what merge trusts, not the unit id above */
  readonly token: string;
  readonly lang?: Lang;
}

/** What the copy's hidden sheet records (all text, as cells hold it). */
export interface UnitCopyMeta {
  readonly rubricJson: string;
  readonly rubricSha256: string;
  readonly blocName: string;
  readonly blocYear: string;
  readonly blocSha256: string;
  readonly unitId: string;
  readonly unitName: string;
  readonly sheet: string;
  readonly stage: string;
  readonly token: string;
}

/** Keys every copy has; `token` is left out: copies split before tokens existed lack it, and merge says why. */
export const COPY_META_KEYS = ["rubric", "rubricSha256", "blocName", "blocYear", "blocSha256", "unit", "unitName", "sheet", "stage"] as const;

function copyMetaSheet(input: UnitCopyInput): PlanSheet {
  const d = sheetDraft(META_SHEET);
  const rows: (readonly CellScalar[])[] = [
    ["format", COPY_FORMAT_ID, COPY_FORMAT_VERSION],
    keyedRow("rubric", canonicalJson(input.rubric)),
    ["rubricSha256", fingerprint(input.rubric)],
    keyedRow("blocName", input.bloc.name),
    ["blocYear", String(input.bloc.year)],
    ["blocSha256", fingerprint(input.bloc)],
    keyedRow("unit", input.unit.id),
    keyedRow("unitName", input.unit.name),
    keyedRow("sheet", input.sheet),
    ["stage", input.stage],
    ["token", input.token],
  ];
  rows.forEach((cells, r) => cells.forEach((v, c) => d.value(r, c, v)));
  return d.finish({ columns: [{ width: 14 }, { width: 40 }], visibility: "veryHidden" });
}

/** Row ranges of every input row (criteria and event items), as [first, last] pairs. */
function inputRuns(layout: UnitLayout): [number, number][] {
  const runs: [number, number][] = criterionRuns(layout);
  for (const block of [layout.bonus, layout.deductions]) if (block) runs.push([block.first, block.last]);
  return runs;
}

/** The unit sheet with the other stages locked and the unit's existing values in place. */
function copySheet(input: UnitCopyInput, layout: UnitLayout, lang: Lang): PlanSheet {
  const labels = workbookLabels[lang];
  const base = unitSheet(input.rubric, input.bloc, input.unit, input.sheet, layout, labels);
  const values = base.values.map((row) => [...row]);
  const formulas = base.formulas.map((row) => [...row]);
  const put = (row: number, col: number, v: CellScalar) => {
    values[row][col] = v;
    formulas[row][col] = null;
  };
  values[HINT_ROW][0] = unitCopyLabels[lang].hint(labels.stageHeader[input.stage] ?? input.stage);
  const rowOf = new Map(layout.items.map((it) => [it.id, it.row]));
  for (const r of input.existing) {
    const row = rowOf.get(r.item);
    // a measured criterion's target is shown where the bloc's workbook has it (and locked below)
    const col = r.stage === TARGET_STAGE ? layout.col.target : layout.col[`stage:${r.stage}`];
    if (row === undefined || col === undefined || r.raw === undefined) continue;
    put(row, col, r.raw);
  }
  for (const [item, note] of input.notes ?? []) {
    const row = rowOf.get(item);
    if (row !== undefined) put(row, noteColumn(layout, input.stage), note);
  }
  // the other stages' score cells and their evidence or reason cells are closed alike, and so are the targets:
  // the province sets them, the unit only reports its actuals
  const locked = layout.stages
    .filter((s) => s !== input.stage)
    .flatMap((s) => [layout.col[`stage:${s}`], noteColumn(layout, s)])
    .concat(layout.measured ? [layout.col.target] : [])
    .flatMap((col) => inputRuns(layout).map(([first, last]) => ({ range: rangeRef(first, col, last, col), style: "computed" as const, locked: true })));
  return { ...base, values, formulas, formats: [...base.formats, ...locked] };
}

/** The whole copy as a plan: the unit's sheet and the copy's very hidden sheet. */
export function buildUnitCopyPlan(input: UnitCopyInput): WorkbookPlan {
  const lang = input.lang ?? "vi";
  const layout = unitLayout(input.rubric);
  return {
    sheets: [copySheet(input, layout, lang), copyMetaSheet(input)],
    font: BASE_FONT,
    styles: STYLES,
    highlights: HIGHLIGHTS,
    names: [],
  };
}
