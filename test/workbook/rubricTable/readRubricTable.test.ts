import type { Finding } from "../../../src/domain/findings";
import { isGroup, walkTree } from "../../../src/domain/rubricTree";
import type { Rubric } from "../../../src/domain/types";
import { scoreFiles } from "../../../src/services/scoreFiles";
import { rubricFromText } from "../../../src/services/inputs";
import { rubricTableLabels } from "../../../src/i18n/rubricTable";
import { readRubricTable, tableExitCode } from "../../../src/workbook/rubricTable/readRubricTable";
import { rulesSheetPlan } from "../../../src/workbook/rubricTable/rulesSheet";
import type { CellValue } from "../../../src/workbook/snapshot";
import { treeFile } from "../../support/fixture";
import { PASTED_WORD_TABLE, sheetOf, workbookOf } from "../../support/tableSheets";

const treeRubric = (() => {
  const r = rubricFromText(treeFile("rubric.json"));
  if (!r.ok) throw new Error("tree fixture");
  return r.value;
})();
/** The fixture's "Quy định chấm" sheet as a host would read it back. */
const rulesOf = (rubric: Rubric) => {
  const plan = rulesSheetPlan(rubric, rubricTableLabels("vi"), "vi");
  return sheetOf(plan.name, plan.values);
};
const read = (rows: readonly (readonly CellValue[])[], ...more: ReturnType<typeof sheetOf>[]) =>
  readRubricTable(workbookOf(sheetOf("Sheet1", rows), ...more), { file: "bang.xlsx", year: 2026 });
const codes = (findings: readonly Finding[]) => findings.map((f) => [f.code, f.source?.cell]);

/** The tree without ids: what the table must say whatever it numbers its rows. */
function shape(rubric: Rubric) {
  return walkTree(rubric).map(({ node, depth }) =>
    isGroup(node) ? { depth, name: node.name, max: node.maxPoints } : { depth, name: node.name, max: node.maxPoints, weight: node.weight, na: node.notApplicable ?? null },
  );
}

describe("readRubricTable on a table pasted from Word", () => {
  const result = read(PASTED_WORD_TABLE, rulesOf(treeRubric));
  if (!result.ok) throw new Error(JSON.stringify(result.findings));
  const rubric = result.value;

  it("gives the fixture's tree: every name, maximum, weight and not-applicable policy at its depth", () => {
    expect(shape(rubric)).toEqual(shape(treeRubric));
  });

  it("makes ids unique from the numbering restarting in each part", () => {
    const ids = walkTree(rubric).map((e) => e.node.id);
    expect(ids).toEqual(expect.arrayContaining(["I", "I.1", "I.1.1", "I.1.1.a", "I.1.1.c", "I.1.3", "I.2.3", "II", "II.1", "II.1.3", "II.2", "II.3", "III.2"]));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("notes the part whose maximum is its rows' sum, and the caps that bind, at their cells", () => {
    expect(codes(result.findings)).toEqual([
      ["WARN_TABLE_GROUP_SUM", "C32"],
      ["WARN_SECTION_CAP", "C9"],
      ["WARN_SECTION_CAP", "C10"],
      ["WARN_SECTION_CAP", "C25"],
    ]);
  });

  it("scores exactly like the JSON it came from, with the same scores under the table's ids", () => {
    const fixtureIds = walkTree(treeRubric).map((e) => e.node.id);
    const tableIds = walkTree(rubric).map((e) => e.node.id);
    const rename = new Map(fixtureIds.map((id, i) => [id, tableIds[i]]));
    const csv = treeFile("scores.csv")
      .split("\n")
      .map((line, i) => {
        if (i === 0 || line === "") return line;
        const cells = line.split(",");
        cells[1] = rename.get(cells[1]) ?? cells[1];
        return cells.join(",");
      })
      .join("\n");
    const bloc = { text: treeFile("bloc.json"), file: "bloc.json" };
    for (const stage of ["self", "bloc", "final"] as const) {
      const fromJson = scoreFiles({ rubric: { text: treeFile("rubric.json"), file: "rubric.json" }, bloc, scores: { text: treeFile("scores.csv"), file: "scores.csv" }, stage });
      const fromTable = scoreFiles({ rubric: { text: JSON.stringify(rubric), file: "bang.json" }, bloc, scores: { text: csv, file: "scores.csv" }, stage });
      expect(fromTable.exit).toBe(fromJson.exit);
      expect(fromTable.ranking?.units).toEqual(fromJson.ranking?.units);
      expect(fromTable.ranking?.ties).toEqual(fromJson.ranking?.ties);
      expect(fromJson.ranking?.units.length).toBeGreaterThan(0);
    }
  });
});

describe("readRubricTable: where the table is and what it is typed in", () => {
  const small: CellValue[][] = [
    ["Bảng điểm thi đua năm 2024"],
    ["TT", "Tiêu chí", "Điểm tối đa"],
    ["I", "Chuyên môn", 10],
    ["1", "Kế hoạch", "2,5"],
    ["2", "Báo cáo", "7,5 điểm"],
  ];

  it("finds the header below title rows and uses the defaults, said as a note, without a rules sheet", () => {
    const r = read(small);
    expect(r.ok && r.value.title).toBe("Bảng điểm thi đua năm 2024");
    expect(r.ok && r.value.year).toBe(2024);
    expect(r.ok && r.value.sections[0].criteria.map((c) => c.maxPoints)).toEqual([2.5, 7.5]);
    expect(r.findings.map((f) => f.code)).toEqual(["WARN_TABLE_DEFAULTS"]);
  });

  it("reads the sheet named Bảng tiêu chí before the first sheet", () => {
    const r = readRubricTable(workbookOf(sheetOf("Ghi chú", [["Không phải bảng"]]), sheetOf("Bảng tiêu chí", small)), { file: "b.xlsx", year: 2026 });
    expect(r.ok).toBe(true);
  });

  it("is no table (exit 2) when no row has the header's words", () => {
    const r = read([["Danh sách đơn vị"], ["STT", "Tên đơn vị", "Ghi chú"], [1, "UBND huyện A"]]);
    expect(r.ok).toBe(false);
    expect(codes(r.findings)).toEqual([["ERR_TABLE_HEADER", undefined]]);
    expect(tableExitCode(r)).toBe(2);
  });

  it("converts a table typed in TCVN3, with a note at the first converted cell", () => {
    const r = read([["B¶ng ®iÓm"], ["TT", "Néi dung", "§iÓm chuÈn"], ["I", "C«ng t¸c chuyªn m«n", 10], ["1", "Tiªu chÝ thø nhÊt", 10]]);
    expect(r.ok && r.value.sections[0].name).toBe("Công tác chuyên môn");
    expect(r.ok && r.value.sections[0].criteria[0].name).toBe("Tiêu chí thứ nhất");
    expect(codes(r.findings)).toContainEqual(["WARN_TABLE_ENCODING", "A1"]);
  });

  it("converts a table typed in VNI", () => {
    const r = read([["TT", "Noäi dung", "Ñieåm chuaån"], ["I", "Coâng taùc chuyeân moân", 10], ["1", "Thöïc hieän nhieäm vuï", 10]]);
    expect(r.ok && r.value.sections[0].name).toBe("Công tác chuyên môn");
    expect(r.ok && r.value.sections[0].criteria[0].name).toBe("Thực hiện nhiệm vụ");
    expect(r.findings.find((f) => f.code === "WARN_TABLE_ENCODING")?.params.encoding).toBe("vni");
  });

  it("leaves Unicode text with Latin-1 letters alone", () => {
    const r = read([["TT", "Nội dung", "Điểm chuẩn"], ["I", "Toàn dân bảo vệ an ninh", 10], ["1", "Cá nhân, tập thể", 10]]);
    expect(r.ok && r.value.sections[0].name).toBe("Toàn dân bảo vệ an ninh");
    expect(r.findings.map((f) => f.code)).not.toContain("WARN_TABLE_ENCODING");
  });
});

describe("readRubricTable on a malformed table", () => {
  const bad: CellValue[][] = [
    ["TT", "Nội dung", "Điểm chuẩn", "Hệ số", "Không áp dụng"],
    ["I", "Chuyên môn", 20],
    ["1", "Kế hoạch", "hai"],
    ["2", "Báo cáo", 5, 0],
    ["2.1", "Chi tiết", 2],
    ["3.1", "Lạc chỗ", 2],
    ["2", "Trùng số", 3],
    ["4", "Miễn chấm", 3, null, "miễn"],
    ["5", "", 3],
    ["6", "Chưa có điểm"],
  ];

  it("gives a finding with its cell for every problem and no rubric (exit 1)", () => {
    const r = read(bad);
    expect(r.ok).toBe(false);
    expect(tableExitCode(r)).toBe(1);
    expect(codes(r.findings.filter((f) => f.severity === "error"))).toEqual([
      ["ERR_TABLE_NOT_NUMBER", "C3"],
      ["ERR_TABLE_NOT_POSITIVE", "D4"],
      ["ERR_TABLE_CODE", "A6"],
      ["ERR_TABLE_DUPLICATE_CODE", "A7"],
      ["ERR_TABLE_NA_POLICY", "E8"],
      ["ERR_TABLE_EMPTY_NAME", "B9"],
      ["ERR_TABLE_MISSING_MAX", "C10"],
    ]);
    expect(r.findings.find((f) => f.code === "ERR_TABLE_DUPLICATE_CODE")?.params.first).toBe("A4");
  });

  it("points a group's maximum above what its rows reach at the group's maximum cell", () => {
    const r = read([["TT", "Nội dung", "Điểm chuẩn"], ["I", "Chuyên môn", 20], ["1", "Kế hoạch", 5], ["2", "Báo cáo", 5]]);
    expect(codes(r.findings.filter((f) => f.severity === "error"))).toEqual([["ERR_RUBRIC_SUM", "C2"]]);
    expect(tableExitCode(r)).toBe(1);
  });

  it("refuses a weight on a group row and a criterion outside any part", () => {
    const r = read([["TT", "Nội dung", "Điểm chuẩn", "Hệ số"], ["1", "Ngoài phần", 5], ["I", "Chuyên môn", 10, 2], ["1", "Kế hoạch", 10]]);
    expect(codes(r.findings.filter((f) => f.severity === "error"))).toEqual([
      ["ERR_TABLE_OUTSIDE_SECTION", "A2"],
      ["ERR_TABLE_GROUP_FIELD", "D3"],
    ]);
  });

  it("says which words of a filled Cách chấm cell it can't read rather than dropping them", () => {
    const r = read([["TT", "Nội dung", "Điểm chuẩn", "Cách chấm"], ["I", "Chuyên môn", 10], ["1", "Thu ngân sách", 10, "tuyến tính"]]);
    expect(codes(r.findings.filter((f) => f.severity === "error"))).toEqual([["ERR_TABLE_METHOD", "D3"]]);
  });

  it("passes the Cách chấm text to the reader it is given", () => {
    const seen: string[] = [];
    const r = readRubricTable(workbookOf(sheetOf("S", [["TT", "Nội dung", "Điểm chuẩn", "Cách chấm"], ["I", "Chuyên môn", 10], ["1", "Thu ngân sách", 10, "tuyến tính"]])), {
      file: "b.xlsx",
      year: 2026,
      readMethod: (text, where) => {
        seen.push(`${text}@${where.cell}`);
        return { findings: [] };
      },
    });
    expect(seen).toEqual(["tuyến tính@D3"]);
    expect(r.ok).toBe(true);
  });
});
