import { parseRubric } from "../../src/domain/rubricRules";
import { validateWorkbook } from "../../src/services/validateWorkbook";
import { openXlsx } from "../../src/hosts/xlsx/xlsxHost";
import { editJson, fixtureTexts } from "../support/fixture";
import { errorCodes, sheet, tamper, validateBytes, where, workbookMap } from "../support/tamper";
import type { EditWorkbook } from "../support/sheetEditor";
import { fillBytes, generateBytes } from "../support/workbooks";

const fx = fixtureTexts();
const map = workbookMap(fx.rubric, fx.bloc);
let filled: Uint8Array;

beforeAll(async () => {
  filled = await fillBytes(await generateBytes(fx.rubric, fx.bloc), fx.scores);
});

/** The row (1-based, as spreadsheet programs count) of the rubric sheet that shows `id` in column A. */
function rubricRow(wb: EditWorkbook, id: string): number {
  const ws = sheet(wb, map.sheets.rubric);
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === id) return r;
  throw new Error(`${id} not on the rubric sheet`);
}

describe("validateWorkbook on sound files", () => {
  it("finds no error in the untouched filled workbook (exit 0), warns U08's self-score gap at its criteria total, not U09's", async () => {
    const out = await validateBytes(filled);
    expect([out.ok, out.exit, errorCodes(out)]).toEqual([true, 0, []]);
    expect(where(out, "WARN_SELF_GAP")).toEqual([{ sheet: map.unitSheet("U08"), cell: "E44", unit: "U08", item: undefined }]);
    const gap = out.findings.find((f) => f.code === "WARN_SELF_GAP")!;
    expect(gap.params).toMatchObject({ gap: 10, threshold: 5 });
  });

  it("finds no error after another program re-saves the file unchanged", async () => {
    const out = await validateBytes(await tamper(filled, () => undefined));
    expect(errorCodes(out)).toEqual([]);
  });

  it("reports every missing score of a blank workbook at its stage cells (exit 1)", async () => {
    const out = await validateBytes(await generateBytes(fx.rubric, fx.bloc));
    expect(out.exit).toBe(1);
    expect(errorCodes(out)).toEqual(["ERR_MISSING"]);
    expect(out.findings.filter((f) => f.code === "ERR_MISSING")).toHaveLength(9 * 20);
    expect(where(out, "ERR_MISSING")[0]).toEqual({ sheet: map.unitSheet("U01"), cell: "E6:G6", unit: "U01", item: "C01" });
  });
});

describe("validateWorkbook on tampered values", () => {
  it('reports "7,75" typed as text with ERR_TEXT_NUMBER, its cell and the fix 7.75', async () => {
    const cell = map.inputCell("C01", "bloc");
    const bytes = await tamper(filled, (wb) => void (sheet(wb, map.unitSheet("U05")).getCell(cell).value = "7,75"));
    const out = await validateBytes(bytes);
    expect(out.exit).toBe(1);
    expect(where(out, "ERR_TEXT_NUMBER")).toEqual([{ sheet: map.unitSheet("U05"), cell, unit: "U05", item: "C01" }]);
    expect(out.findings.find((f) => f.code === "ERR_TEXT_NUMBER")!.params.fix).toBe(7.75);
    // at --stage bloc the refused cell is not also reported missing
    expect(errorCodes(await validateBytes(bytes, { stage: "bloc" }))).toEqual(["ERR_TEXT_NUMBER"]);
  });

  it("says the ranking's notes are held back while errors remain (WARN_RANKING_PENDING), and shows them once the errors go", async () => {
    // U07 scored exactly as U05: the two tie through every tie-break, so a sound file warns WARN_TIE_UNRESOLVED
    const [header, ...rows] = fx.scores.replace(/\r/g, "").replace(/\n$/, "").split("\n");
    const tied = [header, ...rows.filter((r) => !r.startsWith("U07,")), ...rows.filter((r) => r.startsWith("U05,")).map((r) => `U07${r.slice(3)}`)].join("\n") + "\n";
    const sound = await fillBytes(await generateBytes(fx.rubric, fx.bloc), tied);
    const codes = (out: Awaited<ReturnType<typeof validateBytes>>) => out.findings.map((f) => f.code).filter((c) => c === "WARN_TIE_UNRESOLVED" || c === "WARN_RANKING_PENDING");
    expect(codes(await validateBytes(sound))).toEqual(["WARN_TIE_UNRESOLVED"]);
    const broken = await tamper(sound, (wb) => void (sheet(wb, map.unitSheet("U03")).getCell(map.inputCell("C01", "bloc")).value = "7,75"));
    const out = await validateBytes(broken);
    expect(errorCodes(out)).toEqual(["ERR_TEXT_NUMBER"]);
    expect(codes(out)).toEqual(["WARN_RANKING_PENDING"]);
    expect(out.findings.find((f) => f.code === "WARN_RANKING_PENDING")!.params).toEqual({ stage: "final" });
  });

  it("reports a value above the maximum pasted past data validation, and an off-step value, at their cells", async () => {
    const above = map.inputCell("C05", "self");
    const offStep = map.inputCell("C09", "bloc");
    const bytes = await tamper(filled, (wb) => {
      sheet(wb, map.unitSheet("U03")).getCell(above).value = 6.5;
      sheet(wb, map.unitSheet("U02")).getCell(offStep).value = 3.3;
    });
    const out = await validateBytes(bytes);
    expect(errorCodes(out)).toEqual(["ERR_ABOVE_MAX", "ERR_STEP"]);
    expect(where(out, "ERR_ABOVE_MAX")).toEqual([{ sheet: map.unitSheet("U03"), cell: above, unit: "U03", item: "C05" }]);
    expect(where(out, "ERR_STEP")).toEqual([{ sheet: map.unitSheet("U02"), cell: offStep, unit: "U02", item: "C09" }]);
  });

  it("reports a score missing at --stage bloc at its bloc cell, while final (a self score remains) has none", async () => {
    const cell = map.inputCell("C11", "bloc");
    const bytes = await tamper(filled, (wb) => void (sheet(wb, map.unitSheet("U06")).getCell(cell).value = null));
    expect(where(await validateBytes(bytes, { stage: "bloc" }), "ERR_MISSING")).toEqual([{ sheet: map.unitSheet("U06"), cell, unit: "U06", item: "C11" }]);
    expect(errorCodes(await validateBytes(bytes))).toEqual([]);
  });

  it("refuses a stage the rubric does not use (exit 2)", async () => {
    const rubric = editJson(fx.rubric, (r) => void (r.stages = ["self", "bloc"]));
    const csv = fx.scores.split("\n").filter((l) => !l.includes(",verified,")).join("\n");
    const out = await validateBytes(await fillBytes(await generateBytes(rubric, fx.bloc), csv), { stage: "verified" });
    expect([out.exit, out.findings.map((f) => f.code)]).toEqual([2, ["ERR_STAGE_NOT_IN_RUBRIC"]]);
  });
});

describe("validateWorkbook on tampered formulas", () => {
  it("reports a number typed over a total in Tổng hợp as ERR_FORMULA_CHANGED at that cell", async () => {
    const cell = map.summaryCell("U03", "total");
    const bytes = await tamper(filled, (wb) => void (sheet(wb, map.sheets.summary).getCell(cell).value = 99.5));
    const out = await validateBytes(bytes);
    expect([out.exit, errorCodes(out)]).toEqual([1, ["ERR_FORMULA_CHANGED"]]);
    expect(where(out, "ERR_FORMULA_CHANGED")).toEqual([{ sheet: map.sheets.summary, cell, unit: "U03", item: undefined }]);
    expect(out.findings.find((f) => f.code === "ERR_FORMULA_CHANGED")!.params).toMatchObject({ kind: "value", found: 99.5 });
  });

  it("flags a typed value even when it equals what the formula showed", async () => {
    const cell = map.summaryCell("U01", "total");
    const bytes = await tamper(filled, (wb) => void (sheet(wb, map.sheets.summary).getCell(cell).value = 95.25));
    const out = await validateBytes(bytes);
    expect(out.findings.filter((f) => f.code === "ERR_FORMULA_CHANGED").map((f) => [f.source?.cell, f.params.kind, f.params.found])).toEqual([[cell, "value", 95.25]]);
  });

  it("reports an edited formula and a deleted one on a unit sheet", async () => {
    const bytes = await tamper(filled, (wb) => {
      const ws = sheet(wb, map.unitSheet("U02"));
      ws.getCell("I6").value = { formula: "IF(ISNUMBER(H6),H6*2,\"\")" };
      ws.getCell("H7").value = null;
    });
    const out = await validateBytes(bytes);
    const found = out.findings.filter((f) => f.code === "ERR_FORMULA_CHANGED").map((f) => [f.source?.cell, f.params.kind]);
    expect(found).toEqual([
      ["I6", "edited"],
      ["H7", "empty"],
    ]);
  });
});

describe("validateWorkbook on a changed rubric", () => {
  it("reports C06's maximum edited to 7 on the rubric sheet as ERR_RUBRIC_CHANGED naming C06 at its cell", async () => {
    let row = 0;
    const bytes = await tamper(filled, (wb) => {
      row = rubricRow(wb, "C06");
      sheet(wb, map.sheets.rubric).getCell(row, 3).value = 7;
    });
    const out = await validateBytes(bytes);
    expect([out.exit, errorCodes(out)]).toEqual([1, ["ERR_RUBRIC_CHANGED"]]);
    const f = out.findings.find((x) => x.code === "ERR_RUBRIC_CHANGED")!;
    expect(f.params).toMatchObject({ origin: "sheet", kind: "criterion", id: "C06", field: "maxPoints", before: 6, after: 7 });
    expect(f.source).toEqual({ sheet: map.sheets.rubric, cell: `C${row}` });
  });

  it("reports a weight changed on a unit sheet, with its unit", async () => {
    const bytes = await tamper(filled, (wb) => void (sheet(wb, map.unitSheet("U04")).getCell("D11").value = 2));
    const f = (await validateBytes(bytes)).findings.filter((x) => x.code === "ERR_RUBRIC_CHANGED");
    expect(f.map((x) => [x.unit, x.source?.cell, x.params.id, x.params.field, x.params.after])).toEqual([["U04", "D11", "C06", "weight", 2]]);
  });

  it("names what was edited in the stored rubric (fingerprint) when the rubric sheet still shows the original", async () => {
    const bytes = await tamper(filled, (wb) => {
      const cell = sheet(wb, "_thidua").getCell("B2");
      cell.value = String(cell.value).replace('"id":"C06","maxPoints":6', '"id":"C06","maxPoints":7');
    });
    const out = await validateBytes(bytes);
    const f = out.findings.filter((x) => x.code === "ERR_RUBRIC_CHANGED");
    expect(f.map((x) => x.params)).toEqual([expect.objectContaining({ origin: "fingerprint", kind: "criterion", id: "C06", field: "maxPoints", before: 6, after: 7 })]);
    expect(f[0].source).toEqual({ sheet: "_thidua", cell: "B2" });
    expect(out.exit).toBe(1);
  });

  it("still reports an edited stored rubric when the rubric sheet was edited the same way", async () => {
    const bytes = await tamper(filled, (wb) => {
      const cell = sheet(wb, "_thidua").getCell("B2");
      cell.value = String(cell.value).replace('"id":"C06","maxPoints":6', '"id":"C06","maxPoints":7');
      sheet(wb, map.sheets.rubric).getCell(rubricRow(wb, "C06"), 3).value = 7;
    });
    const f = (await validateBytes(bytes)).findings.filter((x) => x.code === "ERR_RUBRIC_CHANGED");
    expect(f.map((x) => [x.params.origin, x.params.field])).toEqual([["fingerprint", null]]);
  });

  it("reports every difference from the registered rubric (AGREED.json), at the rubric sheet's cell", async () => {
    const agreed = parseRubric(
      JSON.parse(
        editJson(fx.rubric, (r) => {
          r.sections[0].criteria[5].maxPoints = 5;
          r.sections[0].criteria[0].maxPoints = 9;
        }),
      ),
    );
    if (!agreed.ok) throw new Error("agreed rubric rejected");
    const out = await validateBytes(filled, { agreedRubric: agreed.value, agreedFile: "AGREED.json" });
    const f = out.findings.filter((x) => x.code === "ERR_RUBRIC_CHANGED");
    expect(f.map((x) => [x.params.origin, x.params.id, x.params.field, x.params.before, x.params.after, x.source?.sheet])).toEqual([
      ["agreed", "C01", "maxPoints", 9, 8, map.sheets.rubric],
      ["agreed", "C06", "maxPoints", 5, 6, map.sheets.rubric],
    ]);
    expect(out.exit).toBe(1);
    const same = parseRubric(JSON.parse(fx.rubric));
    if (!same.ok) throw new Error("fixture rubric rejected");
    expect(errorCodes(await validateBytes(filled, { agreedRubric: same.value }))).toEqual([]);
  });

  it("refuses a workbook whose stored rubric no longer parses (exit 2, ERR_NOT_WORKBOOK)", async () => {
    const bytes = await tamper(filled, (wb) => void (sheet(wb, "_thidua").getCell("B2").value = "{not json"));
    const out = await validateBytes(bytes);
    expect([out.exit, out.findings.map((f) => f.code)]).toEqual([2, ["ERR_NOT_WORKBOOK"]]);
  });
});

describe("validateWorkbook on a changed layout", () => {
  it("reports a deleted unit sheet as ERR_LAYOUT naming it, and still checks the other units", async () => {
    const gone = map.unitSheet("U04");
    const above = map.inputCell("C05", "self");
    const bytes = await tamper(filled, (wb) => {
      wb.removeWorksheet(sheet(wb, gone).id);
      sheet(wb, map.unitSheet("U03")).getCell(above).value = 6.5;
    });
    const out = await validateBytes(bytes);
    expect(out.exit).toBe(1);
    expect(out.findings.filter((f) => f.code === "ERR_LAYOUT").map((f) => [f.unit, f.params.sheet])).toEqual([["U04", gone]]);
    expect(errorCodes(out)).toEqual(["ERR_ABOVE_MAX", "ERR_LAYOUT"]);
    expect(out.findings.some((f) => f.code === "ERR_MISSING")).toBe(false);
  });

  it("reports a deleted criterion row at the first id out of place, without a flood of formula findings", async () => {
    const bytes = await tamper(filled, (wb) => void sheet(wb, map.unitSheet("U05")).spliceRows(8, 1));
    const out = await validateBytes(bytes);
    expect(where(out, "ERR_LAYOUT")).toEqual([{ sheet: map.unitSheet("U05"), cell: "A8", unit: "U05", item: undefined }]);
    expect(out.findings.find((f) => f.code === "ERR_LAYOUT")!.params).toMatchObject({ expected: "C03", found: "C04" });
    expect(errorCodes(out)).toEqual(["ERR_LAYOUT"]);
  });

  it("reports an inserted column at the first header out of place", async () => {
    const bytes = await tamper(filled, (wb) => void sheet(wb, map.unitSheet("U07")).spliceColumns(5, 0, []));
    const out = await validateBytes(bytes);
    expect(where(out, "ERR_LAYOUT")).toEqual([{ sheet: map.unitSheet("U07"), cell: "E4", unit: "U07", item: undefined }]);
    expect(errorCodes(out)).toEqual(["ERR_LAYOUT"]);
  });

  it("reports a deleted rubric sheet as ERR_LAYOUT, and does not compare rubric cells that are gone", async () => {
    const bytes = await tamper(filled, (wb) => void wb.removeWorksheet(sheet(wb, map.sheets.rubric).id));
    const out = await validateBytes(bytes);
    expect(out.findings.filter((f) => f.severity === "error").map((f) => [f.code, f.params.sheet])).toEqual([["ERR_LAYOUT", map.sheets.rubric]]);
  });

  it("reports a renamed summary sheet as missing", async () => {
    const bytes = await tamper(filled, (wb) => void (sheet(wb, map.sheets.summary).name = "Tong hop"));
    const out = await validateBytes(bytes);
    expect(out.findings.filter((f) => f.code === "ERR_LAYOUT").map((f) => f.params.sheet)).toEqual([map.sheets.summary]);
    expect(out.exit).toBe(1);
  });
});

describe("validateWorkbook on what is no Thi đua workbook", () => {
  it("refuses a foreign workbook (exit 2, ERR_NOT_WORKBOOK)", async () => {
    const bytes = await tamper(filled, (wb) => void wb.removeWorksheet(sheet(wb, "_thidua").id));
    expect((await validateBytes(bytes)).findings.map((f) => f.code)).toEqual(["ERR_NOT_WORKBOOK"]);
  });

  it("turns a host that fails to read into ERR_NOT_WORKBOOK (exit 2), never a throw", async () => {
    const host = await openXlsx(filled);
    const broken = { ...host, snapshot: () => Promise.reject(new Error("part missing")) };
    const out = await validateWorkbook(broken, "khoi.xlsx");
    expect([out.exit, out.findings.map((f) => f.code)]).toEqual([2, ["ERR_NOT_WORKBOOK"]]);
  });
});

describe("validateWorkbook on units' names", () => {
  const name = (id: string) => map.bloc.units.find((u) => u.id === id)!.name;

  it("reports two names swapped in Tổng hợp and a unit sheet's header naming another unit, each at its cell (exit 1)", async () => {
    const bytes = await tamper(filled, (wb) => {
      const summary = sheet(wb, map.sheets.summary);
      summary.getCell(map.summaryCell("U01", "unit")).value = name("U02");
      summary.getCell(map.summaryCell("U02", "unit")).value = name("U01");
      const own = sheet(wb, map.unitSheet("U03"));
      own.getCell("A2").value = String(own.getCell("A2").value).replace(name("U03"), name("U04"));
    });
    const out = await validateBytes(bytes);
    expect([out.exit, errorCodes(out)]).toEqual([1, ["ERR_UNIT_NAME"]]);
    expect(out.findings.filter((f) => f.code === "ERR_UNIT_NAME").map((f) => [f.unit, f.source?.sheet, f.source?.cell, f.params.expected, f.params.found])).toEqual([
      ["U01", map.sheets.summary, map.summaryCell("U01", "unit"), name("U01"), name("U02")],
      ["U02", map.sheets.summary, map.summaryCell("U02", "unit"), name("U02"), name("U01")],
      ["U03", map.unitSheet("U03"), "A2", `Đơn vị: ${name("U03")} (U03) — ${map.bloc.name}`, `Đơn vị: ${name("U04")} (U03) — ${map.bloc.name}`],
    ]);
  });

  it("takes a name typed again in another Unicode form or with other spacing as the same name", async () => {
    const bytes = await tamper(filled, (wb) => {
      sheet(wb, map.sheets.summary).getCell(map.summaryCell("U02", "unit")).value = ` ${name("U02").normalize("NFD").replace(" ", "  ")} `;
    });
    expect(errorCodes(await validateBytes(bytes))).toEqual([]);
  });
});
