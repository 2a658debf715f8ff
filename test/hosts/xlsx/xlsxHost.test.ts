import { strFromU8, unzipSync } from "fflate";
import { parseBloc } from "../../../src/domain/blocRules";
import { parseRubric } from "../../../src/domain/rubricRules";
import { createXlsx, openXlsx } from "../../../src/hosts/xlsx/xlsxHost";
import { buildTemplatePlan } from "../../../src/workbook/buildTemplatePlan";
import { fixtureTexts } from "../../support/fixture";
import { userWorkbook, type EditValue } from "../../support/sheetEditor";

function fixturePlan() {
  const t = fixtureTexts();
  const r = parseRubric(JSON.parse(t.rubric));
  const b = parseBloc(JSON.parse(t.bloc));
  if (!r.ok || !b.ok) throw new Error("fixture");
  return buildTemplatePlan(r.value, b.value);
}

/** A one-sheet workbook "S" of the user's, cells as a spreadsheet program writes them. */
function userFile(cells: Record<string, EditValue>): Uint8Array {
  return userWorkbook([{ name: "S", cells }]);
}

describe("xlsx host", () => {
  const plan = fixturePlan();
  let bytes: Uint8Array;

  beforeAll(async () => {
    const host = createXlsx();
    await host.applyPlan(plan);
    bytes = await host.save();
  });

  it("reads back every value and formula of the plan it wrote, with visibility and protection", async () => {
    const snap = await (await openXlsx(bytes)).snapshot();
    expect(snap.sheets.map((s) => [s.name, s.visibility, s.protected])).toEqual(plan.sheets.map((s) => [s.name, s.visibility, true]));
    plan.sheets.forEach((sheet, i) => {
      const got = snap.sheets[i];
      sheet.formulas.forEach((row, r) =>
        row.forEach((f, c) => {
          const where = `${sheet.name} r${r} c${c}`;
          if (f) expect([where, got.formulas[r]?.[c]]).toEqual([where, f]);
          else {
            const v = sheet.values[r][c];
            // merged cells other than the top-left are empty in every spreadsheet
            expect([where, got.values[r]?.[c] ?? null]).toEqual([where, v]);
          }
        }),
      );
    });
  });

  it("writes the guard rails and print setup into the file: validations, conditional formats, protection, names, panes, A4", () => {
    const parts = unzipSync(bytes);
    const workbook = strFromU8(parts["xl/workbook.xml"]);
    for (const name of ["ThiDua_DonVi", "ThiDua_TongDiem", "ThiDua_XepHang", "ThiDua_BieuQuyet", "_xlnm.Print_Titles"]) expect(workbook).toContain(`name="${name}"`);
    expect(workbook).toContain('state="veryHidden"');
    expect(workbook).toContain('fullCalcOnLoad="1"');
    const unit = strFromU8(parts["xl/worksheets/sheet3.xml"]);
    expect((unit.match(/<dataValidation /g) ?? []).length).toBe(plan.sheets[2].validations.length);
    expect((unit.match(/<conditionalFormatting /g) ?? []).length).toBe(plan.sheets[2].conditionalFormats.length);
    expect(unit).toMatch(/<sheetProtection sheet="1"/);
    expect(unit).toMatch(/<pane [^>]*state="frozen"/);
    expect(unit).toMatch(/<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"\/>/);
    expect(strFromU8(parts["xl/styles.xml"])).toContain('<protection locked="0"/>');
  });

  it("reads only the sheets asked for", async () => {
    const snap = await (await openXlsx(bytes)).snapshot(["Tổng hợp", "nope"]);
    expect(snap.sheets.map((s) => s.name)).toEqual(["Tổng hợp"]);
  });

  it("writes numbers, text, booleans and blanks into cells, keeping their style and every other part byte for byte", async () => {
    const host = await openXlsx(bytes);
    const sheet = "UBND thành phố Huế";
    await host.writeValues([
      { sheet, row: 5, col: 4, value: 7.25 },
      { sheet, row: 5, col: 9, value: 'Minh chứng <số 3> & "bản sao"' },
      { sheet, row: 6, col: 4, value: true },
      { sheet, row: 300, col: 2, value: 4 },
      { sheet, row: 5, col: 4, value: 6.5 },
    ]);
    await host.writeValues([{ sheet, row: 6, col: 4, value: null }]);
    const out = await host.save();
    const snap = await (await openXlsx(out)).snapshot([sheet]);
    const s = snap.sheets[0];
    expect([s.values[5][4], s.values[5][9], s.values[6][4], s.values[300][2]]).toEqual([6.5, 'Minh chứng <số 3> & "bản sao"', null, 4]);
    const before = unzipSync(bytes);
    const after = unzipSync(out);
    const changed = Object.keys(before).filter((k) => k !== "xl/workbook.xml" && strFromU8(before[k]) !== strFromU8(after[k] ?? new Uint8Array()));
    expect(changed).toEqual(["xl/worksheets/sheet3.xml"]);
    const xml = strFromU8(after["xl/worksheets/sheet3.xml"]);
    const styleOf = (x: string, ref: string) => new RegExp(`<c r="${ref}"[^>]*?s="(\\d+)"`).exec(x)?.[1];
    expect(styleOf(xml, "E6")).toBe(styleOf(strFromU8(before["xl/worksheets/sheet3.xml"]), "E6"));
    expect(strFromU8(after["xl/workbook.xml"])).toContain('fullCalcOnLoad="1"');
  });

  it("drops the cached results of formulas once a value was written, so no reader shows a stale total", async () => {
    const file = userFile({ A1: 2, B1: { formula: "A1*2", result: 4 } });
    const untouched = await (await openXlsx(file)).snapshot();
    expect(untouched.sheets[0].values[0]).toEqual([2, 4]);
    const host = await openXlsx(file);
    await host.writeValues([{ sheet: "S", row: 0, col: 0, value: 5 }]);
    const snap = await (await openXlsx(await host.save())).snapshot();
    expect(snap.sheets[0].values[0]).toEqual([5, null]);
    expect(snap.sheets[0].formulas[0]).toEqual([null, "=A1*2"]);
  });

  it("spells out shared formulas for each cell that shares one", async () => {
    const file = userFile({ A1: 1, A2: 2, A3: 3, B1: { shared: 0, formula: "A1*$A$1+SUM($A1:A$3)", ref: "B1:B3" }, B2: { shared: 0 }, B3: { shared: 0 } });
    const snap = await (await openXlsx(file)).snapshot();
    expect(snap.sheets[0].formulas.map((r) => r[1])).toEqual(["=A1*$A$1+SUM($A1:A$3)", "=A2*$A$1+SUM($A2:A$3)", "=A3*$A$1+SUM($A3:A$3)"]);
  });

  it("reads errors, booleans and rich text as plain values", async () => {
    const file = userFile({ A1: { error: "#N/A" }, B1: false, C1: { richText: [{ text: "Thi " }, { text: "đua", font: { bold: true } }] } });
    const snap = await (await openXlsx(file)).snapshot();
    expect(snap.sheets[0].values[0]).toEqual([{ error: "#N/A" }, false, "Thi đua"]);
  });

  it("applies a plan to an opened workbook too, replacing sheets of the same name in place and keeping the others", async () => {
    const host = await openXlsx(bytes);
    const extra = { ...plan, names: [], sheets: [{ ...plan.sheets[1], name: "Ghi chú" }, { ...plan.sheets[1], values: [["thay thế"]], formulas: [[null]], merges: [], formats: [] }] };
    await host.applyPlan(extra);
    await host.removeSheets(["UBND huyện A Lưới", "không có"]);
    const snap = await (await openXlsx(await host.save())).snapshot();
    expect(snap.sheets.map((s) => s.name)).toEqual([...plan.sheets.map((s) => s.name).filter((n) => n !== "UBND huyện A Lưới"), "Ghi chú"]);
    expect(snap.sheets.find((s) => s.name === "Tiêu chí")!.values[0][0]).toBe("thay thế");
    expect(snap.sheets.find((s) => s.name === "Ghi chú")!.values[0][0]).toBe(plan.sheets[1].values[0][0]);
  });

  it("throws on bytes that are not an .xlsx (the service turns that into a finding)", async () => {
    await expect(openXlsx(new TextEncoder().encode("not a zip"))).rejects.toThrow();
  });
});
