import { readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { openXlsx } from "../../../src/hosts/xlsx/xlsxHost";
import { ensureCli, runCli, tempDir } from "../../support/cli";
import { fixtureFile } from "../../support/fixture";
import { fillBytes, generateBytes } from "../../support/roundTrip";
import { entries, USER_PARTS, withUserParts } from "../../support/userParts";

beforeAll(() => ensureCli());

describe("thidua report", () => {
  it("adds the report in place keeping bloc.bak.xlsx, or into --out without overwriting, and refuses a bad date", async () => {
    const t = tempDir({});
    try {
      const filled = await fillBytes(await generateBytes(fixtureFile("rubric.json"), fixtureFile("bloc.json")), fixtureFile("scores.csv"));
      writeFileSync(path.join(t.dir, "bloc.xlsx"), filled);
      expect(runCli(["report", "bloc.xlsx", "--date", "2023-02-30"], t.dir).code).toBe(2);
      expect(runCli(["report", "bloc.xlsx", "--head", "U42"], t.dir).stderr).toContain("ERR_UNKNOWN_UNIT");
      const same = runCli(["report", "bloc.xlsx", "--head", "U01", "--deputy", "U01"], t.dir);
      expect([same.code, same.stderr.includes("ERR_REPORT_SAME_UNIT"), same.stderr.includes("cho --head và --deputy hai đơn vị khác nhau")]).toEqual([2, true, true]);
      const sameEn = runCli(["report", "bloc.xlsx", "--head", "U04", "--lang", "en"], t.dir);
      expect(sameEn.stderr).toContain("next year's head and deputy are the same unit (UBND huyện Phong Điền, U04)");
      expect(readFileSync(path.join(t.dir, "bloc.xlsx")).equals(Buffer.from(filled))).toBe(true);
      const made = runCli(["report", "bloc.xlsx", "--place", "Huế", "--date", "05/12/2023"], t.dir);
      expect([made.code, made.stdout.includes("Bản trước khi thêm trang Báo cáo được giữ ở bloc.bak.xlsx.")]).toEqual([0, true]);
      expect(readFileSync(path.join(t.dir, "bloc.bak.xlsx")).equals(Buffer.from(filled))).toBe(true);
      const sheets = (await (await openXlsx(readFileSync(path.join(t.dir, "bloc.xlsx")))).snapshot()).sheets.map((s) => s.name);
      expect(sheets).toContain("Báo cáo");
      // the day first, as Vietnamese documents write it: 05/12/2023 is the fifth of December
      const report = (await (await openXlsx(readFileSync(path.join(t.dir, "bloc.xlsx")))).snapshot(["Báo cáo"])).sheets[0];
      expect(report.values.flat().filter((c) => typeof c === "string").join("\n")).toContain("Huế, ngày 05 tháng 12 năm 2023");
      writeFileSync(path.join(t.dir, "r.xlsx"), "keep me");
      expect(runCli(["report", "bloc.xlsx", "--out", "r.xlsx"], t.dir).code).toBe(2);
      expect(readFileSync(path.join(t.dir, "r.xlsx"), "utf8")).toBe("keep me");
      expect(runCli(["report", "bloc.xlsx", "--out", "r.xlsx", "--force", "--lang", "en"], t.dir).code).toBe(0);
      expect((await (await openXlsx(readFileSync(path.join(t.dir, "r.xlsx")))).snapshot()).sheets.map((s) => s.name)).toContain("Report");
    } finally {
      t.cleanup();
    }
  });
});

describe("thidua report on a workbook with a user's own sheet, chart and comment", () => {
  it("exits 0 and gives the user's parts back byte for byte (ExcelJS crashed here: reading 'anchors')", async () => {
    const t = tempDir({});
    try {
      const mine = withUserParts(await fillBytes(await generateBytes(fixtureFile("rubric.json"), fixtureFile("bloc.json")), fixtureFile("scores.csv")));
      writeFileSync(path.join(t.dir, "bloc.xlsx"), mine);
      const run = runCli(["report", "bloc.xlsx", "--date", "05/12/2023"], t.dir);
      expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: "" });
      const out = new Uint8Array(readFileSync(path.join(t.dir, "bloc.xlsx")));
      const before = entries(mine);
      const after = entries(out);
      for (const p of USER_PARTS) expect([p, Buffer.from(after.get(p) ?? []).equals(Buffer.from(before.get(p)!))]).toEqual([p, true]);
      expect((await (await openXlsx(out)).snapshot()).sheets.map((s) => s.name)).toContain("Báo cáo");
    } finally {
      t.cleanup();
    }
  });
});
