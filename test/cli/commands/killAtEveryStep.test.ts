import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { openXlsx } from "../../../src/hosts/xlsx/xlsxHost";
import { readWorkbook } from "../../../src/workbook/readWorkbook";
import { CLI, ensureCli, runCli, tempDir } from "../../support/cli";
import { fixtureTexts } from "../../support/fixture";
import { fillBytes, generateBytes } from "../../support/workbooks";

/**
 * A writing verb killed (SIGKILL: no handler runs) after each of its write steps in turn — the lock, the
 * temporary file opened and written, the backup's temporary opened and written, the backup renamed, the
 * workbook renamed (THIDUA_TEST_KILL_AT, src/cli/killPoint.ts) — leaves the workbook as it was before or as it
 * is after, never in between, its .bak whole, and nothing that stops the same command from then succeeding.
 */

const fx = fixtureTexts();
const header = fx.scores.split("\n")[0];
const csvOf = (unit: string) => [header, ...fx.scores.split("\n").filter((l) => l.startsWith(`${unit},`))].join("\n") + "\n";

let blank: Uint8Array;
let withU01: Uint8Array;

beforeAll(async () => {
  ensureCli();
  blank = await generateBytes(fx.rubric, fx.bloc);
  withU01 = await fillBytes(blank, csvOf("U01"));
});

/** Every input cell holding something, as text: what "the same workbook" means here. */
async function contents(file: string): Promise<string> {
  const read = readWorkbook(await (await openXlsx(new Uint8Array(readFileSync(file)))).snapshot());
  if (!read.ok) throw new Error(`${path.basename(file)} is not a whole workbook: ${JSON.stringify(read.findings)}`);
  return read.value.rows
    .map((r) => `${r.unit}|${r.item}|${r.stage}|${String(r.raw)}`)
    .sort()
    .join("\n");
}

interface Scenario {
  readonly name: string;
  readonly files: () => Record<string, Uint8Array | string>;
  readonly args: readonly string[];
}

const scenarios: Scenario[] = [
  {
    name: "fill over a workbook with scores and an older .bak",
    files: () => ({ "k.xlsx": withU01, "k.bak.xlsx": blank, "u02.csv": csvOf("U02") }),
    args: ["fill", "k.xlsx", "--scores", "u02.csv"],
  },
  {
    name: "generate --force --discard-scores over a filled workbook",
    files: () => ({ "k.xlsx": withU01, "k.bak.xlsx": blank, "rubric.json": fx.rubric, "bloc.json": fx.bloc }),
    args: ["generate", "--rubric", "rubric.json", "--bloc", "bloc.json", "--out", "k.xlsx", "--force", "--discard-scores"],
  },
];

function folder(files: Record<string, Uint8Array | string>) {
  const t = tempDir({});
  for (const [name, data] of Object.entries(files)) writeFileSync(path.join(t.dir, name), data);
  return t;
}

describe.each(scenarios)("$name, killed after every write step", ({ files, args }) => {
  it("leaves the workbook before or after, its .bak whole, and the next run succeeds with nothing left over", async () => {
    const reference = folder(files());
    let before: string, after: string, oldBackup: string;
    try {
      before = await contents(path.join(reference.dir, "k.xlsx"));
      oldBackup = await contents(path.join(reference.dir, "k.bak.xlsx"));
      expect(runCli(args, reference.dir).code).toBe(0);
      after = await contents(path.join(reference.dir, "k.xlsx"));
      expect(after).not.toBe(before);
    } finally {
      reference.cleanup();
    }
    const seen: string[] = [];
    for (let k = 1; k <= 20; k++) {
      const t = folder(files());
      try {
        const r = spawnSync(process.execPath, [CLI, ...args], { cwd: t.dir, env: { ...process.env, THIDUA_LANG: "", THIDUA_TEST_KILL_AT: String(k) } });
        if (r.signal !== "SIGKILL") {
          // past the last step: the run was not killed and did its work
          expect([k, r.status]).toEqual([k, 0]);
          break;
        }
        const workbook = await contents(path.join(t.dir, "k.xlsx"));
        const backup = await contents(path.join(t.dir, "k.bak.xlsx"));
        expect([k, [before, after].includes(workbook), [oldBackup, before].includes(backup)]).toEqual([k, true, true]);
        seen.push(workbook === before ? "before" : "after");
        const again = runCli(args, t.dir);
        expect([k, again.code, again.stderr]).toEqual([k, 0, ""]);
        expect(await contents(path.join(t.dir, "k.xlsx"))).toBe(after);
        expect(await contents(path.join(t.dir, "k.bak.xlsx"))).toBe(workbook);
        expect([k, readdirSync(t.dir).filter((n) => n.startsWith("."))]).toEqual([k, []]);
      } finally {
        t.cleanup();
      }
    }
    // the lock (2 steps), the new file (2), the backup (3) and the rename: every one of them was a kill point
    expect(seen).toEqual(["before", "before", "before", "before", "before", "before", "before", "after"]);
  });
});
