import { shiftFormula } from "../../../src/hosts/xlsx/sharedFormula";

describe("shiftFormula", () => {
  it("moves relative references and keeps anchored parts", () => {
    expect(shiftFormula("A1+$B2+C$3+$D$4", 2, 1)).toBe("B3+$B4+D$3+$D$4");
  });

  it("leaves function names, sheet names, strings and defined names alone", () => {
    expect(shiftFormula(`LOG10(A1)&"A1"&'Sheet A1'!B2&U01!C3+ThiDua_X1`, 1, 0)).toBe(`LOG10(A2)&"A1"&'Sheet A1'!B3&U01!C4+ThiDua_X1`);
  });
});
