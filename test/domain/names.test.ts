/* eslint-disable no-control-regex -- these tests look for control characters */
import { parseBloc } from "../../src/domain/blocRules";
import { cleanName } from "../../src/domain/names";

describe("cleanName: names as Excel reads them", () => {
  it.each([
    ["U_x0041_", "UA"],
    ["_x005F_x0041_", "A"],
    ["Hòa\u0000Vang\u001b[31m", "Hòa Vang [31m"],
    ["  Hòa\t\n Vang ", "Hòa Vang"],
    ["Ho\u0300a Vang", "Hòa Vang"],
    ["_x000D_", ""],
  ])("%j → %j", (raw, clean) => {
    expect(cleanName(raw)).toBe(clean);
  });

  it("leaves no _xHHHH_ escape and no control character", () => {
    for (const raw of ["_x_x0041__", "_x005f_x005F_x0041_", "a_x0009_b", "\u0085x"]) {
      const s = cleanName(raw);
      expect([raw, /_x[0-9a-fA-F]{4}_/.test(s) || /[\u0000-\u001f\u007f-\u009f]/.test(s)]).toEqual([raw, false]);
    }
  });
});

describe("bloc unit names", () => {
  const bloc = (names: string[]) => ({ name: "Khối", year: 2023, units: names.map((name, i) => ({ id: `U${i + 1}`, name })) });

  it("NFC and NFD spellings of one name are one name: a duplicate", () => {
    const r = parseBloc(bloc(["Hòa Vang", "Ho\u0300a Vang"]));
    expect(r.ok).toBe(false);
    expect(r.findings.map((f) => f.code)).toEqual(["ERR_DUPLICATE_NAME"]);
  });

  it("are stored cleaned", () => {
    const r = parseBloc(bloc(["Ho\u0300a\u0007 Vang", "U_x0041_"]));
    expect(r.ok && r.value.units.map((u) => u.name)).toEqual(["Hòa Vang", "UA"]);
  });

  it("a name of nothing but control characters is empty: ERR_SCHEMA", () => {
    expect(parseBloc(bloc(["\u0001\u0002"])).findings.map((f) => f.code)).toEqual(["ERR_SCHEMA"]);
  });
});
