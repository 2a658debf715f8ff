import * as path from "node:path";
import { ensureCli, runCli, tempDir } from "../../support/cli";
import { MEASURED_DIR, measuredFile } from "../../support/fixture";
import { refValuesOfCsv, treeReference } from "../../support/treeReference";

/* eslint-disable @typescript-eslint/no-explicit-any */

const rubric = JSON.parse(measuredFile("rubric.json"));
const bloc = JSON.parse(measuredFile("bloc.json"));
const csv = measuredFile("scores.csv");
const at = (name: string) => path.join(MEASURED_DIR, name);
const contract = (json: any) => ({ stage: json.stage, units: json.units, ties: json.ties });

beforeAll(() => ensureCli());

describe("measured criteria through dist/cli.js", () => {
  it.each(["self", "bloc", "final"])("score --json --stage %s equals the independent reference", (stage) => {
    const r = runCli(["score", "--rubric", at("rubric.json"), "--bloc", at("bloc.json"), "--scores", at("scores.csv"), "--stage", stage, "--json"]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    const ref = treeReference(rubric, bloc, refValuesOfCsv(csv), stage);
    expect(contract(JSON.parse(r.stdout))).toEqual(contract(ref));
  });

  it("generate → fill → rank --json equals the reference at every stage, and rank says how measured points arose", () => {
    const ws = tempDir({});
    try {
      expect(runCli(["generate", "--rubric", at("rubric.json"), "--bloc", at("bloc.json"), "--out", "k.xlsx"], ws.dir).code).toBe(0);
      const fill = runCli(["fill", "k.xlsx", "--scores", at("scores.csv")], ws.dir);
      expect([fill.code, fill.stderr]).toEqual([0, ""]);
      for (const stage of ["self", "bloc", "final"]) {
        const r = runCli(["rank", "k.xlsx", "--stage", stage, "--json"], ws.dir);
        expect(r.code).toBe(0);
        expect(contract(JSON.parse(r.stdout))).toEqual(contract(treeReference(rubric, bloc, refValuesOfCsv(csv), stage)));
      }
      const json = JSON.parse(runCli(["rank", "k.xlsx", "--json"], ws.dir).stdout);
      expect(json.explanations.find((e: any) => e.unit === "H1").measured[0]).toEqual({ item: "M1", shape: "linear", percent: 104, base: 6, extra: 0.4, points: 6.4, weight: 1, weighted: 6.4, band: null });
      const text = runCli(["rank", "k.xlsx"], ws.dir).stdout;
      expect(text).toContain("M1: đạt 104% chỉ tiêu → 6 + 0,4 điểm");
      expect(text).toContain("M4: kết quả 0 (càng thấp càng tốt) → 10 + 0,5 điểm");
    } finally {
      ws.cleanup();
    }
  });
});
