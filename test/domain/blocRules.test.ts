import { parseBloc } from "../../src/domain/blocRules";
import { blocJson } from "../support/builders";
import { caseFile, fixtureFile } from "../support/fixture";

describe("parseBloc", () => {
  it("accepts the fixture's bloc", () => {
    const b = parseBloc(JSON.parse(fixtureFile("bloc.json")));
    expect(b.ok).toBe(true);
    expect(b.findings).toEqual([]);
    expect(b.ok && b.value.units).toHaveLength(9);
  });

  it("returns ERR_SCHEMA for each missing field (bloc-missing-fields.json)", () => {
    const b = parseBloc(JSON.parse(caseFile("bloc-missing-fields.json")));
    expect(b.ok).toBe(false);
    expect(b.findings.map((f) => [f.code, f.params.field, f.params.found])).toEqual([
      ["ERR_SCHEMA", "name", "undefined"],
      ["ERR_SCHEMA", "units.0.name", "undefined"],
    ]);
  });

  it("returns ERR_SCHEMA for a bloc without units", () => {
    const json = blocJson();
    json.units = [];
    expect(parseBloc(json).findings.map((f) => [f.code, f.params.field, f.params.problem])).toEqual([["ERR_SCHEMA", "units", "too_small"]]);
  });

  it("rejects a 10th unit named like an existing one (bloc-duplicate-name.json), names spaced and cased differently too", () => {
    const b = parseBloc(JSON.parse(caseFile("bloc-duplicate-name.json")));
    expect(b.ok).toBe(false);
    expect(b.findings).toEqual([
      expect.objectContaining({ code: "ERR_DUPLICATE_NAME", path: ["units", 9, "name"], params: expect.objectContaining({ first: "units.6.name" }) }),
    ]);
    const json = blocJson(2);
    json.units[1].name = "  đơn vị   u1 ";
    expect(parseBloc(json).findings.map((f) => f.code)).toEqual(["ERR_DUPLICATE_NAME"]);
  });

  it("returns ERR_DUPLICATE_ID for a repeated unit id", () => {
    const json = blocJson(3);
    json.units[2].id = "u1";
    expect(parseBloc(json).findings.map((f) => [f.code, f.params.field, f.params.first])).toEqual([["ERR_DUPLICATE_ID", "units.2.id", "units.0.id"]]);
  });

  it("returns ERR_BLOC_ROLE when the head or deputy is not a unit of the bloc (bloc-role-unknown.json)", () => {
    const b = parseBloc(JSON.parse(caseFile("bloc-role-unknown.json")));
    expect(b.ok).toBe(false);
    expect(b.findings.map((f) => [f.code, f.path, f.params.value])).toEqual([
      ["ERR_BLOC_ROLE", ["head"], "U99"],
      ["ERR_BLOC_ROLE", ["deputy"], "U98"],
    ]);
  });

  it("returns ERR_BLOC_ROLE when the deputy is the head", () => {
    const json = blocJson(3);
    json.head = "U2";
    json.deputy = "U2";
    expect(parseBloc(json).findings.map((f) => [f.code, f.params.same])).toEqual([["ERR_BLOC_ROLE", true]]);
  });

  it("accepts a bloc without head and deputy", () => {
    const json = blocJson(2);
    delete json.head;
    delete json.deputy;
    expect(parseBloc(json).ok).toBe(true);
  });
});
