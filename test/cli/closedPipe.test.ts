import { spawn } from "node:child_process";
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
