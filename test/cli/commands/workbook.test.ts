import { existsSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { expected, fixtureTexts, setValue } from "../../support/fixture";
import { ensureCli, runCli, tempDir } from "../../support/cli";

/** generate → fill → rank through the built CLI, in a temporary folder holding copies of the fixture. */
function workspace(extra: Record<string, string> = {}) {
  const fx = fixtureTexts();
  return tempDir({ "rubric.json": fx.rubric, "bloc.json": fx.bloc, "scores.csv": fx.scores, ...extra });
}

function generate(dir: string, out = "khoi.xlsx"): void {
  const r = runCli(["generate", "--rubric", "rubric.json", "--bloc", "bloc.json", "--out", out], dir);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
}

/** The contract's fields (DESIGN.md: the expected files hold every field but `warnings`; `explanations` is extra). */
function withoutWarnings(json: Record<string, unknown>): Record<string, unknown> {
  const { warnings: _w, explanations: _e, ...rest } = json;
  return rest;
}

beforeAll(() => ensureCli());

describe("thidua generate, fill, rank (built CLI)", () => {
  it.each(["bloc", "final"] as const)("rank --json on the filled fixture equals expected-%s.json field by field", (stage) => {
    const ws = workspace();
    try {
      generate(ws.dir);
      const fill = runCli(["fill", "khoi.xlsx", "--scores", "scores.csv"], ws.dir);
      expect(fill.stderr).toBe("");
      expect(fill.code).toBe(0);
      const r = runCli(["rank", "khoi.xlsx", "--json", ...(stage === "final" ? [] : ["--stage", stage])], ws.dir);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      const got = JSON.parse(r.stdout);
      const want = expected(stage);
      expect(got.stage).toBe(want.stage);
      expect(got.ties).toEqual(want.ties);
      expect(got.units.map((u: { id: string }) => u.id)).toEqual(want.units.map((u) => u.id));
      want.units.forEach((u, i) => {
        for (const [field, value] of Object.entries(u)) expect({ unit: u.id, field, value: got.units[i][field] }).toEqual({ unit: u.id, field, value });
      });
      expect(withoutWarnings(got)).toStrictEqual(want);
    } finally {
      ws.cleanup();
    }
  });

  it("fill in place keeps the previous file as F.bak.xlsx; --out leaves F untouched", () => {
    const ws = workspace();
    try {
      generate(ws.dir);
      const blank = readFileSync(path.join(ws.dir, "khoi.xlsx"));
      const out = runCli(["fill", "khoi.xlsx", "--scores", "scores.csv", "--out", "filled.xlsx"], ws.dir);
      expect(out.code).toBe(0);
      expect(readFileSync(path.join(ws.dir, "khoi.xlsx")).equals(blank)).toBe(true);
      expect(existsSync(path.join(ws.dir, "khoi.bak.xlsx"))).toBe(false);
      const inPlace = runCli(["fill", "khoi.xlsx", "--scores", "scores.csv"], ws.dir);
      expect(inPlace.code).toBe(0);
      expect(inPlace.stdout).toContain("Bản trước khi nhập điểm được giữ ở khoi.bak.xlsx.");
      expect(readFileSync(path.join(ws.dir, "khoi.bak.xlsx")).equals(blank)).toBe(true);
      const a = JSON.parse(runCli(["rank", "khoi.xlsx", "--json"], ws.dir).stdout);
      const b = JSON.parse(runCli(["rank", "filled.xlsx", "--json"], ws.dir).stdout);
      expect(a).toEqual(b);
    } finally {
      ws.cleanup();
    }
  });

  it("generate never overwrites without --force: exit 2, the file untouched", () => {
    const ws = workspace({ "khoi.xlsx": "not yet a workbook" });
    try {
      const r = runCli(["generate", "--rubric", "rubric.json", "--bloc", "bloc.json", "--out", "khoi.xlsx"], ws.dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("--force");
      expect(readFileSync(path.join(ws.dir, "khoi.xlsx"), "utf8")).toBe("not yet a workbook");
      const forced = runCli(["generate", "--rubric", "rubric.json", "--bloc", "bloc.json", "--out", "khoi.xlsx", "--force"], ws.dir);
      expect(forced.code).toBe(0);
      expect(readFileSync(path.join(ws.dir, "khoi.xlsx")).subarray(0, 2).toString()).toBe("PK");
    } finally {
      ws.cleanup();
    }
  });

  it("generate refuses an invalid rubric with exit 2 and writes nothing", () => {
    const ws = workspace({ "bad.json": "{ not json" });
    try {
      const r = runCli(["generate", "--rubric", "bad.json", "--bloc", "bloc.json", "--out", "khoi.xlsx"], ws.dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("ERR_JSON_SYNTAX");
      expect(existsSync(path.join(ws.dir, "khoi.xlsx"))).toBe(false);
    } finally {
      ws.cleanup();
    }
  });

  it.each([
    ["a value above the maximum", (csv: string) => setValue(csv, "U03", "C05", "self", "6.5"), 1, "ERR_ABOVE_MAX"],
    ["a value off the step", (csv: string) => setValue(csv, "U02", "C09", "bloc", "3.3"), 1, "ERR_STEP"],
    ["an unknown unit", (csv: string) => csv + "U99,C01,self,5,\n", 2, "ERR_UNKNOWN_UNIT"],
    ["a duplicated row", (csv: string) => csv + "U01,C01,self,6,\n", 2, "ERR_DUPLICATE_ROW"],
    ["a stage the rubric lacks", (csv: string) => csv + "U01,C01,final,6,\n", 2, "ERR_UNKNOWN_STAGE"],
  ])("fill refuses %s with its exit code and finding; the workbook stays byte for byte as it was, no backup", (_what, edit, code, finding) => {
    const ws = workspace();
    try {
      generate(ws.dir);
      writeFileSync(path.join(ws.dir, "bad.csv"), edit(fixtureTexts().scores));
      const before = readFileSync(path.join(ws.dir, "khoi.xlsx"));
      const r = runCli(["fill", "khoi.xlsx", "--scores", "bad.csv"], ws.dir);
      expect(r.code).toBe(code);
      expect(r.stderr).toContain(finding);
      expect(readFileSync(path.join(ws.dir, "khoi.xlsx")).equals(before)).toBe(true);
      expect(existsSync(path.join(ws.dir, "khoi.bak.xlsx"))).toBe(false);
      const out = runCli(["fill", "khoi.xlsx", "--scores", "bad.csv", "--out", "other.xlsx"], ws.dir);
      expect(out.code).toBe(code);
      expect(existsSync(path.join(ws.dir, "other.xlsx"))).toBe(false);
    } finally {
      ws.cleanup();
    }
  });

  it("fill --out does not overwrite an existing file without --force", () => {
    const ws = workspace({ "other.xlsx": "keep me" });
    try {
      generate(ws.dir);
      const r = runCli(["fill", "khoi.xlsx", "--scores", "scores.csv", "--out", "other.xlsx"], ws.dir);
      expect(r.code).toBe(2);
      expect(readFileSync(path.join(ws.dir, "other.xlsx"), "utf8")).toBe("keep me");
    } finally {
      ws.cleanup();
    }
  });

  it("fill and rank refuse a file that is not a Thi đua workbook with exit 2", () => {
    const ws = workspace({ "notes.xlsx": "plain text, not a zip" });
    try {
      for (const args of [["fill", "notes.xlsx", "--scores", "scores.csv"], ["rank", "notes.xlsx"], ["rank", "missing.xlsx"]]) {
        const r = runCli(args, ws.dir);
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(/ERR_NOT_WORKBOOK|ERR_FILE_UNREADABLE|ERR_FILE_FORMAT/);
        expect(r.stderr).not.toMatch(/\n\s+at .+[(:]\d+/);
      }
      expect(readFileSync(path.join(ws.dir, "notes.xlsx"), "utf8")).toBe("plain text, not a zip");
    } finally {
      ws.cleanup();
    }
  });

  it("rank prints a table (Vietnamese, or English with --lang en) and refuses a --vote naming an unknown unit", () => {
    const ws = workspace();
    try {
      generate(ws.dir);
      expect(runCli(["fill", "khoi.xlsx", "--scores", "scores.csv"], ws.dir).code).toBe(0);
      const table = runCli(["rank", "khoi.xlsx"], ws.dir);
      expect(table.code).toBe(0);
      expect(table.stdout).toContain("Kết quả xếp hạng");
      expect(table.stdout).toMatch(/1\s+UBND thành phố Huế\s+95,25/);
      const en = runCli(["rank", "khoi.xlsx", "--lang", "en", "--stage", "bloc"], ws.dir);
      expect(en.stdout).toContain("Ranking");
      const bad = runCli(["rank", "khoi.xlsx", "--vote", "U01,U99"], ws.dir);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain("ERR_UNKNOWN_UNIT");
    } finally {
      ws.cleanup();
    }
  });
});
