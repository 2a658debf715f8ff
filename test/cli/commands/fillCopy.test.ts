import { readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { openXlsx } from "../../../src/hosts/xlsx/xlsxHost";
import { readUnitCopy } from "../../../src/workbook/readUnitCopy";
import { ensureCli, runCli, tempDir } from "../../support/cli";
import { fixtureFile } from "../../support/fixture";
import { csvOf, csvRows, generateBytes, splitBytes } from "../../support/roundTrip";

beforeAll(() => ensureCli());

const rows = csvRows(fixtureFile("scores.csv"));
const U03_SELF = rows.filter((r) => r.unit === "U03" && r.stage === "self");

/** A folder with the fixture's blank bloc workbook and U03's copy of it. */
async function withCopy() {
  const t = tempDir({});
  const split = await splitBytes(await generateBytes(fixtureFile("rubric.json"), fixtureFile("bloc.json")));
  // the workbook as split leaves it: holding the units' tokens, without which merge refuses the copy
  writeFileSync(path.join(t.dir, "bloc.xlsx"), split.bloc);
  const copy = split.copies.find((c) => c.unit === "U03")!;
  writeFileSync(path.join(t.dir, "u03.xlsx"), copy.bytes);
  return t;
}

async function copyRows(file: string) {
  const read = readUnitCopy(await (await openXlsx(readFileSync(file))).snapshot());
  if (!read.ok) throw new Error(JSON.stringify(read.findings));
  return read.value.rows.map((r) => [r.item, String(r.raw)]);
}

describe("thidua fill on a unit's copy", () => {
  it("writes the unit's own self-scores into its copy, and the copy then merges into the bloc's workbook", async () => {
    const t = await withCopy();
    try {
      writeFileSync(path.join(t.dir, "own.csv"), csvOf(U03_SELF));
      const r = runCli(["fill", "u03.xlsx", "--scores", "own.csv"], t.dir);
      expect([r.code, r.stderr]).toEqual([0, ""]);
      expect(await copyRows(path.join(t.dir, "u03.xlsx"))).toEqual(U03_SELF.map((x) => [x.item, String(Number(x.value))]));
      expect(runCli(["merge", "bloc.xlsx", "u03.xlsx"], t.dir).code).toBe(0);
      // what the unit typed is what the bloc ranks: the merged self column equals a direct fill of the same rows
      const direct = await generateBytes(fixtureFile("rubric.json"), fixtureFile("bloc.json"));
      writeFileSync(path.join(t.dir, "direct.xlsx"), direct);
      expect(runCli(["fill", "direct.xlsx", "--scores", "own.csv"], t.dir).code).toBe(0);
      const sheetOf = async (file: string) => (await (await openXlsx(readFileSync(path.join(t.dir, file)))).snapshot(["UBND thị xã Hương Trà"])).sheets[0];
      const [merged, filled] = [await sheetOf("bloc.xlsx"), await sheetOf("direct.xlsx")];
      expect(merged.values.flat().filter((v) => typeof v === "number").length).toBeGreaterThanOrEqual(U03_SELF.length);
      expect(merged.values).toEqual(filled.values);
    } finally {
      t.cleanup();
    }
  });

  it.each([
    ["another unit's row", { unit: "U04", item: "C01", stage: "self", value: "7" }, '"U04"'],
    ["another stage's row", { unit: "U03", item: "C01", stage: "bloc", value: "7" }, '"bloc"'],
  ])("refuses a scores file with %s: exit 2, the copy unchanged", async (_what, extra, named) => {
    const t = await withCopy();
    try {
      writeFileSync(path.join(t.dir, "own.csv"), csvOf([...U03_SELF, extra]));
      const before = readFileSync(path.join(t.dir, "u03.xlsx"));
      const r = runCli(["fill", "u03.xlsx", "--scores", "own.csv"], t.dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("ERR_COPY_OUTSIDE_ROW");
      expect(r.stderr).toContain(named);
      expect(r.stderr).toContain(`dòng ${U03_SELF.length + 2}`);
      expect(readFileSync(path.join(t.dir, "u03.xlsx")).equals(before)).toBe(true);
    } finally {
      t.cleanup();
    }
  });
});
