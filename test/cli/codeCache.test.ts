import { readdirSync, rmSync, writeFileSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { FIXTURE_DIR } from "../support/fixture";
import { CLI, ensureCli, runCli } from "../support/cli";

// The built CLI keeps V8's code cache of dist/cli/runVerb.cjs per verb (scripts/build.mjs, cachedVerbs).
const DIR = path.join(path.dirname(CLI), "cli");
const fx = (name: string) => path.join(FIXTURE_DIR, name);
const score = () => runCli(["score", "--rubric", fx("rubric.json"), "--bloc", fx("bloc.json"), "--scores", fx("scores.csv"), "--json"]);
const caches = (verb: string) => readdirSync(DIR).filter((f) => f.endsWith(`-${verb}.cache`));

beforeAll(() => ensureCli());

describe("the CLI's code cache", () => {
  it("is written after a verb's first run and gives the same output after", () => {
    for (const f of caches("score")) rmSync(path.join(DIR, f));
    const first = score();
    expect(first.code).toBe(0);
    expect(caches("score")).toHaveLength(1);
    const second = score();
    expect(second).toEqual(first);
    // no temporary is left beside it
    expect(readdirSync(DIR).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it.each([
    ["garbage", () => Buffer.from("not a code cache")],
    ["a cut-short cache", (old: Buffer) => old.subarray(0, old.length >> 1)],
  ])("a cache that is %s is refused by V8 and rewritten: the verb runs as before", (_, spoil) => {
    const expected = score();
    const file = path.join(DIR, caches("score")[0]);
    const old = readFileSync(file);
    const spoiled = spoil(old);
    writeFileSync(file, spoiled);
    expect(score()).toEqual(expected);
    // rewritten whole (a cache's size varies a little from run to run with what V8 compiled)
    expect(readFileSync(file).length).toBeGreaterThan(Math.max(spoiled.length, old.length * 0.9));
  });
});
