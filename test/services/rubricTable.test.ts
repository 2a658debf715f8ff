import { parseRubric } from "../../src/domain/rubricRules";
import type { Rubric } from "../../src/domain/types";
import { createXlsx, openXlsx } from "../../src/hosts/xlsx/xlsxHost";
import { rubricFromText } from "../../src/services/inputs";
import { exportRubricTable, importRubricCsv, importRubricTable } from "../../src/services/rubricTable";
import { fixtureFile, measuredFile, treeFile } from "../support/fixture";
import { PASTED_WORD_TABLE, sheetsOf } from "../support/tableSheets";
import { isGroup, walkTree } from "../../src/domain/rubricTree";

const parsed = (text: string): Rubric => {
  const r = rubricFromText(text);
  if (!r.ok) throw new Error("fixture");
  return r.value;
};

async function roundTrip(rubric: Rubric, lang: "vi" | "en") {
  const host = createXlsx();
  await exportRubricTable(rubric, host, lang);
  const reopened = await openXlsx(await host.save());
  return importRubricTable(reopened, { file: "bang.xlsx", year: 2026 });
}

describe("exportRubricTable → importRubricTable", () => {
  const cases: [string, Rubric][] = [
    ["the worked example", parsed(fixtureFile("rubric.json"))],
    ["the 4-level tree", parsed(treeFile("rubric.json"))],
    ["typed and measured criteria (every Cách chấm shape)", parsed(measuredFile("rubric.json"))],
  ];

  it.each(cases.flatMap(([name, r]) => (["vi", "en"] as const).map((lang) => [name, lang, r] as const)))("is identity on %s (%s)", async (_name, lang, rubric) => {
    const back = await roundTrip(rubric, lang);
    expect(back.exit).toBe(0);
    expect(back.rubric).toEqual(rubric);
    expect(back.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("keeps guidance, requireReason, a self-gap threshold and percentages through the sheets", async () => {
    const base = JSON.parse(fixtureFile("rubric.json"));
    base.sections[0].criteria[0].guidance = "Theo báo cáo của Cục Thống kê";
    base.requireReason = true;
    base.options = { selfGapThreshold: 5 };
    const rubric = parseRubric(base);
    if (!rubric.ok) throw new Error("rubric");
    const back = await roundTrip(rubric.value, "vi");
    expect(back.rubric).toEqual(rubric.value);
  });

  it("says which rules cell can't be read, on the Quy định chấm sheet (exit 1)", async () => {
    const host = createXlsx();
    await exportRubricTable(parsed(fixtureFile("rubric.json")), host, "vi");
    const snap = await host.snapshot(["Quy định chấm"]);
    const row = snap.sheets[0].values.findIndex((r) => r[0] === "Bước điểm");
    await host.writeValues([{ sheet: "Quy định chấm", row, col: 1, value: "một phần tư" }]);
    const back = await importRubricTable(host, { file: "bang.xlsx", year: 2026 });
    expect(back.exit).toBe(1);
    expect(back.findings.map((f) => [f.code, f.source?.sheet, f.source?.cell])).toEqual([["ERR_TABLE_SETTING", "Quy định chấm", `B${row + 1}`]]);
  });
});

describe("importRubricCsv", () => {
  it("reads a table saved with ; and decimal commas, cells named by the file's lines", () => {
    const csv = ["Bảng chấm điểm năm 2025", "TT;Nội dung;Điểm chuẩn", "I;Chuyên môn;", "1;Kế hoạch, báo cáo;2,5", "2;Kiểm tra;7,5", "3;Sai;x"].join("\r\n");
    const bad = importRubricCsv(csv, { file: "bang.csv", year: 2026 });
    expect(bad.exit).toBe(1);
    expect(bad.findings.filter((f) => f.severity === "error").map((f) => [f.code, f.source?.file, f.source?.cell])).toEqual([["ERR_TABLE_NOT_NUMBER", "bang.csv", "C6"]]);
    const good = importRubricCsv(csv.replace(/\r\n3;Sai;x$/, ""), { file: "bang.csv", year: 2026 });
    expect(good.exit).toBe(0);
    expect(good.rubric?.sections[0]).toEqual({ id: "I", name: "Chuyên môn", maxPoints: 10, criteria: [{ id: "I.1", name: "Kế hoạch, báo cáo", maxPoints: 2.5, weight: 1 }, { id: "I.2", name: "Kiểm tra", maxPoints: 7.5, weight: 1 }] });
  });

  it("is no table (exit 2) for a scores CSV", () => {
    expect(importRubricCsv(fixtureFile("scores.csv"), { file: "scores.csv", year: 2026 }).exit).toBe(2);
  });
});

describe("the Cách chấm column (measured criteria)", () => {
  const table = (method: string) =>
    importRubricCsv(["TT,Nội dung,Điểm chuẩn,Cách chấm", "I,Kinh tế,6,", `1,Thu ngân sách,6,"${method}"`].join("\n"), { file: "bang.csv", year: 2026 });

  it("writes each measured criterion's rule in the officials' words", async () => {
    const host = createXlsx();
    await exportRubricTable(parsed(measuredFile("rubric.json")), host, "vi");
    const sheet = (await host.snapshot(["Bảng tiêu chí"])).sheets[0];
    const col = sheet.values.find((r) => r.includes("Cách chấm"))!.indexOf("Cách chấm");
    const words = sheet.values.map((r) => r[col]).filter((v) => typeof v === "string" && v !== "Cách chấm");
    expect(words).toEqual(["tỷ lệ; vượt 1% +0,1 tối đa 1", "tỷ lệ", "bậc: ≥95% 5; ≥90% 4; ≥80% 3", "tỷ lệ; vượt 1% +0,05 tối đa 0,5; càng thấp càng tốt", "bậc: ≥100% 4; ≥90% 2; càng thấp càng tốt"]);
  });

  it("reads the words into the criterion's measure", () => {
    const r = table("bậc: ≥95% 6; ≥90% 4; càng thấp càng tốt");
    expect(r.exit).toBe(0);
    expect(r.rubric!.sections[0].criteria[0]).toMatchObject({ measure: { shape: "bands", lowerIsBetter: true, bands: [[95, 6], [90, 4]] } });
  });

  it("says at the cell which words it can't read, and which rule a readable one breaks", () => {
    const bad = table("tỷ lệ; vượt 2% +0,1 tối đa 1");
    expect([bad.exit, bad.findings.filter((f) => f.severity === "error").map((f) => [f.code, f.params.clause, f.source?.cell])]).toEqual([1, [["ERR_TABLE_METHOD", "vượt 2% +0,1 tối đa 1", "D3"]]]);
    const order = table("bậc: ≥80% 3; ≥90% 4");
    expect([order.exit, order.findings.filter((f) => f.severity === "error").map((f) => [f.code, f.params.problem, f.source?.cell])]).toEqual([
      1,
      [
        ["ERR_MEASURE", "bands_order", "D3"],
        ["ERR_MEASURE", "band_points_order", "D3"],
      ],
    ]);
  });
});

describe("importRubricTable on a pasted Word table saved as .xlsx", () => {
  it("reads merged title and section cells as a spreadsheet stores them, to the tree fixture's shape", async () => {
    const host = createXlsx();
    // the letterhead, the document title and part I typed across the whole row, as Word's merged cells paste
    await host.applyPlan(sheetsOf("Sheet1", PASTED_WORD_TABLE as (string | number | null)[][], ["A1:C1", "D1:F1", "A4:F4", "A5:F5", "A8:F8"]));
    const back = await importRubricTable(await openXlsx(await host.save()), { file: "bang-word.xlsx", year: 2026 });
    expect(back.exit).toBe(0);
    const shape = (r: Rubric) => walkTree(r).map(({ node, depth }) => [depth, node.name, node.maxPoints, isGroup(node) ? null : node.weight, isGroup(node) ? null : (node.notApplicable ?? null)]);
    expect(shape(back.rubric!)).toEqual(shape(parsed(treeFile("rubric.json"))));
    expect(back.rubric?.title).toBe("BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2025");
    expect(back.rubric?.year).toBe(2025);
  });
});
