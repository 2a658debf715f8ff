import { parseBloc } from "../../src/domain/blocRules";
import { parseRubric } from "../../src/domain/rubricRules";
import { parseScoresCsv } from "../../src/domain/scoresCsv";
import { fixtureFile, treeFile } from "../support/fixture";

/** Every object of rubric.json and bloc.json is strict: a misspelt key anywhere is ERR_SCHEMA, never ignored. */

type Json = unknown;

/** JSON paths of every object inside `value`, the root included. */
function objectPaths(value: Json, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => objectPaths(v, [...at, i]));
  if (value !== null && typeof value === "object") return [at, ...Object.entries(value).flatMap(([k, v]) => objectPaths(v, [...at, k]))];
  return [];
}

function withKey(value: Json, at: readonly (string | number)[], key: string): Json {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy as Record<string | number, unknown>;
  for (const p of at) node = node[p] as Record<string | number, unknown>;
  node[key] = 1;
  return copy;
}

/** The fixtures with every optional object present, so each object of the schema is visited. */
const fullRubric = (text: string) => {
  const r = JSON.parse(text) as Record<string, unknown>;
  r.options = { selfGapThreshold: 1 };
  r.deductions ??= { maxTotal: 5, items: [{ id: "D99", name: "Vi phạm", pointsPerEvent: 1 }] };
  r.bonus ??= { maxTotal: 5, items: [{ id: "B99", name: "Thưởng", pointsPerEvent: 1 }] };
  return r;
};

describe.each([
  ["the worked example", () => fullRubric(fixtureFile("rubric.json"))],
  ["the 4-level tree", () => fullRubric(treeFile("rubric.json"))],
])("rubric objects of %s", (_, load) => {
  const rubric = load();

  it("parse as they are", () => {
    expect(parseRubric(rubric).findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  const paths = objectPaths(rubric);
  it.each(paths.map((p) => [p.join(".") || "(root)", p] as const))("a misspelt key at %s is ERR_SCHEMA", (_, at) => {
    const r = parseRubric(withKey(rubric, at, "maxtotal_"));
    expect(r.ok).toBe(false);
    expect(r.findings.map((f) => [f.code, f.params.problem])).toContainEqual(["ERR_SCHEMA", "unrecognized_keys"]);
  });
});

describe("rubric deductions", () => {
  it("'maxtotal' misspelt is ERR_SCHEMA (it was silently ignored, unlike bonus)", () => {
    const r = fullRubric(fixtureFile("rubric.json"));
    r.deductions = { maxtotal: 5, items: [] };
    const parsed = parseRubric(r);
    expect(parsed.ok).toBe(false);
    expect(parsed.findings.map((f) => [f.code, f.params.field])).toContainEqual(["ERR_SCHEMA", expect.stringContaining("maxtotal")]);
  });
});

describe("bloc objects", () => {
  const bloc = JSON.parse(fixtureFile("bloc.json")) as Json;
  it.each(objectPaths(bloc).map((p) => [p.join(".") || "(root)", p] as const))("a misspelt key at %s is ERR_SCHEMA", (_, at) => {
    const r = parseBloc(withKey(bloc, at, "nmae"));
    expect(r.ok).toBe(false);
    expect(r.findings.map((f) => f.code)).toContain("ERR_SCHEMA");
  });
});

describe("CSV quotes", () => {
  it("an unterminated quote is ERR_CSV_QUOTE at the line it opened, and no row is read", () => {
    const csv = 'unit,item,stage,value,note\nU01,C01,self,7,ok\nU01,C02,self,8,"never closed\nU01,C03,self,9,\nU02,C01,self,6,\n';
    const r = parseScoresCsv(csv, "s.csv");
    expect(r.rows).toEqual([]);
    expect(r.findings.map((f) => [f.code, f.source?.line])).toEqual([["ERR_CSV_QUOTE", 3]]);
  });

  it("a closed quote spanning lines stays one field", () => {
    const r = parseScoresCsv('unit,item,stage,value,note\nU01,C01,self,7,"a\nb ""c"""\nU01,C02,self,8,\n', "s.csv");
    expect(r.findings).toEqual([]);
    expect(r.rows.map((x) => [x.note, x.source?.line])).toEqual([["a\nb \"c\"", 2], [undefined, 4]]);
  });
});
