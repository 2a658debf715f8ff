import { recordedAt } from "./clock";
import { list, num } from "./format";
import { stageName } from "./stages";
import type { FindingMessages } from "./types";
import { onSurface } from "./surface";
import { systemError } from "./systemErrors";
import { isWholeEntry, rubricChangeSubject, shown } from "./validation";
import type { MessageContext } from "./types";

const n = (v: unknown) => num(v, "en");
const l = (v: unknown) => list(v, "en");
const sh = (v: unknown) => shown(v, "en");
/** When a seal was recorded, as a reader says it (the record holds ISO 8601 in UTC), never the raw text. */
const when = (v: unknown) => (typeof v === "string" ? recordedAt.en(v) : "");
/** `I "Political work"` when the rubric is at hand, else the id. */
const named = (id: unknown, c: MessageContext) => {
  const name = c.name(String(id));
  return name ? `${id} "${name}"` : String(id);
};
/** ERR_MEASURE's problems (domain/measureRules.ts), each with what to do. */
const MEASURE_PROBLEMS_EN: Record<string, string> = {
  bands_missing: `scoring by bands ("shape": "bands") needs "bands": [[minimum %, points], …], best first`,
  bands_on_linear: `linear scoring takes no "bands". Remove "bands" or set "shape" to "bands"`,
  above_on_bands: `scoring by bands takes no "perPercentAbove"/"maxAbove" (over-target points). Remove them`,
  max_above_missing: `"perPercentAbove" (points per 1% over target) needs "maxAbove" (the most those points add). Add "maxAbove"`,
  per_percent_missing: `"maxAbove" needs "perPercentAbove" (points per 1% over target). Add it, or remove "maxAbove"`,
  bands_order: `bands must go from the highest percentage down, none repeated. Reorder "bands"`,
  band_points_order: `a band with a lower percentage may not give more points than the one above it. Fix the bands' points`,
  band_above_max: `a band gives more points than the criterion's maximum. Lower that band's points or raise the maximum`,
};
const generate = (c: MessageContext) => onSurface(c.surface, "with thidua generate", "under Generate");

/** Where the reason goes: the note column of a CSV line, or the reason cell a workbook finding points at. */
function reasonWhere(f: { readonly source?: { readonly line?: number } }): string {
  return f.source?.line !== undefined ? "write it in the note column of this line" : "write it in this cell (the stage's reason column)";
}

/** "score 6.75 (bloc score) differs from 7 (self score)": a changed value, `na` in words. */
function changed(p: Readonly<Record<string, unknown>>): string {
  const v = (x: unknown) => (x === "na" ? "not applicable" : n(x));
  const what = p.kind === "criterion" ? "score" : "count";
  return `${what} ${v(p.after)} (${stageName(String(p.stage), "en")}) differs from ${v(p.before)} (${stageName(String(p.previous), "en")})`;
}

export const enFindings: FindingMessages = {
  ERR_FILE_UNREADABLE: (p) => {
    const s = systemError(String(p.reason), "en");
    return `cannot read ${p.path ?? p.file}: ${s.what}. ${s.todo}`;
  },
  ERR_JSON_SYNTAX: (p) => `${p.file} is not valid JSON (${p.reason}). Open it in an editor and fix the syntax.`,
  ERR_SCHEMA: (p) =>
    p.problem === "group_field"
      ? `"${p.field}": a group (it has "criteria") carries no weight, "notApplicable" or "measure". Put the field on each of the group's criteria.`
      : p.problem === "unrecognized_keys"
      ? `unknown field "${p.field}" (a misspelt name?). Remove it or correct its name.`
      : p.found === "undefined"
      ? `missing field "${p.field}"${p.expected ? ` (expected ${p.expected})` : ""}. Add it.`
      : `field "${p.field}" is invalid: found ${p.found}${p.expected ? `, expected ${p.expected}` : ""}${p.limit !== undefined ? ` (limit ${n(p.limit)})` : ""} (${p.problem}). Correct the value.`,
  ERR_DUPLICATE_ID: (p) => `id "${p.value}" at ${p.field} repeats ${p.first}. Each id may be used once: rename one.`,
  ERR_DUPLICATE_NAME: (p) => `name "${p.value}" at ${p.field} repeats ${p.first}. Each name may be used once: rename one.`,
  ERR_RUBRIC_SUM: (p, _f, c) =>
    `section ${named(p.section, c)}: its criteria add up to ${n(p.sum)} < ${n(p.max)}. The section maximum cannot be reached: raise the criteria's maxima or lower the section's.`,
  ERR_PRECISION: (p) => `${p.field} = ${n(p.value)} has too many decimals (at most ${p.limit}). Round it.`,
  ERR_TIEBREAK_UNKNOWN: (p) =>
    p.duplicate
      ? `tie-break key "${p.value}" is repeated. Remove the duplicate.`
      : `tie-break key "${p.value}" names nothing. Use "section:<id>" (${l(p.sections)}), "fewerDeductions" or "moreBonus".`,
  ERR_AWARD_CLASSIFICATION: (p) => `award "${p.award}" requires classification "${p.value}", which is not a level (${l(p.labels)}). Fix the name.`,
  ERR_BLOC_ROLE: (p) =>
    p.same
      ? `the deputy is the head (${p.value}). Choose two different units.`
      : `${p.role === "head" ? "bloc head" : "deputy"} "${p.value}" is not a unit of the bloc (${l(p.units)}). Choose one of them.`,
  ERR_CSV_HEADER: (p) => `the header lacks ${l(p.missing)} (found: ${l(p.found)}). The first line must be: unit,item,stage,value,note.`,
  ERR_CSV_ROW: (p) => `the row has ${p.fields} fields, expected ${p.expected}. Check separators and quotes.`,
  ERR_CSV_QUOTE: () => `the quote opened on this line is never closed, so every row after it would become one cell; no row was read. Add the closing " to that cell (write "" for a quote inside a cell).`,
  ERR_UNKNOWN_UNIT: (p) => `unit "${p.value}" is not in the bloc. Use the id of one of the bloc's units.`,
  ERR_UNKNOWN_ITEM: (p) => `item "${p.value}" is not in the rubric. Use an id from rubric.json.`,
  ERR_UNKNOWN_STAGE: (p) => `stage "${p.value}" is unknown. Use self, bloc or verified.`,
  ERR_MEASURE: (p) => `measured criterion ${p.item}: ${MEASURE_PROBLEMS_EN[String(p.problem)] ?? String(p.problem)}.`,
  ERR_TARGET_NOT_MEASURED: (p) =>
    p.kind === "criterion"
      ? `criterion "${p.value}" is not scored from a measured result, so it has no target (a row at stage "target"). Remove the row, or give the criterion a "measure" in the rubric.`
      : `"${p.value}" is a bonus or deduction item and has no target (a row at stage "target"). Remove the row.`,
  ERR_TARGET_COUNT: (p) => `the pasted column of targets has ${n(p.found)} lines but the bloc has ${n(p.expected)} units. Paste exactly one line per unit, in the bloc's order of units (an empty line for a unit without a target yet).`,
  ERR_TARGET_AMBIGUOUS: (p) => `the target "${p.value}" could be ${n(p.grouped)} or ${n(p.decimal)}. Paste the column again with numbers without thousands separators (e.g. 1200 or 1.2).`,
  ERR_STAGE_NOT_IN_RUBRIC: (p) => `stage "${p.value}" is not used by this rubric (only ${l(p.stages)}).`,
  ERR_DUPLICATE_ROW: (p) =>
    `this value was already given ${p.firstLine !== null ? `on line ${p.firstLine}` : p.firstCell !== null ? `in cell ${p.firstCell}` : "before"}. One row per (unit, item, stage): remove one.`,
  ERR_NOT_WORKBOOK: (p, _f, c) =>
    p.reason === "xlsx"
      ? `${p.file ?? "the file"} is not a readable Excel workbook (.xlsx) (${p.detail ?? ""}). Open it in Excel and save it as .xlsx, or make a new one ${generate(c)}.`
      : `${p.file ?? "the file"} is not a Thi đua scoring workbook, or its hidden data is damaged (${p.reason}${p.key ? `: ${p.key}` : ""}). Use a workbook made ${generate(c)}.`,
  ERR_WORKBOOK_OLD: (p, _f, c) =>
    `${p.file ?? "the workbook"} was made by an earlier version of Thi đua (workbook format ${p.version}; this version uses format ${p.current}: the note column is now an evidence column and a reason column per stage). Move it to the new format ${onSurface(c.surface, `with thidua generate --rubric rubric.json --bloc bloc.json --out ${p.file ?? "F.xlsx"} --force: scores, counts, votes and notes are carried over, the old file kept as .bak.xlsx`, "under Generate (click Regenerate): scores, counts, votes and notes are carried over, the old sheets backed up in the workbook")}.`,
  ERR_LAYOUT: (p) =>
    p.cell
      ? `cell ${p.cell} of sheet "${p.sheet}" should hold "${p.expected}" but holds "${p.found}": rows or columns were inserted, deleted or moved. Use a copy whose layout is intact.`
      : `sheet "${p.sheet}" is missing (deleted or renamed). Restore it or give it back its name.`,
  ERR_UNIT_NAME: (p) =>
    `cell ${p.cell} of sheet "${p.sheet}" reads "${p.found}" but the workbook was made for "${p.expected}": a unit's name was edited or swapped, so its scores and rank would print under another name. Put the name back; to rename a unit, edit bloc.json and generate the workbook again.`,
  ERR_NOT_UNIT_COPY: (p) =>
    p.reason === "stage"
      ? `${p.file ?? "the file"} says it is a copy for stage "${p.key}", but a unit's copy only takes self-scores: its hidden data was edited. It is not merged; ask the unit for the copy made by thidua split.`
      : p.reason === "workbook"
      ? `${p.file ?? "the file"} is the bloc's whole workbook, not a unit's copy. Choose the files made by thidua split.`
      : `${p.file ?? "the file"} is not a unit's scoring copy, or its hidden data is damaged (${p.reason}${p.key ? `: ${p.key}` : ""}). Use a copy made by thidua split.`,
  ERR_COPY_RUBRIC: (p) =>
    `the copy ${p.file ?? ""} of unit ${p.unit ?? ""} does not share the bloc workbook's rubric (the copy's rubric was edited, or it was split from another workbook). Not merged: send the unit a copy split from the current workbook.`,
  ERR_COPY_FOREIGN: (p) => `the copy ${p.file ?? ""} belongs to "${p.bloc}", not to "${p.expected}". A copy of another bloc is never merged.`,
  ERR_COPY_DUPLICATE: (p) => `the copies ${p.file ?? ""} and ${p.first} are both of unit ${p.unit}. Merge one copy per unit: leave one file out.`,
  ERR_COPY_OUTSIDE_ROW: (p) =>
    p.reason === "unit"
      ? `this row scores unit "${p.value}", but the workbook is unit ${p.copyUnit}'s own copy: a unit's copy takes that unit's scores only. Remove other units' rows from the scores file (nothing was written), or fill them into the bloc's workbook.`
      : `this row is for stage "${p.value}", but unit ${p.copyUnit}'s copy has only the ${stageName(String(p.copyStage), "en")} column open. Keep only stage ${p.copyStage} rows in the scores file (nothing was written); other stages go into the bloc's workbook.`,
  ERR_COPY_NO_TOKEN: (p) =>
    `the copy ${p.file ?? ""} carries no unit token: it, or the workbook, was split by an earlier version of Thi đua, so nothing proves which unit it belongs to. Not merged: split the workbook again with thidua split, send the unit its new copy and merge that one.`,
  ERR_COPY_TOKEN_UNKNOWN: (p) =>
    `the copy ${p.file ?? ""} carries a token this workbook never gave (its hidden data was edited, or it was split from another workbook). Not merged: ask the unit for the copy split from the current workbook.`,
  ERR_COPY_RELABELLED: (p) =>
    `the copy ${p.file ?? ""} says it is unit ${p.claimed}'s but carries unit ${p.owner}'s token: its hidden data was edited to put scores into another unit. Not merged; a unit can only merge its own copy.`,
  ERR_COPY_UNIT_REMOVED: (p, _f, c) =>
    `the copy ${p.file ?? ""} is unit ${p.unit}'s, but that unit was taken out of the bloc when the workbook was regenerated, so its copy is not merged. If the unit still belongs to the bloc, add it back to the units${onSurface(c.surface, " (bloc.json) and regenerate the workbook with the add-in's Generate (which keeps the scores)", " under Generate and click Generate the workbook")}: it gets its token back and this copy merges.`,
  ERR_REPORT_SAME_UNIT: (p, _f, c) =>
    `next year's head and deputy are the same unit (${p.name}, ${p.unit}). The report sheet was not made; ${onSurface(c.surface, "give --head and --deputy two different units (an option left out takes the unit the workbook was made with)", "choose two different units for Next year's head and Next year's deputy")}.`,
  ERR_SEALED: (p, _f, c) => `the workbook's result is sealed (${p.stage ? `${stageName(String(p.stage), "en")}, ` : ""}${p.by}, ${when(p.at)}). Unseal it first${onSurface(c.surface, `: thidua unseal --by "Name" --reason "why"`, " under Seal (press Unseal, give your name and a reason)")}.`,
  ERR_NOT_SEALED: () => `the workbook is not sealed, so there is nothing to unseal.`,
  ERR_SEALED_CHANGED: (p, _f, c) =>
    p.reason === "record"
      ? `the seal recorded in the workbook was edited and can no longer be checked. Use the sealed copy, or unseal ${onSurface(c.surface, "(thidua unseal)", "under Seal")} and seal again.`
      : p.reason === "rubric"
      ? `the rubric differs from the one sealed (${p.by}, ${when(p.at)}). Use the sealed copy.`
      : `cell ${p.cell} of sheet "${p.sheet}" was changed after the result was sealed (${p.by}, ${when(p.at)}): ${p.before === null ? "(empty)" : n(p.before)} when sealed, now ${p.after === null ? "(empty)" : n(p.after)}. Put the sealed value back, or unseal ${onSurface(c.surface, "(thidua unseal)", "under Seal")} with a reason and seal again.`,
  ERR_SEAL_REMOVED: (p, _f, c) =>
    `the workbook's result was sealed${p.by ? ` (${p.by}, ${when(p.at)})` : ""} but the seal record was deleted, so the sealed values can no longer be checked. Use the sealed copy, or unseal ${onSurface(c.surface, "(thidua unseal)", "under Seal")} with a reason and seal again.`,
  ERR_FILE_FORMAT: (p) =>
    p.reason === "empty"
      ? `${p.file} is empty (0 bytes): copying or downloading it may have been cut short. Get the whole workbook again and check it.`
      : p.reason === "encrypted"
      ? `${p.file} is protected by a password and can't be read. Open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password, clear it, OK), save, and check it again.`
      : p.reason === "xls"
      ? `${p.file} is an old Excel 97-2003 (.xls) file, not .xlsx. Open it in Excel, Save As > Excel Workbook (.xlsx), and check the new .xlsx file.`
      : p.reason === "ods"
      ? `${p.file} is an OpenDocument spreadsheet (.ods), not .xlsx. Open it in LibreOffice, Save As > Excel 2007-365 (.xlsx), and check the new .xlsx file.`
      : `${p.file} is not an Excel workbook (.xlsx)${p.kind ? ` (it is a ${p.kind} file)` : ""}. Choose the scoring workbook's .xlsx file.`,
  ERR_FILE_DAMAGED: (p) =>
    p.reason === "crc"
      ? `${p.file ?? "the file"} is damaged: part "${p.part}" fails its checksum (CRC), so its data was altered or broken while copying. Get the original file (or the .bak) and run again.`
      : p.reason === "xml"
      ? `${p.file ?? "the file"} is damaged: part "${p.part}" is not valid XML (a tag is not closed, or closed wrongly). Open the file in Excel and save it again, or use the backup (.bak).`
      : p.reason === "method"
      ? `${p.file ?? "the file"} compresses part "${p.part}" in a way that is not supported. Open it in Excel and save it as .xlsx.`
      : `${p.file ?? "the file"} is damaged: its zip structure can't be read${p.part ? ` at part "${p.part}"` : ""}; it may have been downloaded or copied only in part. Get the whole file again.`,
  ERR_FILE_LIMIT: (p) =>
    p.limit === "inflated"
      ? `${p.file ?? "the file"} would inflate to more than ${n(Math.round(Number(p.max) / 1048576))} MB (it declares ${n(Math.round(Number(p.value) / 1048576))} MB), far too large for a scoring workbook (it may be a "zip bomb"). It is not read; check where the file came from.`
      : p.limit === "entries"
      ? `${p.file ?? "the file"} holds ${n(p.value)} zip entries, above the limit of ${n(p.max)}: not an ordinary scoring workbook. Check where the file came from.`
      : p.limit === "cells"
      ? `${p.file ?? "the file"} has more than ${n(p.max)} cells holding data, above what is read. Delete the extra sheets or ranges and save it again.`
      : `sheet "${p.where}" of ${p.file ?? "the file"} has data in cell ${p.cell}, too far away: the range from A1 to it exceeds the limit of ${n(p.max)} cells. In Excel press Ctrl+End to find it, delete the extra rows and columns and save again.`,
  ERR_FILE_ENCODING: (p) =>
    `${p.file} is not UTF-8 text (a stray byte on line ${n(p.line)}); it was probably saved as Windows-1258 or Latin-1, so Vietnamese letters would come out wrong. Save it again as UTF-8 (Excel: Save As > "CSV UTF-8") and run again.`,
  ERR_CELL_TOO_LONG: (p) =>
    `cell ${p.cell} of sheet "${p.sheet}" would hold ${n(p.length)} characters, above Excel's limit of ${n(p.max)} per cell; nothing was written. Shorten the text (a note, a name) and run again.`,
  ERR_RUBRIC_CHANGED: (p, _f, c) =>
    p.origin === "sheet"
      ? `${rubricChangeSubject(p, "en")} is ${sh(p.after)} in the workbook, but the rubric stored when it was made says ${sh(p.before)}. The agreed rubric must not change: enter ${sh(p.before)} in this cell again.`
      : p.origin === "agreed"
      ? isWholeEntry(p)
        ? `${rubricChangeSubject(p, "en")}, compared with the registered rubric (${p.file}). Make the workbook again from the registered rubric (${generate(c)}) and re-enter the scores, or ask the Emulation Board whether the rubric was officially amended.`
        : `${rubricChangeSubject(p, "en")} is ${sh(p.after)} in the workbook, ${sh(p.before)} in the registered rubric (${p.file}). Make the workbook again from the registered rubric (${generate(c)}) and re-enter the scores, or ask the Emulation Board whether the rubric was officially amended.`
      : p.field
      ? `the rubric stored in the workbook's hidden sheet was edited after the workbook was made (its checksum does not match): ${rubricChangeSubject(p, "en")}${isWholeEntry(p) ? "" : ` changed from ${sh(p.before)} to ${sh(p.after)}`}. Use the original workbook, or make it again ${generate(c)} from the agreed rubric.`
      : `the rubric stored in the workbook's hidden sheet was edited after the workbook was made (its checksum does not match). Use the original workbook, or make it again ${generate(c)} from the agreed rubric.`,
  ERR_FORMULA_CHANGED: (p) =>
    p.kind === "value"
      ? `this cell must be calculated by a formula but the value ${sh(p.found)} was typed over it. Enter the formula ${p.expected} in it again.`
      : p.kind === "empty"
      ? `this cell's formula was deleted. Enter the formula ${p.expected} in it again.`
      : `this cell's formula was changed to ${p.found}. Enter the right formula again: ${p.expected}.`,
  ERR_FORMULA_MISMATCH: (p) =>
    `the cell shows ${sh(p.found)} but the scores entered give ${sh(p.expected)}: the results saved in the file are stale (saved without recalculating, or scores changed with another tool). Open the workbook, recalculate everything (Excel: Ctrl+Alt+F9; LibreOffice: Ctrl+Shift+F9), save, and check again.`,
  ERR_ABOVE_MAX: (p) => `${n(p.value)} is above the maximum ${n(p.max)}. Enter 0 to ${n(p.max)}.`,
  ERR_NEGATIVE: (p) =>
    p.what === "actual" ? `the actual result ${n(p.value)} is negative. Enter a result of 0 or more.` : `${n(p.value)} is negative. Scores start at 0; deductions go into the deduction items.`,
  ERR_STEP: (p) => `${n(p.value)} is not a multiple of the step ${n(p.step)}. Enter ${n(p.below)} or ${n(p.above)}.`,
  ERR_NOT_NUMBER: (p) => `"${p.value}" is not a number. Enter a number.`,
  ERR_TEXT_NUMBER: (p, _f, c) => `"${p.value}" is a number stored as text. Enter it as the number ${n(p.fix)}${onSurface(c.surface, "", ", or click Change to… below")}.`,
  ERR_COUNT: (p) => `count ${n(p.value)} is invalid: a whole number 0 or more.`,
  ERR_MISSING: (p) =>
    p.what === "target"
      ? `no target for this measured criterion: its points can't be computed and the unit is not ranked. Enter the unit's target (a number above 0).`
      : `no score ${p.stage === "final" ? "at any stage" : `at stage ${stageName(String(p.stage), "en")}`}. Enter one.`,
  ERR_NA_NOT_ALLOWED: (p) =>
    p.kind === "target"
      ? `a target cannot be marked not applicable (${p.value}). Enter the target (a number above 0); to leave the criterion out, enter KAD in its actual cell.`
      : p.kind === "criterion"
      ? `this criterion may not be marked not applicable (${p.value}): the rubric does not allow it (no "notApplicable"). Enter a score from 0 to ${n(p.max)}.`
      : `a bonus or deduction item cannot be marked not applicable (${p.value}). Enter a count (0 when there were none).`,
  ERR_NOTHING_APPLICABLE: (p) =>
    `every criterion is not applicable (${l(p.items)}) at ${stageName(String(p.stage), "en")}: nothing to bring the total back to the full scale from, so the unit is not ranked. Enter a score for at least one criterion.`,
  ERR_TARGET: (p) => `target ${n(p.value)} is invalid: a target must be above 0 for the achievement to be computed. Enter the unit's target.`,
  ERR_DECIMALS: (p) =>
    `the ${p.what === "target" ? "target" : "actual result"} ${n(p.value)} has too many decimals or is too large (at most ${p.limit} decimals, below 9 billion). Round it, or use a larger unit (billions of dong).`,
  ERR_REASON_MISSING: (p, f) => `${changed(p)} but no reason is given. The rubric requires a reason for every change: ${reasonWhere(f)}.`,
  ERR_TABLE_HEADER: (p) =>
    `no criteria table found in ${p.file || "the workbook"}${p.sheet ? ` (sheet "${p.sheet}")` : ""}: a header row with the columns "TT" (or "Mã", "STT", "No."), "Nội dung" (or "Tiêu chí", "Criterion") and "Điểm chuẩn" (or "Điểm tối đa", "Max points") is needed. Add that header row above the table, or put the table on the first sheet or a sheet named "Bảng tiêu chí".`,
  ERR_TABLE_NO_ROWS: () => `the criteria table has a header but no criterion rows below it. Fill in the criteria (number, name, max points) under the header.`,
  ERR_TABLE_CODE: (p) =>
    p.value === ""
      ? `this row has points but no number (TT), so it belongs to no part. Write its number (I, 1, 1.1, a…) in this cell.`
      : `number "${p.value}" does not fit the numbering${p.parent ? ` under "${p.parent}"` : ""}: parts are I, II…; below them 1, 2…; then 1.1, 1.2… (with the number of the row above); then a, b… Correct the number for its level.`,
  ERR_TABLE_DUPLICATE_CODE: (p) => `code "${p.value}" is already used in cell ${p.first}. Each row needs its own code within its part: change one of them.`,
  ERR_TABLE_NOT_NUMBER: (p) => `${p.column === "weight" ? "weight" : "max points"} "${p.value}" is not a number. Write a number, e.g. 2.5 or 10.`,
  ERR_TABLE_NOT_POSITIVE: (p) => `${p.column === "weight" ? "weight" : "max points"} ${n(p.value)} must be above 0. Change it to a positive number${p.column === "weight" ? " (empty means weight 1)" : ""}.`,
  ERR_TABLE_MISSING_MAX: (p) => `criterion "${p.value}" has no max points (and no rows below it to add up). Write its max points in this cell.`,
  ERR_TABLE_EMPTY_NAME: (p) => `row "${p.value}" has no criterion text. Write it in this cell or delete the row.`,
  ERR_TABLE_NA_POLICY: (p) => `the "Not applicable" column says "${p.value}": use only "đủ điểm"/"full" (counted at its max) or "quy đổi"/"rescale" (left out, the total brought back to the full scale), or leave it empty.`,
  ERR_TABLE_GROUP_FIELD: (p) =>
    `this row is a group (it has rows below it), so it carries no ${p.column === "weight" ? "weight" : p.column === "notApplicable" ? "not-applicable policy" : p.column === "guidance" ? "scoring guidance" : "scoring method"} ("${p.value}"). Put it on each criterion below and clear this cell.`,
  ERR_TABLE_OUTSIDE_SECTION: (p) => `row "${p.value}" is a criterion outside any part. Put a part row (I, II…) above it.`,
  ERR_TABLE_METHOD: (p) =>
    `the "Cách chấm" (scoring method) column says "${p.value}": ${
      { shape: `its start "${p.clause}" is neither "tỷ lệ" (linear) nor "bậc: …" (bands)`, clause: `"${p.clause}" can't be read`, mixed: `"${p.clause}" doesn't go with this method`, repeated: `"${p.clause}" is written twice` }[String(p.problem)] ?? `"${p.clause}" can't be read`
    }. Write it as "tỷ lệ", "tỷ lệ; vượt 1% +0,1 tối đa 1", "bậc: ≥95% 5; ≥90% 4; ≥80% 3", adding "; càng thấp càng tốt" when lower is better; leave it empty for a criterion scored directly.`,
  ERR_TABLE_SETTING: (p) =>
    `"${p.label}": ${p.value === "" ? "no value" : `the value "${p.value}" can't be read`}; it needs ${
      { text: "some text", number: "a number not below 0 (e.g. 0.25)", whole: "a whole number", yesNo: "Có (yes) or Không (no)", stages: "stages separated by commas (tự chấm, khối chấm, thẩm định)", tieBreak: '"Điểm phần <code>", "Ít điểm trừ hơn" or "Nhiều điểm thưởng hơn"', ratio: "a ratio from 0 to 1 (e.g. 0.85 or 85%)" }[String(p.expected)] ?? String(p.expected)
    }. Correct this cell on the "Quy định chấm" sheet.`,
  WARN_SECTION_CAP: (p, _f, c) => `section ${named(p.section, c)}: its criteria add up to ${n(p.sum)} > ${n(p.max)}; the section is capped at ${n(p.max)}.`,
  WARN_CAPPED: (p) =>
    p.count !== undefined
      ? `${p.count} events = ${n(p.points)} points, above the item's cap ${n(p.cap)}; ${n(p.cap)} counted.`
      : `${p.group === "bonus" ? "bonus" : "deductions"} total ${n(p.points)} above the cap ${n(p.cap)}; ${n(p.cap)} counted.`,
  WARN_TIE_UNRESOLVED: (p, _f, c) =>
    `${l(p.units)} are tied (${n(p.total)}) at rank ${p.rank} after every tie-break. The bloc must vote an order, ${onSurface(c.surface, `then write it in the "Biểu quyết" (vote) column of the summary sheet or pass --vote with the order voted`, "then set and record it under Rank (Ties to settle by vote)")}.`,
  WARN_AWARD_REQUIREMENT: (p) =>
    `at position ${p.position} but misses requirements (${l(p.missed)}; classification: ${p.classification ?? "none"}, total ${n(p.total)})${p.got ? `; proposed for ${p.got}` : "; no award proposed"}.`,
  WARN_AWARD_EMPTY: (p) => `award "${p.label}" has ${p.free}/${p.places} places left empty${p.stopped ? " because the walk stopped at a tie" : " because no unit met its requirements"}.`,
  WARN_AWARD_STOPPED: (p) => `the award walk stops at position ${p.position}: ${l(p.units)} are still tied. Record the bloc's vote and rank again.`,
  WARN_AWARD_FULL: (p) => `at position ${p.position}, but the awards reaching this position (${l(p.awards)}) have no place left: no award proposed.`,
  WARN_AWARD_VETOED: (p) => `ranked ${p.rank} but disciplined (a vetoing deduction): no award proposed.`,
  WARN_INCOMPLETE: (p) => `incomplete at ${stageName(String(p.stage), "en")}: partial total only, not ranked.`,
  WARN_VOTE_REJECTED: (p) =>
    p.reason === "notTied"
      ? `vote ${l(p.vote)} matches no tie group; not applied.`
      : `vote ${l(p.vote)} must name every tied unit (${l(p.group)}); not applied, the units stay tied.`,
  WARN_REASON_MISSING: (p, f) => `${changed(p)} but no reason is given. For the minutes, ${reasonWhere(f)}.`,
  WARN_RANKING_PENDING: (p) =>
    `notes on ties and award proposals at ${stageName(String(p.stage), "en")} are held back: they only hold once every unit is complete and nothing is wrong. Fix the errors, fill in the missing scores and check again to see them.`,
  WARN_SELF_GAP: (p) => `self score ${n(p.self)} is ${n(p.gap)} points above the bloc score ${n(p.bloc)} (threshold ${n(p.threshold)}). The bloc may deduct for an inflated self-score.`,
  WARN_TABLE_GROUP_SUM: (p) => `"${p.value}" has no max points: the sum of its rows, ${n(p.max)}, is used. Write a number in this cell if the part has another cap.`,
  WARN_TABLE_ENCODING: (p) => `${p.cells} ${p.cells === 1 ? "cell was" : "cells were"} typed in the old ${p.encoding === "tcvn3" ? "TCVN3 (ABC, .VnTime fonts)" : "VNI (VNI-Times fonts)"} encoding and converted to Unicode. Check the criteria's names.`,
  WARN_TABLE_DEFAULTS: (p, _f, c) => `no "Quy định chấm" (scoring rules) sheet: score step ${n(p.step)}, ${p.decimals} decimals, year ${p.year}, three stages, no bonus, deductions, classification or awards. ${onSurface(c.surface, "Export the table (thidua rubric export) to get that sheet and edit it.", "Add that sheet (the Write the criteria table button) and edit it.")}`,
  WARN_TABLE_FROM_WORKBOOK: (p) => `this is a scoring workbook made by Thi đua, not a criteria table: the agreed rubric stored in it ("${p.title}", ${p.year}) was taken, rather than reading its sheets as a table.`,
};
