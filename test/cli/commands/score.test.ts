import * as path from "node:path";
import { CASES_DIR, FIXTURE_DIR, editJson, expected, fixtureTexts } from "../../support/fixture";
import { ensureCli, runCli, tempDir } from "../../support/cli";

const fx = (name: string) => path.join(FIXTURE_DIR, name);
const cs = (name: string) => path.join(CASES_DIR, name);
const fixtureArgs = ["--rubric", fx("rubric.json"), "--bloc", fx("bloc.json"), "--scores", fx("scores.csv")];
const STACK = /\n\s+at .+[(:]\d+/;

/** The contract's fields (DESIGN.md: the expected files hold every field but `warnings`; `explanations` is extra). */
function withoutWarnings(json: Record<string, unknown>): Record<string, unknown> {
  const { warnings: _w, explanations: _e, ...rest } = json;
  return rest;
}

beforeAll(() => ensureCli());

describe("thidua score (built CLI)", () => {
  it.each(["bloc", "final"] as const)("prints JSON equal to expected-%s.json with --json, exit 0", (stage) => {
    const r = runCli(["score", ...fixtureArgs, ...(stage === "final" ? [] : ["--stage", stage]), "--json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const got = JSON.parse(r.stdout);
    expect(withoutWarnings(got)).toStrictEqual(expected(stage));
    expect(Array.isArray(got.warnings)).toBe(true);
    for (const w of got.warnings) expect(Object.keys(w)).toEqual(expect.arrayContaining(["code", "message"]));
  });

  it("reads the `;` file with decimal commas and a BOM to the same result", () => {
    const r = runCli(["score", "--rubric", fx("rubric.json"), "--bloc", fx("bloc.json"), "--scores", cs("scores-semicolon-bom.csv"), "--json"]);
    expect(r.code).toBe(0);
    expect(withoutWarnings(JSON.parse(r.stdout))).toStrictEqual(expected("final"));
  });

  it("prints a Vietnamese table without --json", () => {
    const r = runCli(["score", ...fixtureArgs]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Kết quả xếp hạng");
    expect(r.stdout).toMatch(/1\s+UBND thành phố Huế\s+95,25/);
    expect(r.stdout).toContain("Cờ thi đua của Ủy ban nhân dân tỉnh");
  });

  it("speaks English with --lang en", () => {
    const r = runCli(["score", ...fixtureArgs, "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Ranking — final result");
    expect(r.stdout).toMatch(/1\s+UBND thành phố Huế\s+95\.25/);
    const bad = runCli(["score", "--lang=en", "--rubric", cs("rubric-section-sum-39.json"), "--bloc", fx("bloc.json"), "--scores", fx("scores.csv")]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("section I: its criteria add up to 39 < 40");
  });

  it("takes --lang before the verb too", () => {
    const r = runCli(["--lang", "en", "score", ...fixtureArgs]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Ranking — final result");
  });

  it("exits 1 on values breaking the rules, naming file, line and the fix, printing nothing on stdout", () => {
    const r = runCli(["score", "--rubric", fx("rubric.json"), "--bloc", fx("bloc.json"), "--scores", cs("scores-value-errors.csv")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    // words first — the unit, the criterion by name, the file and line — then what to do, the code last
    expect(r.stderr).toContain('Đơn vị UBND thị xã Hương Trà, tiêu chí "Giảm tỷ lệ hộ nghèo theo kế hoạch", tự chấm — tệp scores-value-errors.csv, dòng 2: điểm 6,5 vượt điểm chuẩn 6. Nhập điểm từ 0 đến 6. (ERR_ABOVE_MAX)');
    expect(r.stderr).toMatch(/tệp scores-value-errors.csv, dòng 5: .*Nhập lại thành số 7,75\. \(ERR_TEXT_NUMBER\)/);
    // the command line has no quick-fix button to point to
    expect(r.stderr).not.toMatch(/nút|sửa nhanh/i);
    expect(r.stderr.split("\n").filter(Boolean).every((l) => !/^(ERR|WARN)_/.test(l))).toBe(true);
    expect(r.stderr).not.toMatch(STACK);
  });

  it("exits 2 on a row naming an unknown unit, naming the line", () => {
    const r = runCli(["score", "--rubric", fx("rubric.json"), "--bloc", fx("bloc.json"), "--scores", cs("scores-unknown-unit.csv"), "--json"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/tệp scores-unknown-unit.csv, dòng 3: .*U99.*\(ERR_UNKNOWN_UNIT\)/);
  });

  it("exits 2 on a duplicated row, naming both lines", () => {
    const r = runCli(["score", "--rubric", fx("rubric.json"), "--bloc", fx("bloc.json"), "--scores", cs("scores-duplicate-row.csv")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/tệp scores-duplicate-row.csv, dòng 4: .*dòng 2.*\(ERR_DUPLICATE_ROW\)/);
  });

  it("exits 2 on bad JSON, wrong types and missing fields, naming the file and the field", () => {
    const json = runCli(["score", "--rubric", cs("rubric-bad-json.json"), "--bloc", fx("bloc.json"), "--scores", fx("scores.csv")]);
    expect(json.code).toBe(2);
    expect(json.stderr).toContain("ERR_JSON_SYNTAX");
    expect(json.stderr).toContain("rubric-bad-json.json");
    const types = runCli(["score", "--rubric", cs("rubric-wrong-types.json"), "--bloc", cs("bloc-missing-fields.json"), "--scores", fx("scores.csv")]);
    expect(types.code).toBe(2);
    expect(types.stderr).toMatch(/Tệp rubric-wrong-types.json, trường sections\.0\.maxPoints: .*\(ERR_SCHEMA\)/);
    expect(types.stderr).toMatch(/Tệp bloc-missing-fields.json, trường units\.0\.name: thiếu trường.*\(ERR_SCHEMA\)/);
    expect(types.stderr).not.toMatch(STACK);
  });

  it("exits 2 on a file that does not exist", () => {
    const r = runCli(["score", "--rubric", fx("nope.json"), "--bloc", fx("bloc.json"), "--scores", fx("scores.csv")]);
    expect(r.code).toBe(2);
    // in words, naming the path and what to do — never a bare ENOENT
    expect(r.stderr).toMatch(/^Không đọc được \/.*nope\.json: không có tệp hoặc thư mục này\. Kiểm tra tên tệp và thư mục.*\(ERR_FILE_UNREADABLE\)$/m);
    expect(r.stderr).not.toContain("ENOENT");
  });

  it.each([
    ["an unknown option", ["--colour"], /--colour/],
    ["a bad --stage", ["--stage", "khoi"], /khoi/],
    ["a bad --lang", ["--lang", "fr"], /fr/],
    ["a --vote with an unknown unit", ["--vote", "U05,U99"], /U99/],
    ["a --vote naming one unit", ["--vote", "U05"], /U05/],
    ["a stray argument", ["extra.csv"], /extra\.csv/],
  ])("exits 2 on %s, saying what is wrong without a stack trace", (_what, extra, said) => {
    const r = runCli(["score", ...fixtureArgs, ...(extra as string[])]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(said as RegExp);
    expect(r.stderr).not.toMatch(STACK);
  });

  it("exits 2 when a required option is missing", () => {
    const r = runCli(["score", "--rubric", fx("rubric.json"), "--bloc", fx("bloc.json")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--scores");
  });

  describe("with a tie (the rubric without tie-break, at stage bloc: U05 and U07 both 92.50)", () => {
    const texts = fixtureTexts();
    const files = tempDir({ "rubric.json": editJson(texts.rubric, (r) => (r.tieBreak = [])), "bloc.json": texts.bloc, "scores.csv": texts.scores });
    afterAll(() => files.cleanup());
    const args = ["score", "--rubric", "rubric.json", "--bloc", "bloc.json", "--scores", "scores.csv", "--stage", "bloc", "--json"];
    const run = (...extra: string[]) => {
      const r = runCli([...args, ...extra], files.dir);
      expect(r.code).toBe(0);
      return JSON.parse(r.stdout) as { units: { id: string; rank: number; award: string | null }[]; ties: string[][]; warnings: { code: string }[] };
    };

    it("shares rank 2, lists the tie in bloc order and stops the award walk", () => {
      const out = run();
      expect(out.units.slice(0, 4).map((u) => [u.id, u.rank, u.award])).toEqual([
        ["U01", 1, "flag"],
        ["U05", 2, null],
        ["U07", 2, null],
        ["U02", 4, null],
      ]);
      expect(out.ties).toEqual([["U05", "U07"]]);
      expect(out.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(["WARN_TIE_UNRESOLVED", "WARN_AWARD_STOPPED", "WARN_AWARD_EMPTY"]));
    });

    it("breaks the tie with --vote naming every member", () => {
      const out = run("--vote", "U07,U05");
      expect(out.units.slice(0, 3).map((u) => [u.id, u.rank, u.award])).toEqual([
        ["U01", 1, "flag"],
        ["U07", 2, "certificate"],
        ["U05", 3, "certificate"],
      ]);
      expect(out.ties).toEqual([]);
    });

    it("rejects a --vote leaving a member out: WARN_VOTE_REJECTED, and the tie stays", () => {
      const out = run("--vote", "U07,U02");
      expect(out.ties).toEqual([["U05", "U07"]]);
      expect(out.warnings.map((w) => w.code)).toContain("WARN_VOTE_REJECTED");
    });
  });
});
