import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { VERBS } from "../../src/cli/verbs";
import { nearestVerb, verbHelp } from "../../src/cli/help";
import { FIXTURE_DIR } from "../support/fixture";
import { ensureCli, runCli, tempDir } from "../support/cli";

const fx = (name: string) => path.join(FIXTURE_DIR, name);

beforeAll(() => ensureCli());

describe("thidua <verb> --help", () => {
  it.each(VERBS)("prints the help of %s alone, in vi and en, exit 0", (verb) => {
    for (const lang of ["vi", "en"] as const) {
      const r = runCli([verb, "--help", "--lang", lang]);
      expect(r.code).toBe(0);
      expect(r.stdout.split("\n")[0]).toBe(`${lang === "vi" ? "Cách dùng" : "Usage"}: thidua ${verb} ${verbHelp(verb, lang)!.split("\n")[0].split(` ${verb} `)[1]}`);
      // no other verb's synopsis
      for (const other of VERBS.filter((v) => v !== verb)) expect(r.stdout).not.toMatch(new RegExp(`^ {2}${other} `, "m"));
      expect(r.stdout).toContain("--lang vi|en");
    }
  });

  it("answers `thidua help rank` the same way, and `thidua --help` with every verb", () => {
    expect(runCli(["help", "rank"]).stdout).toBe(runCli(["rank", "--help"]).stdout);
    const all = runCli(["--help"]).stdout;
    for (const v of VERBS) expect(all).toMatch(new RegExp(`^ {2}${v} `, "m"));
  });
});

describe("a mistyped verb", () => {
  it.each([
    ["rnak", "rank"],
    ["scroe", "score"],
    ["valdiate", "validate"],
    ["genrate", "generate"],
    ["seel", "seal"],
    ["reprot", "report"],
  ])("%s suggests %s", (typed, meant) => {
    expect(nearestVerb(typed, VERBS)).toBe(meant);
    const r = runCli([typed]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Lệnh không hợp lệ: ${typed}. Có phải bạn muốn: ${meant}?`);
    expect(runCli([typed, "--lang", "en"]).stderr).toContain(`Did you mean: ${meant}?`);
  });

  it("suggests nothing for a word far from every verb", () => {
    expect(nearestVerb("xyzzy", VERBS)).toBeNull();
    expect(runCli(["xyzzy"]).stderr).not.toContain("Có phải");
  });
});

describe("system errors in our words", () => {
  it("a folder given for a file: says so, names the path, in vi and en", () => {
    const vi = runCli(["score", "--rubric", FIXTURE_DIR, "--bloc", fx("bloc.json"), "--scores", fx("scores.csv")]);
    expect(vi.code).toBe(2);
    expect(vi.stderr).toContain(`Không đọc được ${FIXTURE_DIR}: đây là một thư mục, không phải tệp.`);
    expect(vi.stderr).not.toContain("EISDIR");
    const en = runCli(["score", "--rubric", fx("nope.json"), "--bloc", fx("bloc.json"), "--scores", fx("scores.csv"), "--lang", "en"]);
    expect(en.stderr).toContain(`Cannot read ${fx("nope.json")}: there is no such file or folder. Check the file and folder names`);
    expect(en.stderr).not.toContain("ENOENT");
  });

  it("a write into a folder that does not exist: names the path and what to do, no raw code", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "thidua-help-"));
    try {
      const out = path.join(dir, "missing", "so.xlsx");
      const r = runCli(["generate", "--rubric", fx("rubric.json"), "--bloc", fx("bloc.json"), "--out", out]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^Không (ghi được tệp|dùng được) ${path.join(dir, "missing")}.*: không có tệp hoặc thư mục này\\. Kiểm tra tên tệp và thư mục`, "m"));
      expect(r.stderr).not.toMatch(/\bE[A-Z]{3,}\b/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the ranking table in English", () => {
  it("words the places First/Second/Third under the place column", () => {
    const r = runCli(["score", "--rubric", fx("rubric.json"), "--bloc", fx("bloc.json"), "--scores", fx("scores.csv"), "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\bPlace\b/);
    for (const word of ["First", "Second", "Third"]) expect(r.stdout).toContain(word);
    expect(r.stdout).not.toMatch(/\b(Nhất|Nhì)\b/);
    const vi = runCli(["score", "--rubric", fx("rubric.json"), "--bloc", fx("bloc.json"), "--scores", fx("scores.csv")]);
    expect(vi.stdout).toMatch(/\bGiải\b/);
    expect(vi.stdout).toContain("Nhất");
  });
});

describe("notes beside the errors", () => {
  it("score on data with errors lists the warnings found with them too, under Lưu ý", () => {
    // the fixture's scores, U03's C05 self score above its maximum; bloc scores changed without a reason stay
    const csv = readFileSync(fx("scores.csv"), "utf8").replace(/^U03,C05,self,[^,]*,/m, "U03,C05,self,6.5,");
    const t = tempDir({ "scores.csv": csv });
    try {
      const r = runCli(["score", "--rubric", fx("rubric.json"), "--bloc", fx("bloc.json"), "--scores", path.join(t.dir, "scores.csv")]);
      expect(r.code).toBe(1);
      const lines = r.stderr.split("\n");
      const notes = lines.indexOf("Lưu ý:");
      expect(notes).toBeGreaterThan(0);
      expect(lines.slice(0, notes).some((l) => l.endsWith("(ERR_ABOVE_MAX)"))).toBe(true);
      const listed = lines.slice(notes + 1).filter((l) => l.startsWith("  - "));
      expect(listed.length).toBeGreaterThan(0);
      expect(listed.every((l) => /\(WARN_[A-Z_]+\)$/.test(l))).toBe(true);
    } finally {
      t.cleanup();
    }
  });
});
