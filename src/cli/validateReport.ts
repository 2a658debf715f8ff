import type { Finding } from "../domain/findings";
import type { Bloc, Rubric, StageChoice } from "../domain/types";
import { PRINTED_FINDINGS } from "./render";
import { findingMessage, findingNames, findingParts, stageName, text, type FindingNames, type Lang } from "../i18n";

/** The `validate --json` object: ok, and every finding with where it is and its message. */
export function validationJson(ok: boolean, findings: readonly Finding[], lang: Lang, names?: FindingNames): unknown {
  return {
    ok,
    findings: findings.map((f) => ({
      severity: f.severity,
      code: f.code,
      sheet: f.source?.sheet ?? null,
      cell: f.source?.cell ?? null,
      unit: f.unit ?? null,
      item: f.item ?? null,
      stage: f.stage ?? null,
      message: findingMessage(f, lang, { names }),
    })),
  };
}

function line(f: Finding, lang: Lang, names: FindingNames): string {
  // the unit heads its group: the line says what in it (criterion, stage) and where (sheet, cell), the code last
  const p = findingParts(f, lang, { names });
  const lead = [[p.item, p.stage].filter(Boolean).join(", "), p.where].filter(Boolean).join(" — ");
  const tag = text(lang, f.severity === "error" ? "validate.error" : "validate.warning");
  return `  ${tag} ${lead ? `${lead}: ` : ""}${p.message} (${f.code})`;
}

/**
 * What an official reads: findings grouped by unit (general ones first, units in bloc order), the counts, and a
 * last line saying plainly whether the workbook is ready to submit.
 */
export function validationText(file: string, stage: StageChoice, bloc: Bloc | undefined, findings: readonly Finding[], exit: number, lang: Lang, rubric?: Rubric): string {
  const out = [text(lang, "validate.title", file, stageName(stage, lang))];
  const groups = new Map<string, Finding[]>();
  let errors = 0;
  // an indexed loop over every finding (6 600 in a 60-unit bloc; for…of's iterator costs several times more in a
  // fresh process)
  for (let k = 0; k < findings.length; k++) {
    const f = findings[k];
    if (f.severity === "error") errors++;
    const key = f.unit ?? "";
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  const names = findingNames(rubric, bloc?.units);
  const nameOf = names.units;
  // a damaged file can hold 200 000 findings: the first ones are printed, the counts below cover all
  let room = PRINTED_FINDINGS;
  for (const [unit, list] of groups) {
    if (room <= 0) break;
    out.push("", unit === "" ? `${text(lang, "validate.general")}:` : `${unit}${nameOf.has(unit) ? ` — ${nameOf.get(unit)}` : ""}:`);
    for (const f of list.slice(0, room)) out.push(line(f, lang, names));
    room -= list.length;
  }
  if (findings.length > PRINTED_FINDINGS) out.push("", text(lang, "cli.moreFindings", findings.length - PRINTED_FINDINGS, PRINTED_FINDINGS));
  out.push("", text(lang, "validate.count", errors, findings.length - errors));
  out.push(text(lang, exit === 2 ? "validate.unusable" : errors === 0 ? "validate.ready" : "validate.notReady"));
  return out.join("\n");
}
