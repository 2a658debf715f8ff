import type { Finding } from "../domain/findings";
import { enFindings } from "./findings.en";
import { viFindings } from "./findings.vi";
import { stageName } from "./stages";
import type { FindingMessages, Lang } from "./types";

export type { Lang } from "./types";
export { formatNumber } from "./format";
export { stageName } from "./stages";
export { text, type TextKey } from "./text";

export const findingMessages: Record<Lang, FindingMessages> = { vi: viFindings, en: enFindings };

/** Where a finding points, in words: a file line, a cell, or the unit/item/stage it concerns. */
export function findingLocation(f: Finding, lang: Lang): string {
  const parts: string[] = [];
  const s = f.source;
  if (s?.file && s.line !== undefined) parts.push(lang === "vi" ? `${s.file} dòng ${s.line}` : `${s.file} line ${s.line}`);
  else if (s?.file) parts.push(s.file);
  if (s?.sheet && s.cell) parts.push(`'${s.sheet}'!${s.cell}`);
  else if (s?.sheet) parts.push(`'${s.sheet}'`);
  if (f.path && f.path.length > 0) parts.push(f.path.join("."));
  const who: string[] = [];
  if (f.unit) who.push(lang === "vi" ? `đơn vị ${f.unit}` : `unit ${f.unit}`);
  if (f.item) who.push(lang === "vi" ? `mục ${f.item}` : `item ${f.item}`);
  if (f.stage) who.push(stageName(f.stage, lang));
  if (who.length > 0) parts.push(who.join(", "));
  return parts.join(" — ");
}

export function findingMessage(f: Finding, lang: Lang): string {
  return findingMessages[lang][f.code](f.params, f);
}

/** `CODE: where: message`, the line the CLI prints and the pane shows. */
export function renderFinding(f: Finding, lang: Lang): string {
  const where = findingLocation(f, lang);
  return `${f.code}: ${where ? `${where}: ` : ""}${findingMessage(f, lang)}`;
}
