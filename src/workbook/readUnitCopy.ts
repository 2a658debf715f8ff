import { finding, type Finding, type Result } from "../domain/findings";
import { parseRubric } from "../domain/rubricRules";
import type { RawRow } from "../domain/scoreBook";
import { STAGES, type Rubric, type Stage } from "../domain/types";
import { cellRef } from "./a1";
import { fingerprint } from "./fingerprint";
import { FORMAT_ID, META_SHEET, noteColumn, unitLayout } from "./layout";
import { readKeyedRows } from "./metaRows";
import { rawValue } from "./readWorkbook";
import { cellAt, type CellValue, type WorkbookSnapshot } from "./snapshot";
import { COPY_FORMAT_ID, COPY_FORMAT_VERSION, COPY_META_KEYS } from "./unitCopy";

export interface UnitCopyContents {
  readonly rubric: Rubric;
  /** the fingerprint the copy was made with, and the one of the rubric it holds now */
  readonly fingerprint: { readonly stored: string; readonly actual: string };
  readonly bloc: { readonly name: string; readonly year: string; readonly sha256: string };
  readonly unit: { readonly id: string; readonly name: string };
  readonly sheet: string;
  /** the stage the copy is open for */
  readonly stage: Stage;
  /** every non-empty cell of the open stage, with the cell it came from */
  readonly rows: readonly RawRow[];
  /** non-empty notes of the open stage (the evidence, for self), by item id */
  readonly notes: ReadonlyMap<string, { readonly text: string; readonly cell: string }>;
  /** the token split gave the copy; null in a copy split before tokens existed */
  readonly token: string | null;
}

function text(v: CellValue): string {
  return v === null ? "" : typeof v === "object" ? v.error : String(v);
}

function notCopy(reason: string, key?: string): Result<UnitCopyContents> {
  return { ok: false, findings: [finding("ERR_NOT_UNIT_COPY", { reason, key: key ?? null })] };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Reads a unit's returned copy: what its hidden sheet says it is, and the values of its open stage at the
 * positions the copy's own rubric gives them. Nothing is compared with the bloc here (merge does that).
 */
export function readUnitCopy(snapshot: WorkbookSnapshot): Result<UnitCopyContents> {
  const meta = snapshot.sheets.find((s) => s.name === META_SHEET);
  if (!meta) return notCopy("meta", META_SHEET);
  const format = meta.values.find((r) => r[0] === "format");
  if (format?.[1] === FORMAT_ID) return notCopy("workbook");
  if (!format || format[1] !== COPY_FORMAT_ID) return notCopy("format");
  if (Number(format[2]) !== COPY_FORMAT_VERSION) return notCopy("version", text(format[2] ?? null));
  const keys = readKeyedRows(meta.values);
  for (const key of COPY_META_KEYS) if (!keys.get(key)) return notCopy("missing", key);
  const rubric = parseRubric(parseJson(keys.get("rubric")!));
  if (!rubric.ok) return notCopy("rubric");
  const stage = keys.get("stage") as Stage;
  if (!(STAGES as readonly string[]).includes(stage) || !rubric.value.stages.includes(stage)) return notCopy("json", "stage");
  const unitId = keys.get("unit")!;
  const sheetName = keys.get("sheet")!;
  const sheet = snapshot.sheets.find((s) => s.name === sheetName);
  if (!sheet) return { ok: false, findings: [finding("ERR_LAYOUT", { sheet: sheetName }, { unit: unitId })] };

  const layout = unitLayout(rubric.value);
  const col = layout.col[`stage:${stage}`];
  const rows: RawRow[] = [];
  const notes = new Map<string, { text: string; cell: string }>();
  const findings: Finding[] = [];
  for (const item of layout.items) {
    const found = text(cellAt(sheet, item.row, layout.col.id)).trim();
    if (found !== item.id) {
      const cell = cellRef(item.row, layout.col.id);
      findings.push(finding("ERR_LAYOUT", { sheet: sheet.name, cell, expected: item.id, found }, { unit: unitId, source: { sheet: sheet.name, cell } }));
      break;
    }
    const noteCol = noteColumn(layout, stage);
    const note = text(cellAt(sheet, item.row, noteCol)).trim();
    if (note) notes.set(item.id, { text: note, cell: cellRef(item.row, noteCol) });
    const v = cellAt(sheet, item.row, col);
    if (v === null || (typeof v === "string" && v.trim() === "")) continue;
    rows.push({ unit: unitId, item: item.id, stage, raw: rawValue(v), note: note || undefined, source: { sheet: sheet.name, cell: cellRef(item.row, col) } });
  }
  if (findings.length > 0) return { ok: false, findings };
  return {
    ok: true,
    value: {
      rubric: rubric.value,
      fingerprint: { stored: keys.get("rubricSha256")!, actual: fingerprint(rubric.value) },
      bloc: { name: keys.get("blocName")!, year: keys.get("blocYear")!, sha256: keys.get("blocSha256")! },
      unit: { id: unitId, name: keys.get("unitName")! },
      sheet: sheetName,
      stage,
      rows,
      notes,
      token: keys.get("token")?.trim() || null,
    },
    // the rubric's own warnings are the bloc workbook's to report, not each copy's
    findings: [],
  };
}
