import type { Finding } from "../domain/findings";
import { walkTree } from "../domain/rubricTree";
import type { Rubric, Unit } from "../domain/types";
import { enFindings } from "./findings.en";
import { viFindings } from "./findings.vi";
import { stageName } from "./stages";
import type { Surface } from "./surface";
import type { AnyFindingMessage, FindingMessages, Lang } from "./types";

export const findingMessages: Record<Lang, FindingMessages> = { vi: viFindings, en: enFindings };

/** What a rubric id or unit id is called, when a rubric and a bloc are at hand. */
export interface FindingNames {
  readonly units: ReadonlyMap<string, string>;
  readonly items: ReadonlyMap<string, { readonly kind: ItemKind; readonly name: string }>;
}

export type ItemKind = "section" | "group" | "criterion" | "bonus" | "deduction";

export const NO_NAMES: FindingNames = { units: new Map(), items: new Map() };

/** The names of every unit and every node of the rubric (sections, groups, criteria, bonus and deduction items). */
export function findingNames(rubric?: Rubric | null, units?: readonly Unit[] | null): FindingNames {
  const items = new Map<string, { kind: ItemKind; name: string }>();
  if (rubric) {
    for (const e of walkTree(rubric)) items.set(e.node.id, { kind: e.depth === 0 ? "section" : "criteria" in e.node ? "group" : "criterion", name: e.node.name });
    for (const it of rubric.bonus.items) items.set(it.id, { kind: "bonus", name: it.name });
    for (const it of rubric.deductions.items) items.set(it.id, { kind: "deduction", name: it.name });
  }
  return { units: new Map((units ?? []).map((u) => [u.id, u.name])), items };
}

export interface RenderOptions {
  /** whose controls the advice names; the CLI's unless told */
  readonly surface?: Surface;
  readonly names?: FindingNames;
}

const WORDS = {
  vi: {
    fileLine: (file: string, line: number) => `tệp ${file}, dòng ${line}`,
    file: (file: string) => `tệp ${file}`,
    cell: (sheet: string, cell: string) => `trang ${sheet}, ô ${cell}`,
    sheet: (sheet: string) => `trang ${sheet}`,
    field: (path: string) => `trường ${path}`,
    unit: (name: string) => `đơn vị ${name}`,
    item: { section: "phần", group: "nhóm tiêu chí", criterion: "tiêu chí", bonus: "mục điểm thưởng", deduction: "mục điểm trừ" } as Record<ItemKind, string>,
    unknownItem: "mục",
  },
  en: {
    fileLine: (file: string, line: number) => `file ${file}, line ${line}`,
    file: (file: string) => `file ${file}`,
    cell: (sheet: string, cell: string) => `sheet ${sheet}, cell ${cell}`,
    sheet: (sheet: string) => `sheet ${sheet}`,
    field: (path: string) => `field ${path}`,
    unit: (name: string) => `unit ${name}`,
    item: { section: "section", group: "group", criterion: "criterion", bonus: "bonus item", deduction: "deduction item" } as Record<ItemKind, string>,
    unknownItem: "item",
  },
};

/** A finding in words, in reading order: what it is about, where it is, what is wrong and what to do, then its code. */
export interface FindingParts {
  /** the unit, the criterion by name, the stage — "" when the finding concerns none */
  readonly about: string;
  readonly unit: string;
  /** the item alone ("tiêu chí "Tổ chức hội nghị"") and the stage alone, for a line already under its unit */
  readonly item: string;
  readonly stage: string;
  /** where to look: a file and line, a sheet and cell, a JSON field — "" when nowhere in particular */
  readonly where: string;
  readonly message: string;
  readonly code: string;
}

export function findingMessage(f: Finding, lang: Lang, options: RenderOptions = {}): string {
  const items = (options.names ?? NO_NAMES).items;
  // the finding's params are its code's (finding() is typed so): the table's per-code types meet here
  return (findingMessages[lang][f.code] as AnyFindingMessage)(f.params, f, { surface: options.surface ?? "cli", name: (id) => items.get(id)?.name });
}

export function findingParts(f: Finding, lang: Lang, options: RenderOptions = {}): FindingParts {
  const w = WORDS[lang];
  const names = options.names ?? NO_NAMES;
  const s = f.source;
  const where: string[] = [];
  if (s?.file && s.line !== undefined) where.push(w.fileLine(s.file, s.line));
  else if (s?.file) where.push(w.file(s.file));
  if (s?.sheet && s.cell) where.push(w.cell(s.sheet, s.cell));
  else if (s?.sheet) where.push(w.sheet(s.sheet));
  if (f.path && f.path.length > 0) where.push(w.field(f.path.join(".")));
  const unit = f.unit ? w.unit(names.units.get(f.unit) ?? f.unit) : "";
  const known = f.item ? names.items.get(f.item) : undefined;
  const item = !f.item ? "" : known ? `${w.item[known.kind]} "${known.name}"` : `${w.unknownItem} ${f.item}`;
  const stage = f.stage ? stageName(f.stage, lang) : "";
  return {
    about: [unit, item, stage].filter(Boolean).join(", "),
    unit,
    item,
    stage,
    where: where.join(", "),
    message: findingMessage(f, lang, options),
    code: f.code,
  };
}

function capitalized(s: string): string {
  return s.charAt(0).toLocaleUpperCase() + s.slice(1);
}

/**
 * One line an official reads: `Đơn vị …, tiêu chí "…", tự chấm — trang U03, ô E10: what is wrong and what to do
 * (ERR_…)`. Words first; the code, for whoever answers a question about it, small and last.
 */
export function renderFinding(f: Finding, lang: Lang, options: RenderOptions = {}): string {
  const p = findingParts(f, lang, options);
  const lead = [p.about, p.where].filter(Boolean).join(" — ");
  return `${lead ? `${capitalized(lead)}: ${p.message}` : capitalized(p.message)} (${p.code})`;
}
