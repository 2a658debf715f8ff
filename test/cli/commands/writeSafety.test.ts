import { spawn } from "node:child_process";
import { chmodSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import * as path from "node:path";
import { replaceFile } from "../../../src/cli/binaryFiles";
import { openXlsx } from "../../../src/hosts/xlsx/xlsxHost";
import { readWorkbook } from "../../../src/workbook/readWorkbook";
import { CLI, ensureCli, runCli, tempDir } from "../../support/cli";
import { fixtureTexts } from "../../support/fixture";
import { fillBytes, generateBytes } from "../../support/workbooks";

/** Nothing lost: locks, backups, modes, links, read-only files, temporary files (issue 13, part 3). */

const fx = fixtureTexts();
let blank: Uint8Array;
let filled: Uint8Array;
const header = fx.scores.split("\n")[0];
const rowsOf = (unit: string) => fx.scores.split("\n").filter((l) => l.startsWith(`${unit},`));
const csvOf = (unit: string) => [header, ...rowsOf(unit)].join("\n") + "\n";

beforeAll(async () => {
  ensureCli();
  blank = await generateBytes(fx.rubric, fx.bloc);
  filled = await fillBytes(blank, fx.scores);
});

function folder(files: Record<string, Uint8Array | string>) {
  const t = tempDir({});
  for (const [name, data] of Object.entries(files)) writeFileSync(path.join(t.dir, name), data);
  return t;
}

/** (unit, item, stage) of every input cell holding something */
async function entered(file: string): Promise<Set<string>> {
  const read = readWorkbook(await (await openXlsx(new Uint8Array(readFileSync(file)))).snapshot());
  if (!read.ok) throw new Error("not a workbook");
  return new Set(read.value.rows.map((r) => `${r.unit}|${r.item}|${r.stage}`));
}

const keysOf = (unit: string) => rowsOf(unit).map((l) => l.split(",").slice(0, 3).join("|"));

/** Files other than the ones a test put there: temporary files and locks must not outlive a command. */
const leftovers = (dir: string) => readdirSync(dir).filter((n) => n.startsWith("."));

describe("generate --force over a workbook holding scores", () => {
  it("refuses without --discard-scores, writing nothing; with it, overwrites and keeps the old file as .bak", () => {
    const t = folder({ "rubric.json": fx.rubric, "bloc.json": fx.bloc, "k.xlsx": filled });
    try {
      const refused = runCli(["generate", "--rubric", "rubric.json", "--bloc", "bloc.json", "--out", "k.xlsx", "--force"], t.dir);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain("--discard-scores");
      expect(readFileSync(path.join(t.dir, "k.xlsx")).equals(Buffer.from(filled))).toBe(true);
      expect(existsSync(path.join(t.dir, "k.bak.xlsx"))).toBe(false);
      const done = runCli(["generate", "--rubric", "rubric.json", "--bloc", "bloc.json", "--out", "k.xlsx", "--force", "--discard-scores"], t.dir);
      expect(done.code).toBe(0);
      expect(readFileSync(path.join(t.dir, "k.bak.xlsx")).equals(Buffer.from(filled))).toBe(true);
      expect(leftovers(t.dir)).toEqual([]);
    } finally {
      t.cleanup();
    }
  });

  it("over a blank workbook --force is enough, and still leaves a .bak", () => {
    const t = folder({ "rubric.json": fx.rubric, "bloc.json": fx.bloc, "k.xlsx": blank });
    try {
      expect(runCli(["generate", "--rubric", "rubric.json", "--bloc", "bloc.json", "--out", "k.xlsx", "--force"], t.dir).code).toBe(0);
      expect(readFileSync(path.join(t.dir, "k.bak.xlsx")).equals(Buffer.from(blank))).toBe(true);
    } finally {
      t.cleanup();
    }
  });
});

describe("rewriting a workbook", () => {
  it("keeps its mode (600 stays private)", () => {
    const t = folder({ "k.xlsx": blank, "s.csv": fx.scores });
    try {
      chmodSync(path.join(t.dir, "k.xlsx"), 0o600);
      expect(runCli(["fill", "k.xlsx", "--scores", "s.csv"], t.dir).code).toBe(0);
      expect(statSync(path.join(t.dir, "k.xlsx")).mode & 0o777).toBe(0o600);
      expect(statSync(path.join(t.dir, "k.bak.xlsx")).mode & 0o777).toBe(0o600);
    } finally {
      t.cleanup();
    }
  });

  it("refuses a read-only file with a message, leaving it as it was", () => {
    const t = folder({ "k.xlsx": blank, "s.csv": fx.scores });
    try {
      chmodSync(path.join(t.dir, "k.xlsx"), 0o444);
      const r = runCli(["fill", "k.xlsx", "--scores", "s.csv"], t.dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("chỉ đọc");
      expect(readFileSync(path.join(t.dir, "k.xlsx")).equals(Buffer.from(blank))).toBe(true);
      expect(statSync(path.join(t.dir, "k.xlsx")).mode & 0o777).toBe(0o444);
    } finally {
      t.cleanup();
    }
  });

  it("writes through a symbolic link to its target; the link stays a link", async () => {
    const t = folder({ "s.csv": fx.scores });
    try {
      mkdirSync(path.join(t.dir, "real"));
      writeFileSync(path.join(t.dir, "real", "k.xlsx"), blank);
      symlinkSync(path.join("real", "k.xlsx"), path.join(t.dir, "k.xlsx"));
      expect(runCli(["fill", "k.xlsx", "--scores", "s.csv"], t.dir).code).toBe(0);
      expect(lstatSync(path.join(t.dir, "k.xlsx")).isSymbolicLink()).toBe(true);
      expect((await entered(path.join(t.dir, "real", "k.xlsx"))).size).toBeGreaterThan(0);
      expect(leftovers(path.join(t.dir, "real"))).toEqual([]);
    } finally {
      t.cleanup();
    }
  });

  it("a backup that can't be written leaves the workbook and no temporary file", async () => {
    const t = folder({ "k.xlsx": blank });
    try {
      const target = path.join(t.dir, "k.xlsx");
      await expect(replaceFile(target, filled, path.join(t.dir, "missing", "k.bak.xlsx"))).rejects.toMatchObject({ code: "ENOENT" });
      expect(readFileSync(target).equals(Buffer.from(blank))).toBe(true);
      expect(leftovers(t.dir)).toEqual([]);
    } finally {
      t.cleanup();
    }
  });
});

describe("one writer at a time", () => {
  const lockOf = (dir: string) => path.join(dir, ".k.xlsx.thidua-lock");
  const holder = (pid: number, since: Date) => JSON.stringify({ pid, host: hostname(), since: since.toISOString(), command: "fill" });

  it("a file held by a running command: exit 2 naming it (pid, host); nothing written", () => {
    const t = folder({ "k.xlsx": blank, "s.csv": fx.scores });
    try {
      writeFileSync(lockOf(t.dir), holder(process.pid, new Date()));
      const r = runCli(["fill", "k.xlsx", "--scores", "s.csv"], t.dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("đang được dùng bởi");
      expect(r.stderr).toContain(String(process.pid));
      expect(r.stderr).toContain(hostname());
      expect(readFileSync(path.join(t.dir, "k.xlsx")).equals(Buffer.from(blank))).toBe(true);
      expect(existsSync(lockOf(t.dir))).toBe(true);
    } finally {
      t.cleanup();
    }
  });

  it.each([
    ["whose process is gone", () => holder(2 ** 22 + 12345, new Date())],
    ["an hour old", () => holder(process.pid, new Date(Date.now() - 3600_000))],
  ])("a stale lock %s is taken over, and released after", (_, make) => {
    const t = folder({ "k.xlsx": blank, "s.csv": fx.scores });
    try {
      writeFileSync(lockOf(t.dir), make());
      const r = runCli(["fill", "k.xlsx", "--scores", "s.csv"], t.dir);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      expect(leftovers(t.dir)).toEqual([]);
    } finally {
      t.cleanup();
    }
  });

  it("two fills at once: each one either writes all its cells or exits 2; no cell is lost", async () => {
    const t = folder({ "k.xlsx": blank, "a.csv": csvOf("U01"), "b.csv": csvOf("U02") });
    try {
      const run = (csv: string) =>
        new Promise<{ code: number | null; stderr: string }>((resolve) => {
          const p = spawn(process.execPath, [CLI, "fill", "k.xlsx", "--scores", csv], { cwd: t.dir, env: { ...process.env, THIDUA_LANG: "" } });
          let stderr = "";
          p.stderr.on("data", (d) => (stderr += d));
          p.on("close", (code) => resolve({ code, stderr }));
        });
      const [a, b] = await Promise.all([run("a.csv"), run("b.csv")]);
      expect([a.code, b.code].every((c) => c === 0 || c === 2)).toBe(true);
      expect([a.code, b.code]).toContain(0);
      for (const r of [a, b]) if (r.code === 2) expect(r.stderr).toContain("đang được dùng bởi");
      const cells = await entered(path.join(t.dir, "k.xlsx"));
      const missing = [...(a.code === 0 ? keysOf("U01") : []), ...(b.code === 0 ? keysOf("U02") : [])].filter((k) => !cells.has(k));
      expect(missing).toEqual([]);
      expect(leftovers(t.dir)).toEqual([]);
    } finally {
      t.cleanup();
    }
  });

  it("a second fill while the first surely holds the workbook exits 2 naming the holder; the first writes all its cells, the second's go in when run again", async () => {
    const t = folder({ "k.xlsx": blank, "a.csv": csvOf("U01"), "b.csv": csvOf("U02") });
    try {
      const run = (csv: string, env: NodeJS.ProcessEnv = {}) => {
        const p = spawn(process.execPath, [CLI, "fill", "k.xlsx", "--scores", csv], { cwd: t.dir, env: { ...process.env, THIDUA_LANG: "", ...env } });
        let stderr = "";
        p.stderr.on("data", (d) => (stderr += d));
        return { p, done: new Promise<{ code: number | null; stderr: string }>((resolve) => p.on("close", (code) => resolve({ code, stderr }))) };
      };
      const first = run("a.csv", { THIDUA_TEST_HOLD_LOCK_MS: "4000" });
      while (!existsSync(lockOf(t.dir)) && first.p.exitCode === null) await new Promise((r) => setTimeout(r, 5));
      const second = await run("b.csv").done;
      expect(second.code).toBe(2);
      expect(second.stderr).toContain("đang được dùng bởi");
      expect(second.stderr).toContain("fill");
      expect((await first.done).code).toBe(0);
      let cells = await entered(path.join(t.dir, "k.xlsx"));
      expect(keysOf("U01").filter((k) => !cells.has(k))).toEqual([]);
      expect(keysOf("U02").filter((k) => cells.has(k))).toEqual([]);
      expect(leftovers(t.dir)).toEqual([]);
      expect((await run("b.csv").done).code).toBe(0);
      cells = await entered(path.join(t.dir, "k.xlsx"));
      expect([...keysOf("U01"), ...keysOf("U02")].filter((k) => !cells.has(k))).toEqual([]);
    } finally {
      t.cleanup();
    }
  });

  it("SIGTERM while a fill runs leaves no temporary file and no lock, and the workbook whole", async () => {
    const t = folder({ "k.xlsx": blank, "s.csv": fx.scores });
    try {
      const p = spawn(process.execPath, [CLI, "fill", "k.xlsx", "--scores", "s.csv"], { cwd: t.dir });
      const done = new Promise<number | null>((resolve) => p.on("close", (code) => resolve(code)));
      // as soon as the lock is taken (the command is reading or writing), stop it
      while (!existsSync(lockOf(t.dir)) && p.exitCode === null) await new Promise((r) => setTimeout(r, 5));
      p.kill("SIGTERM");
      const code = await done;
      expect([0, 143]).toContain(code ?? 143);
      expect(leftovers(t.dir)).toEqual([]);
      // the old workbook or the new one, never half of one
      const after = (await entered(path.join(t.dir, "k.xlsx"))).size;
      expect([0, fx.scores.trim().split("\n").length - 1]).toContain(after);
    } finally {
      t.cleanup();
    }
  });
});
