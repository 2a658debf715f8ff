import { finding, type Finding, type Result } from "../domain/findings";
import { parseBloc } from "../domain/blocRules";
import { parseRubric } from "../domain/rubricRules";
import type { Bloc, Rubric } from "../domain/types";

/** Parses JSON text, turning a syntax error into a finding that names the file and the position. */
export function parseJsonText(text: string, file: string): Result<unknown> {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, "")), findings: [] };
  } catch (e) {
    return { ok: false, findings: [finding("ERR_JSON_SYNTAX", { file, reason: (e as Error).message })] };
  }
}

function withFile(findings: readonly Finding[], file: string): Finding[] {
  return findings.map((f) => ({ ...f, source: { ...f.source, file } }));
}

export function rubricFromText(text: string, file = "rubric.json"): Result<Rubric> {
  const json = parseJsonText(text, file);
  if (!json.ok) return json;
  const r = parseRubric(json.value);
  return r.ok ? { ...r, findings: withFile(r.findings, file) } : { ok: false, findings: withFile(r.findings, file) };
}

export function blocFromText(text: string, file = "bloc.json"): Result<Bloc> {
  const json = parseJsonText(text, file);
  if (!json.ok) return json;
  const b = parseBloc(json.value);
  return b.ok ? { ...b, findings: withFile(b.findings, file) } : { ok: false, findings: withFile(b.findings, file) };
}
