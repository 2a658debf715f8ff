import { strFromU8, strToU8 } from "fflate";
import { openXlsx } from "../../../src/hosts/xlsx/xlsxHost";
import { unzip, zip } from "../../../src/hosts/xlsx/zip";
import { portableCodec } from "../../../src/hosts/xlsx/portableCodec";
import { BASE_FONT, HIGHLIGHTS, STYLES } from "../../../src/workbook/formats";
import type { PlanSheet, WorkbookPlan } from "../../../src/workbook/plan";
import { userWorkbook } from "../../support/sheetEditor";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The workbook with parts edited as text: a function rewrites a part, a string sets it. */
function withParts(bytes: Uint8Array, edits: Record<string, string | ((xml: string) => string)>): Uint8Array {
  const parts = unzip(bytes, portableCodec);
  for (const [name, edit] of Object.entries(edits)) parts.set(name, strToU8(typeof edit === "string" ? edit : edit(strFromU8(parts.get(name)!))));
  return zip(parts, portableCodec);
}

const text = (bytes: Uint8Array, part: string) => {
  const p = unzip(bytes, portableCodec).get(part);
  return p === undefined ? undefined : strFromU8(p);
};

function planSheet(name: string, values: PlanSheet["values"], extra: Partial<PlanSheet> = {}): PlanSheet {
  return {
    name,
    visibility: "visible",
    values,
    formulas: values.map((r) => r.map(() => null)),
    columns: [],
    rowHeights: [],
    formats: [],
    merges: [],
    validations: [],
    conditionalFormats: [],
    protect: false,
    ...extra,
  };
}

const plan = (sheets: PlanSheet[], names: WorkbookPlan["names"] = []): WorkbookPlan => ({ sheets, names, styles: STYLES, highlights: HIGHLIGHTS, font: BASE_FONT });

/** Three sheets of a user's, with names (one local to C), C active, and a calculation chain. */
function userBook(): Uint8Array {
  const base = userWorkbook([
    { name: "Data", cells: { A1: 1 } },
    { name: "Reads", cells: { A1: { formula: "Data!A1*2", result: 2 } } },
    { name: "Alone", cells: { A1: 5, B1: { formula: "A1+1", result: 6 } } },
  ]);
  return withParts(base, {
    "xl/workbook.xml": (xml) =>
      xml
        .replace("<sheets>", '<bookViews><workbookView activeTab="2"/></bookViews><sheets>')
        .replace(
          "</sheets>",
          "</sheets><definedNames><definedName name=\"_xlnm.Print_Titles\" localSheetId=\"2\">Alone!$1:$1</definedName><definedName name=\"OnData\">Data!$A$1</definedName><definedName name=\"OnAlone\">'Alone'!$A$1</definedName></definedNames><calcPr calcId=\"191029\"/>",
        ),
    "xl/calcChain.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="A1" i="2"/><c r="B1" i="3"/></calcChain>',
    "xl/_rels/workbook.xml.rels": (xml) => xml.replace("</Relationships>", `<Relationship Id="rId9" Type="${REL}/calcChain" Target="calcChain.xml"/></Relationships>`),
    "[Content_Types].xml": (xml) => xml.replace("</Types>", '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>'),
  });
}

describe("a plan applied to an opened workbook, part by part", () => {
  it("replaces a sheet in place (position, sheetId, relationship), adds new ones last, and creates styles and strings parts it lacks", async () => {
    const host = await openXlsx(userBook());
    await host.applyPlan(plan([planSheet("Data", [[10]], { visibility: "hidden" }), planSheet("Mới", [["chữ"]])]));
    const out = await host.save();
    const wb = text(out, "xl/workbook.xml")!;
    expect([...wb.matchAll(/<sheet\b[^>]*\/>/g)].map((m) => m[0])).toEqual([
      '<sheet name="Data" sheetId="1" r:id="rId1" state="hidden"/>',
      '<sheet name="Reads" sheetId="2" r:id="rId2"/>',
      '<sheet name="Alone" sheetId="3" r:id="rId3"/>',
      '<sheet name="Mới" sheetId="4" r:id="rId5"/>', // rId4 would do too: any id the rels part does not use
    ]);
    const snap = await (await openXlsx(out)).snapshot();
    expect(snap.sheets.map((s) => [s.name, s.visibility, s.values[0][0]])).toEqual([
      ["Data", "hidden", 10],
      ["Reads", "visible", null],
      ["Alone", "visible", 5],
      ["Mới", "visible", "chữ"],
    ]);
    expect(text(out, "xl/_rels/workbook.xml.rels")).toMatch(/Target="styles\.xml"/);
    expect(text(out, "[Content_Types].xml")).toContain('PartName="/xl/sharedStrings.xml"');
    expect(text(out, "[Content_Types].xml")).toContain('PartName="/xl/worksheets/sheet4.xml"');
    expect(text(out, "xl/workbook.xml")).toContain('<definedName name="_xlnm.Print_Titles" localSheetId="2">Alone!$1:$1</definedName>');
    expect(text(out, "xl/workbook.xml")).toContain('activeTab="2"');
  });

  it("drops the cached results that read a changed sheet, keeps the others byte for byte, and drops the calculation chain", async () => {
    const before = userBook();
    const host = await openXlsx(before);
    await host.applyPlan(plan([planSheet("Data", [[10]])]));
    const out = await host.save();
    expect(text(out, "xl/worksheets/sheet2.xml")).toContain("<f>Data!A1*2</f></c>");
    expect(text(out, "xl/worksheets/sheet2.xml")).not.toContain("<v>2</v>");
    expect(text(out, "xl/worksheets/sheet3.xml")).toBe(text(before, "xl/worksheets/sheet3.xml"));
    expect(text(out, "xl/calcChain.xml")).toBeUndefined();
    expect(text(out, "xl/_rels/workbook.xml.rels")).not.toContain("calcChain");
    expect(text(out, "[Content_Types].xml")).not.toContain("calcChain");
    expect(text(out, "xl/workbook.xml")).toContain('fullCalcOnLoad="1"');
  });

  it("replaces a plan's names (ignoring case) and keeps the user's", async () => {
    const host = await openXlsx(userBook());
    await host.applyPlan(plan([planSheet("Data", [[10]])], [{ name: "ONDATA", sheet: "Data", range: "$A$1:$A$2" }]));
    const names = [...text(await host.save(), "xl/workbook.xml")!.matchAll(/<definedName\b[^>]*>[^<]*<\/definedName>/g)].map((m) => m[0]);
    expect(names).toEqual([
      '<definedName name="_xlnm.Print_Titles" localSheetId="2">Alone!$1:$1</definedName>',
      "<definedName name=\"OnAlone\">'Alone'!$A$1</definedName>",
      "<definedName name=\"ONDATA\">'Data'!$A$1:$A$2</definedName>",
    ]);
  });

  it("removes a sheet with its names and relationship, shifting later local names and the active tab", async () => {
    const host = await openXlsx(userBook());
    await host.removeSheets(["Data", "nowhere"]);
    const out = await host.save();
    const wb = text(out, "xl/workbook.xml")!;
    expect([...wb.matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1])).toEqual(["Reads", "Alone"]);
    expect(wb).toContain('<definedName name="_xlnm.Print_Titles" localSheetId="1">Alone!$1:$1</definedName>');
    expect(wb).not.toContain("OnData");
    expect(wb).toContain('activeTab="1"');
    expect(text(out, "xl/worksheets/sheet1.xml")).toBeUndefined();
    expect(text(out, "xl/_rels/workbook.xml.rels")).not.toContain("worksheets/sheet1.xml");
    expect(text(out, "[Content_Types].xml")).not.toContain("/xl/worksheets/sheet1.xml");
    // the formula that read the removed sheet keeps its text but not its (now meaningless) result
    expect(text(out, "xl/worksheets/sheet2.xml")).not.toContain("<v>2</v>");
  });
});
