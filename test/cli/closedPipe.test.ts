import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { makeBloc } from "../../bench/makeBloc";
import { CLI, ensureCli, tempDir } from "../support/cli";

beforeAll(() => ensureCli());

/** Runs the CLI with its stdout read for `keep` bytes and then closed, as `| head -c keep` does. */
function runClosingEarly(args: readonly string[], cwd: string, keep: number): Promise<{ code: number | null; stderr: string; read: number }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd });
    let read = 0;
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      read += chunk.length;
      if (read >= keep) child.stdout.destroy();
    });
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("close", (code) => resolve({ code, stderr, read }));
  });
}

describe("output into a pipe closed early (thidua … | head)", () => {
  it("ends with the command's own exit code and no stack trace", async () => {
    const big = makeBloc(60, 120);
    const t = tempDir({ "rubric.json": JSON.stringify(big.rubric), "bloc.json": JSON.stringify(big.bloc), "scores.csv": big.scoresCsv });
    try {
      const r = await runClosingEarly(["score", "--rubric", "rubric.json", "--bloc", "bloc.json", "--scores", "scores.csv", "--json"], t.dir, 100);
      expect(r.read).toBeGreaterThanOrEqual(100);
      expect(r.stderr).not.toMatch(/EPIPE|Error|at /);
      expect(r.code).toBe(0);
    } finally {
      t.cleanup();
    }
  });
});

/** Runs the CLI with its stdout read only after `waitMs`: the pipe fills and the CLI's writes wait in its queue. */
function runReadLate(args: readonly string[], cwd: string, waitMs: number): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd });
    const chunks: Buffer[] = [];
    child.stdout.pause();
    setTimeout(() => child.stdout.resume(), waitMs);
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.on("close", (code) => resolve({ code, out: Buffer.concat(chunks).toString("utf8") }));
  });
}

describe("output into a pipe read late (the CLI exits as soon as its output is flushed)", () => {
  it("arrives whole: the same bytes as the output written to a file", async () => {
    const big = makeBloc(60, 120);
    const t = tempDir({ "rubric.json": JSON.stringify(big.rubric), "bloc.json": JSON.stringify(big.bloc), "scores.csv": big.scoresCsv });
    try {
      const args = ["score", "--rubric", "rubric.json", "--bloc", "bloc.json", "--scores", "scores.csv", "--json"];
      const toFile = spawnSync("sh", ["-c", '"$@" > out.json', "sh", process.execPath, CLI, ...args], { cwd: t.dir });
      expect(toFile.status).toBe(0);
      const whole = readFileSync(path.join(t.dir, "out.json"), "utf8");
      // far more than a pipe holds (64 KB), so most of it is still queued in the CLI when the command is done
      expect(whole.length).toBeGreaterThan(1_000_000);
      const r = await runReadLate(args, t.dir, 300);
      expect(r.code).toBe(0);
      expect(r.out).toBe(whole);
    } finally {
      t.cleanup();
    }
  });
});
