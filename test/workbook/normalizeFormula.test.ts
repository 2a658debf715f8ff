import { normalizeFormula } from "../../src/workbook/normalizeFormula";

describe("normalizeFormula", () => {
  it("ignores what programs rewrite on save: case, spaces, $ markers, _xlfn. prefixes, quotes around sheet names", () => {
    const ours = "=SUM('U01'!$A$1:A3, ROUND(B2,6))";
    for (const saved of ["=sum(U01!A1:a3,round(b2,6))", "=SUM( 'U01'!A1:$A$3 , ROUND( B2 , 6 ) )", "=_xlfn.SUM(U01!A1:A3,ROUND(B2,6))"]) {
      expect(normalizeFormula(saved)).toBe(normalizeFormula(ours));
    }
  });

  it("reads LibreOffice's TRUE() and FALSE() as the constants", () => {
    expect(normalizeFormula("=IF(TRUE(),1,FALSE())")).toBe(normalizeFormula("=IF(TRUE,1,FALSE)"));
  });

  it("keeps string literals as they are, spaces and case included", () => {
    expect(normalizeFormula('=IF(A1=1,"Hoàn thành Tốt","")')).not.toBe(normalizeFormula('=IF(A1=1,"hoàn thành tốt","")'));
    expect(normalizeFormula('=A1&"it\'s ""TRUE()"""')).toBe('A1&"it\'s ""TRUE()"""');
  });

  it("tells a changed reference, operator or constant apart", () => {
    const f = "=MIN(C5,ROUND(SUMPRODUCT(E6:E11,$D$6:$D$11),6))";
    for (const edited of ["=MIN(C5,ROUND(SUMPRODUCT(E6:E10,$D$6:$D$11),6))", "=MAX(C5,ROUND(SUMPRODUCT(E6:E11,$D$6:$D$11),6))", "=MIN(C5,ROUND(SUMPRODUCT(E6:E11,$D$6:$D$11),2))"]) {
      expect(normalizeFormula(edited)).not.toBe(normalizeFormula(f));
    }
  });

  it("undoubles a quote inside a quoted sheet name", () => {
    expect(normalizeFormula("='Đơn vị ''A'''!B2")).toBe("ĐƠN VỊ 'A'!B2");
  });
});
