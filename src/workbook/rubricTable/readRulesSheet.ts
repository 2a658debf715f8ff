import { finding, type Finding } from "../../domain/findings";
import { STAGES } from "../../domain/types";
import { RUBRIC_TABLE_LABELS, type RubricTableLabels } from "../../i18n/rubricTable";
import { stageName } from "../../i18n/stages";
import type { Lang } from "../../i18n/types";
import { cellRef } from "../a1";
import type { CellMap } from "./tableTree";
import { norm, numberOf, textOf, type Grid, type GridCell } from "./tableGrid";

type Setting = "name" | "year" | "step" | "decimals" | "stages" | "requireReason" | "selfGap" | "bonusMax" | "deductionMax";
type Block = "bonus" | "deductions" | "tieBreak" | "classification" | "awards";
/** what a setting's value must be, named in ERR_TABLE_SETTING */
export type SettingKind = "text" | "number" | "whole" | "yesNo" | "stages" | "tieBreak" | "ratio";

const LANGS = Object.entries(RUBRIC_TABLE_LABELS) as [Lang, RubricTableLabels][];
const SETTINGS: readonly Setting[] = ["name", "year", "step", "decimals", "stages", "requireReason", "selfGap", "bonusMax", "deductionMax"];
const BLOCK_TITLE: Readonly<Record<Block, "bonusTitle" | "deductionTitle" | "tieTitle" | "classTitle" | "awardTitle">> = {
  bonus: "bonusTitle",
  deductions: "deductionTitle",
  tieBreak: "tieTitle",
  classification: "classTitle",
  awards: "awardTitle",
};

function settingOf(label: string): Setting | null {
  return SETTINGS.find((s) => LANGS.some(([, l]) => norm(l.rules[s]) === label)) ?? null;
}
function blockOf(label: string): Block | null {
  return (Object.keys(BLOCK_TITLE) as Block[]).find((b) => LANGS.some(([, l]) => norm(l.rules[BLOCK_TITLE[b]]) === label)) ?? null;
}
const yesWords = new Set(LANGS.map(([, l]) => norm(l.rules.yes)));
const noWords = new Set(LANGS.map(([, l]) => norm(l.rules.no)));

export interface RulesRead {
  /** the rubric's fields other than `sections`, as rubric.json would hold them (absent when not on the sheet) */
  readonly fields: Record<string, unknown>;
  readonly cells: CellMap;
  readonly findings: readonly Finding[];
}

/**
 * Reads "Quy định chấm" (rulesSheet.ts): a label in column A and its value in B; a block title starts a small
 * table whose first row is its header and which ends at an empty row. Labels are recognised in every language.
 */
export function readRulesSheet(grid: Grid): RulesRead {
  const fields: Record<string, unknown> = {};
  const cells: CellMap = new Map();
  const findings: Finding[] = [];
  const at = (r: number, c: number) => ({ sheet: grid.sheet, cell: cellRef(r, c) });
  const bad = (r: number, c: number, label: string, value: string, expected: SettingKind) =>
    findings.push(finding("ERR_TABLE_SETTING", { label, value, expected }, { source: at(r, c) }));
  const bonus: Record<string, unknown>[] = [];
  const deductions: Record<string, unknown>[] = [];
  const tieBreak: string[] = [];
  const classification: Record<string, unknown>[] = [];
  const awards: Record<string, unknown>[] = [];
  const groups = { bonus: { maxTotal: null as number | null, items: bonus }, deductions: { maxTotal: null as number | null, items: deductions } };
  const seen = new Set<Setting>();
  let block: Block | null = null;
  let headerPending = false;

  /** a number cell: null when empty, undefined (and a finding) when not a number of the kind asked */
  const num = (r: number, c: number, v: GridCell | undefined, label: string, kind: "number" | "whole" | "ratio"): number | null | undefined => {
    const text = textOf(v);
    const percent = kind === "ratio" && /%$/.test(text);
    const n = numberOf(percent ? text.slice(0, -1) : (v ?? null));
    if (n === null) return null;
    if (Number.isNaN(n) || n < 0 || (kind === "whole" && !Number.isInteger(n))) {
      bad(r, c, label, text, kind);
      return undefined;
    }
    return percent ? Math.round(n * 1e4) / 1e6 : n;
  };

  for (let r = 0; r < grid.rows.length; r++) {
    const row = grid.rows[r];
    const label = norm(textOf(row[0]));
    if (row.every((c) => textOf(c) === "")) {
      block = null;
      continue;
    }
    const nextBlock = blockOf(label);
    if (nextBlock) {
      block = nextBlock;
      headerPending = true;
      continue;
    }
    const setting = block === null ? settingOf(label) : null;
    if (setting) {
      readSetting(setting, r, row[1] ?? null, textOf(row[0]));
      continue;
    }
    if (block === null) continue;
    if (headerPending) {
      headerPending = false;
      continue;
    }
    readItem(block, r, row);
  }
  // a label row deleted by mistake: say which, on the sheet
  for (const s of ["name", "year", "step", "decimals"] as const) {
    if (!seen.has(s)) findings.push(finding("ERR_TABLE_SETTING", { label: RUBRIC_TABLE_LABELS.vi.rules[s], value: "", expected: s === "name" ? "text" : s === "step" ? "number" : "whole" }, { source: { sheet: grid.sheet } }));
  }
  if (bonus.length > 0 || groups.bonus.maxTotal !== null) fields.bonus = groups.bonus;
  if (deductions.length > 0 || groups.deductions.maxTotal !== null) fields.deductions = groups.deductions;
  fields.tieBreak = tieBreak;
  fields.classification = classification;
  fields.awards = awards;
  return { fields, cells, findings };

  function readSetting(s: Setting, r: number, v: GridCell, label: string): void {
    const text = textOf(v);
    const where = at(r, 1);
    seen.add(s);
    /** a value the rubric can't do without: empty is a finding too */
    const required = (kind: "number" | "whole"): number | undefined => {
      const n = num(r, 1, v, label, kind);
      if (n === null) bad(r, 1, label, "", kind);
      return n ?? undefined;
    };
    if (s === "name") {
      if (text === "") bad(r, 1, label, "", "text");
      fields.title = text;
      cells.set("title", where);
    } else if (s === "year") {
      fields.year = required("whole");
      cells.set("year", where);
    } else if (s === "decimals" || s === "step") {
      const key = s === "step" ? "step" : "decimals";
      fields.scale = { ...(fields.scale as object), [key]: required(s === "step" ? "number" : "whole") };
      cells.set(`scale.${key}`, where);
    } else if (s === "stages") {
      const stages = text.split(/[,;]/).map((x) => norm(x)).filter((x) => x !== "").map(stageOf);
      if (stages.length === 0 || stages.some((x) => x === null)) bad(r, 1, label, text, "stages");
      else fields.stages = stages;
      cells.set("stages", where);
    } else if (s === "requireReason") {
      if (text === "") return;
      if (yesWords.has(norm(text))) fields.requireReason = true;
      else if (noWords.has(norm(text))) fields.requireReason = false;
      else bad(r, 1, label, text, "yesNo");
      cells.set("requireReason", where);
    } else if (s === "selfGap") {
      const n = num(r, 1, v, label, "number");
      if (n !== null && n !== undefined) fields.options = { selfGapThreshold: n };
      cells.set("options", where);
    } else {
      const n = num(r, 1, v, label, "number");
      const group = s === "bonusMax" ? groups.bonus : groups.deductions;
      if (n !== undefined) group.maxTotal = n;
      cells.set(`${s === "bonusMax" ? "bonus" : "deductions"}.maxTotal`, where);
    }
  }

  function readItem(b: Block, r: number, row: readonly GridCell[]): void {
    const t = (c: number) => textOf(row[c]);
    const mark = (path: string, fieldsByCol: readonly (string | null)[]) => {
      cells.set(path, at(r, 0));
      fieldsByCol.forEach((f, c) => f && cells.set(`${path}.${f}`, at(r, c)));
    };
    if (b === "bonus" || b === "deductions") {
      const items = b === "bonus" ? bonus : deductions;
      const item: Record<string, unknown> = { id: t(0), name: t(1) };
      const per = num(r, 2, row[2], t(1), "number");
      if (per !== undefined) item.pointsPerEvent = per ?? undefined;
      const cap = num(r, 3, row[3], t(1), "number");
      if (cap !== undefined) item.maxPoints = cap;
      if (b === "deductions") {
        const veto = norm(t(4));
        if (veto === "" || noWords.has(veto)) item.vetoAward = false;
        else if (yesWords.has(veto)) item.vetoAward = true;
        else bad(r, 4, t(1), t(4), "yesNo");
      }
      mark(`${b}.items.${items.length}`, ["id", "name", "pointsPerEvent", "maxPoints", "vetoAward"]);
      items.push(item);
    } else if (b === "tieBreak") {
      const key = tieKeyOf(t(1));
      if (key === null) bad(r, 1, t(0), t(1), "tieBreak");
      else {
        cells.set(`tieBreak.${tieBreak.length}`, at(r, 1));
        tieBreak.push(key);
      }
    } else if (b === "classification") {
      const level: Record<string, unknown> = { label: t(1) };
      const min = num(r, 2, row[2], t(1), "number");
      if (min !== undefined) level.minTotal = min ?? undefined;
      const ratio = num(r, 3, row[3], t(1), "ratio");
      if (ratio !== undefined && ratio !== null) level.minSectionRatio = ratio;
      mark(`classification.${classification.length}`, [null, "label", "minTotal", "minSectionRatio"]);
      classification.push(level);
    } else {
      const places = num(r, 2, row[2], t(1), "whole");
      const minTotal = num(r, 4, row[4], t(1), "number");
      const requires: Record<string, unknown> = {};
      if (t(3) !== "") requires.classification = t(3);
      if (minTotal !== undefined && minTotal !== null) requires.minTotal = minTotal;
      mark(`awards.${awards.length}`, ["id", "label", "places", "requires", "requires"]);
      cells.set(`awards.${awards.length}.requires.classification`, at(r, 3));
      cells.set(`awards.${awards.length}.requires.minTotal`, at(r, 4));
      awards.push({ id: t(0), label: t(1), places: places ?? undefined, requires });
    }
  }
}

function stageOf(word: string): string | null {
  for (const s of STAGES) if (word === s || LANGS.some(([lang]) => norm(stageName(s, lang)) === word)) return s;
  return null;
}

function tieKeyOf(typed: string): string | null {
  const words = typed.normalize("NFC").replace(/\s+/g, " ").trim();
  const w = norm(words);
  if (w === "fewerdeductions" || LANGS.some(([, l]) => norm(l.rules.fewerDeductions) === w)) return "fewerDeductions";
  if (w === "morebonus" || LANGS.some(([, l]) => norm(l.rules.moreBonus) === w)) return "moreBonus";
  for (const [, l] of LANGS) {
    const prefix = norm(l.rules.tieSection(""));
    if (w.startsWith(`${prefix} `)) return `section:${words.slice(prefix.length).trim()}`;
  }
  if (/^section:\S+$/i.test(words)) return `section:${words.slice(8)}`;
  return null;
}
