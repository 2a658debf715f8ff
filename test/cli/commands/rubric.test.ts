import { existsSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { parseRubric } from "../../../src/domain/rubricRules";
import { createXlsx } from "../../../src/hosts/xlsx/xlsxHost";
import { sheetsOf } from "../../support/tableSheets";
import { ensureCli, runCli, tempDir } from "../../support/cli";
import { fixtureFile, measuredFile, treeFile } from "../../support/fixture";
import { generateBytes } from "../../support/roundTrip";

beforeAll(() => ensureCli());

/** An .xlsx holding one sheet of the given rows, as an official's pasted table would be saved. */
async function tableXlsx(file: string, rows: readonly (readonly (string | number | null)[])[]): Promise<void> {
  const host = createXlsx();
  await host.applyPlan(sheetsOf("Sheet1", rows));
  writeFileSync(file, await host.save());
}

describe("thidua rubric export / import", () => {
  it.each([
    ["khoi-huyen-2023", fixtureFile("rubric.json")],
    ["tree", treeFile("rubric.json")],
    // every "Cách chấm" shape: the bundle's Vietnamese regular expressions, escaped to ASCII at build, still read them
    ["measured", measuredFile("rubric.json")],
  ])("export → import gives %s's rubric again, and generate takes the table", (_name, json) => {
    const bloc = { tree: treeFile("bloc.json"), measured: measuredFile("bloc.json") }[_name] ?? fixtureFile("bloc.json");
    const { dir, cleanup } = tempDir({ "rubric.json": json, "bloc.json": bloc });
    try {
      const ex = runCli(["rubric", "export", "rubric.json", "--out", "bang.xlsx"], dir);
      expect([ex.code, ex.stderr]).toEqual([0, ""]);
      const im = runCli(["rubric", "import", "bang.xlsx", "--out", "back.json"], dir);
      expect(im.code).toBe(0);
      const original = parseRubric(JSON.parse(json));
      const back = parseRubric(JSON.parse(readFileSync(path.join(dir, "back.json"), "utf8")));
      expect(back.ok && original.ok && back.value).toEqual(original.ok && original.value);
      const gen = runCli(["generate", "--rubric", "bang.xlsx", "--bloc", "bloc.json", "--out", "khoi.xlsx"], dir);
      expect(gen.code).toBe(0);
      expect(existsSync(path.join(dir, "khoi.xlsx"))).toBe(true);
    } finally {
      cleanup();
    }
  });

  it("prints the tree it understood, with ids, maxima, weights and policies, in English too", () => {
    const { dir, cleanup } = tempDir({ "rubric.json": treeFile("rubric.json") });
    try {
      runCli(["rubric", "export", "rubric.json", "--out", "bang.xlsx", "--lang", "en"], dir);
      const im = runCli(["rubric", "import", "bang.xlsx", "--lang", "en"], dir);
      expect(im.code).toBe(0);
      expect(im.stdout).toContain("Criteria tree read (3 parts, 17 criteria, 100 points in all):");
      expect(im.stdout).toMatch(/^ {6}k3 {2}Phối hợp với Viện kiểm sát, Tòa án đúng hạn — 4 points · weight 2$/m);
      expect(im.stdout).toMatch(/^ {4}I\.1 {2}Đấu tranh, phòng chống tội phạm — 30 points · cap binds: its rows reach 32$/m);
      expect(im.stdout).toContain("not applicable: rescale");
      expect(im.stdout).toContain("No file written");
    } finally {
      cleanup();
    }
  });

  it("a malformed table: findings with their cells, exit 1, --out not written; generate refuses it with exit 2", async () => {
    const { dir, cleanup } = tempDir({ "bloc.json": fixtureFile("bloc.json") });
    try {
      await tableXlsx(path.join(dir, "bang.xlsx"), [["TT", "Nội dung", "Điểm chuẩn"], ["I", "Chuyên môn", 10], ["1", "Kế hoạch", "năm"], ["1", "Báo cáo", 5]]);
      const im = runCli(["rubric", "import", "bang.xlsx", "--out", "rubric.json"], dir);
      expect(im.code).toBe(1);
      expect(im.stderr).toContain("Tệp bang.xlsx, trang Sheet1, ô C3:");
      expect(im.stderr).toContain("(ERR_TABLE_NOT_NUMBER)");
      expect(im.stderr).toContain("ô A4:");
      expect(im.stderr).toContain("(ERR_TABLE_DUPLICATE_CODE)");
      expect(existsSync(path.join(dir, "rubric.json"))).toBe(false);
      const gen = runCli(["generate", "--rubric", "bang.xlsx", "--bloc", "bloc.json", "--out", "khoi.xlsx"], dir);
      expect(gen.code).toBe(2);
      expect(gen.stderr).toContain("(ERR_TABLE_NOT_NUMBER)");
      expect(existsSync(path.join(dir, "khoi.xlsx"))).toBe(false);
    } finally {
      cleanup();
    }
  });

  it("a file that is no table: exit 2, nothing written", async () => {
    const { dir, cleanup } = tempDir({ "scores.csv": fixtureFile("scores.csv") });
    try {
      await tableXlsx(path.join(dir, "ds.xlsx"), [["STT", "Tên đơn vị"], [1, "UBND huyện A"]]);
      for (const file of ["ds.xlsx", "scores.csv"]) {
        const r = runCli(["rubric", "import", file, "--out", "rubric.json"], dir);
        expect([file, r.code]).toEqual([file, 2]);
        expect(r.stderr).toContain("(ERR_TABLE_HEADER)");
      }
      expect(existsSync(path.join(dir, "rubric.json"))).toBe(false);
    } finally {
      cleanup();
    }
  });

  it("a scoring workbook this tool made gives the agreed rubric stored in it, with a note saying so", async () => {
    const { dir, cleanup } = tempDir({});
    try {
      writeFileSync(path.join(dir, "khoi-2023.xlsx"), await generateBytes(fixtureFile("rubric.json"), fixtureFile("bloc.json")));
      const r = runCli(["rubric", "import", "khoi-2023.xlsx", "--out", "rubric.json"], dir);
      expect(r.code).toBe(0);
      expect(r.stderr + r.stdout).toContain("(WARN_TABLE_FROM_WORKBOOK)");
      const stored = parseRubric(JSON.parse(readFileSync(path.join(dir, "rubric.json"), "utf8")));
      const agreed = parseRubric(JSON.parse(fixtureFile("rubric.json")));
      expect(stored.ok && agreed.ok && stored.value).toEqual(agreed.ok && agreed.value);
    } finally {
      cleanup();
    }
  });

  it("never overwrites without --force, and asks for import or export", () => {
    const { dir, cleanup } = tempDir({ "rubric.json": fixtureFile("rubric.json"), "bang.xlsx": "x" });
    try {
      expect(runCli(["rubric", "export", "rubric.json", "--out", "bang.xlsx"], dir).code).toBe(2);
      expect(readFileSync(path.join(dir, "bang.xlsx"), "utf8")).toBe("x");
      const r = runCli(["rubric", "convert", "rubric.json"], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("import hoặc export");
    } finally {
      cleanup();
    }
  });
});
