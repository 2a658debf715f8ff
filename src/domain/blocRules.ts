import { finding, hasErrors, type Finding, type Result } from "./findings";
import { blocSchema } from "./schemas";
import type { Bloc } from "./types";
import { zodFindings } from "./zodFindings";

/** Parses and checks bloc.json: unique unit ids and names; head and deputy are units of the bloc. */
export function parseBloc(input: unknown): Result<Bloc> {
  const parsed = blocSchema.safeParse(input);
  if (!parsed.success) return { ok: false, findings: zodFindings(parsed.error, input) };
  const bloc = parsed.data as Bloc;
  const findings = checkBloc(bloc);
  return hasErrors(findings) ? { ok: false, findings } : { ok: true, value: bloc, findings };
}

export function checkBloc(bloc: Bloc): Finding[] {
  const out: Finding[] = [];
  const ids = new Map<string, number>();
  const names = new Map<string, number>();
  bloc.units.forEach((u, i) => {
    const firstId = ids.get(u.id.toLocaleLowerCase("vi"));
    if (firstId !== undefined) out.push(finding("ERR_DUPLICATE_ID", { value: u.id, field: `units.${i}.id`, first: `units.${firstId}.id` }, { path: ["units", i, "id"] }));
    else ids.set(u.id.toLocaleLowerCase("vi"), i);
    const key = u.name.trim().replace(/\s+/g, " ").toLocaleLowerCase("vi");
    const firstName = names.get(key);
    if (firstName !== undefined) out.push(finding("ERR_DUPLICATE_NAME", { value: u.name, field: `units.${i}.name`, first: `units.${firstName}.name` }, { path: ["units", i, "name"] }));
    else names.set(key, i);
  });
  const unitIds = bloc.units.map((u) => u.id);
  for (const role of ["head", "deputy"] as const) {
    const who = bloc[role];
    if (who != null && !unitIds.includes(who)) out.push(finding("ERR_BLOC_ROLE", { role, value: who, units: unitIds }, { path: [role] }));
  }
  if (bloc.head != null && bloc.head === bloc.deputy) out.push(finding("ERR_BLOC_ROLE", { role: "deputy", value: bloc.deputy, same: true }, { path: ["deputy"] }));
  return out;
}
