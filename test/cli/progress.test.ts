import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { runCli as runInProcess } from "../../src/cli/main";
import { terminalProgress } from "../../src/cli/progress";
import { boardFolder, type BoardFixture } from "../support/boardFolder";
import { CLI, ensureCli, runCli } from "../support/cli";
import { fixtureFile } from "../support/fixture";
import { generateBytes } from "../support/workbooks";

function fakeStream(isTTY: boolean, columns = 40) {
  const written: string[] = [];
  return { isTTY, columns, write: (s: string) => written.push(s), written };
}

describe("terminalProgress", () => {
  it("says nothing when stderr is no terminal (a script or a log reads the same as before)", () => {
    expect(terminalProgress(fakeStream(false), "Đang kiểm tra sổ")).toBeNull();
    expect(terminalProgress({ write: () => true }, "x")).toBeNull();
  });

  it("rewrites one line per step, keeps it inside the terminal, neutralises a file name's escapes, and clears it", () => {
    const s = fakeStream(true, 40);
    const p = terminalProgress(s, "Đang kiểm tra sổ")!;
    p.step(1, 3, "khối-a.xlsx");
    p.step(2, 3, "\u001b[2Jkhối có tên rất dài, dài hơn cả chiều ngang của cửa sổ.xlsx");
    p.end();
    p.end();
    expect(s.written[0]).toBe("\r\u001b[KĐang kiểm tra sổ 1/3 khối-a.xlsx");
    const second = s.written[1].replace("\r\u001b[K", "");
    expect(second).not.toContain("\u001b");
    expect(second.startsWith("Đang kiểm tra sổ 2/3 ␛[2J")).toBe(true);
    expect([second.length, second.endsWith("…")]).toEqual([39, true]);
    // one clearing, however often end() is called
    expect(s.written.slice(2)).toEqual(["\r\u001b[K"]);
  });
});

describe("thidua board's progress", () => {
  let fx: BoardFixture;
  beforeAll(async () => {
    ensureCli();
    fx = await boardFolder(3, { 1: "broken" });
  }, 120_000);
  afterAll(() => fx && rmSync(fx.dir, { recursive: true, force: true }));

  it("tells each bloc as it is checked, then clears the line before the table", async () => {
    const events: string[] = [];
    const out: string[] = [];
    const code = await runInProcess(["board", fx.blocs], {
      cwd: fx.blocs,
      out: (s) => out.push(s),
      err: () => undefined,
      progress: (label) => ({ step: (done, total, file) => events.push(`${label} ${done}/${total} ${file}`), end: () => events.push("end") }),
    });
    expect(code).toBe(1);
    const files = [...fx.files.keys()].sort((a, b) => a.localeCompare(b, "vi"));
    expect(events).toEqual([...files.map((f, i) => `Đang kiểm tra sổ ${i + 1}/3 ${f}`), "end"]);
    expect(out.join("\n")).toContain(files[2]);
  });

  it("shows it on a real terminal (a pseudo-terminal from util-linux's script)", () => {
    const r = spawnSync("script", ["-qec", `node ${JSON.stringify(CLI)} board ${JSON.stringify(fx.blocs)}`, "/dev/null"], { encoding: "utf8", env: { ...process.env, COLUMNS: "100" } });
    expect(r.error).toBeUndefined();
    const files = [...fx.files.keys()].sort((a, b) => a.localeCompare(b, "vi"));
    expect(r.stdout).toContain(`\r\u001b[KĐang kiểm tra sổ 1/3 ${files[0]}`);
    // the line is cleared after the last bloc, before the table is printed
    expect(r.stdout).toContain(`Đang kiểm tra sổ 3/3 ${files[2]}\r\u001b[K${files[0]}`);
  });

  it("prints no progress when stderr is redirected", () => {
    const r = runCli(["board", fx.blocs]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain("Đang kiểm tra sổ");
  });
});

describe("thidua split's and merge's progress", () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "thidua-progress-"));
    writeFileSync(path.join(dir, "khoi.xlsx"), await generateBytes(fixtureFile("rubric.json"), fixtureFile("bloc.json")));
  }, 120_000);
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  it("split tells each unit's copy as it is made, merge each copy as it is read; each clears its line before printing", async () => {
    const events: string[] = [];
    const progress = (label: string) => ({ step: (done: number, total: number, file: string) => events.push(`${label} ${done}/${total} ${file}`), end: () => events.push("end") });
    const out: string[] = [];
    const ctx = { cwd: dir, out: (s: string) => out.push(s), err: () => undefined, progress };
    expect(await runInProcess(["split", "khoi.xlsx", "--out", "ban"], ctx)).toBe(0);
    const units = (JSON.parse(fixtureFile("bloc.json")) as { units: { name: string }[] }).units.map((u) => u.name);
    expect(events).toEqual([...units.map((u, i) => `Đang tách bản ${i + 1}/${units.length} ${u}`), "end"]);
    events.length = 0;
    const copies = readdirSync(path.join(dir, "ban")).sort();
    expect(await runInProcess(["merge", "khoi.xlsx", ...copies.map((c) => path.join("ban", c))], ctx)).toBe(0);
    expect(events).toEqual([...copies.map((c, i) => `Đang đọc bản ${i + 1}/${copies.length} ${c}`), "end"]);
  });
});
