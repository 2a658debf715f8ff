import * as path from "node:path";
import { ensureCli, runCli } from "../../support/cli";
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
});
