import { readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { ensureCli, runCli, tempDir } from "../../support/cli";
import { TREE_DIR, treeFile } from "../../support/fixture";
import { refValuesOfCsv, treeReference } from "../../support/treeReference";

/* eslint-disable @typescript-eslint/no-explicit-any */

const rubric = JSON.parse(treeFile("rubric.json"));
const bloc = JSON.parse(treeFile("bloc.json"));
const csv = treeFile("scores.csv");
const tr = (name: string) => path.join(TREE_DIR, name);
const STAGES = ["self", "bloc", "verified", "final"] as const;

/** The contract's fields of a `--json` output (DESIGN.md), as the reference gives them. */
const contract = (json: any) => ({ stage: json.stage, units: json.units, ties: json.ties });

beforeAll(() => ensureCli());

describe("the tree fixture (4 levels, caps binding at three groups, full and rescale criteria)", () => {
  it("holds what it is meant to test", () => {
    const values = refValuesOfCsv(csv);
    // a bloc overruling a unit's na, a unit's score turned na at the bloc stage
    expect([values.get("T02")!.get("k1c")!.get("self"), values.get("T02")!.get("k1c")!.get("bloc")]).toEqual(["na", "3"]);
    expect([values.get("T03")!.get("k2b")!.get("self"), values.get("T03")!.get("k2b")!.get("bloc")]).toEqual(["3", "na"]);
    const bloc = treeReference(rubric, JSON.parse(treeFile("bloc.json")), values, "bloc");
    // T04 and T05 share the total; the nested group I.1, first in the tie-break chain, separates them
    const [t4, t5] = ["T04", "T05"].map((id) => bloc.units.find((u) => u.id === id)!);
    expect([t4.total, t5.total, t4.rank, t5.rank]).toEqual([85, 85, 5, 6]);
    expect(rubric.tieBreak[0]).toBe("section:I.1");
    expect(bloc.notApplicable.T03).toEqual({ full: ["e3"], leftOut: ["k2b", "f3"] });
  });

  it.each(STAGES)("score --json --stage %s equals the reference, exit 0", (stage) => {
    const r = runCli(["score", "--rubric", tr("rubric.json"), "--bloc", tr("bloc.json"), "--scores", tr("scores.csv"), "--stage", stage, "--json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const got = JSON.parse(r.stdout);
    const ref = treeReference(rubric, bloc, refValuesOfCsv(csv), stage);
    expect(contract(got)).toEqual({ stage: ref.stage, units: ref.units, ties: ref.ties });
    // the caps that bind are said once each, at every stage
    expect(got.warnings.filter((w: any) => w.code === "WARN_SECTION_CAP").length).toBe(3);
    // what was not applicable, per unit, as the reference counts it
    const na = Object.fromEntries(got.explanations.filter((e: any) => e.notApplicable.full.length + e.notApplicable.leftOut.length > 0).map((e: any) => [e.unit, e.notApplicable]));
    expect(na).toEqual(ref.notApplicable);
  });

  it("explains the changes with their reasons in rank --json, and warns of the one change without a reason", () => {
    const ws = tempDir({});
    try {
      const gen = runCli(["generate", "--rubric", tr("rubric.json"), "--bloc", tr("bloc.json"), "--out", "k.xlsx"], ws.dir);
      expect(gen.code).toBe(0);
      const fill = runCli(["fill", "k.xlsx", "--scores", tr("scores.csv")], ws.dir);
      expect([fill.code, fill.stderr]).toEqual([0, ""]);
      for (const stage of STAGES) {
        const r = runCli(["rank", "k.xlsx", "--stage", stage, "--json"], ws.dir);
        expect(r.code).toBe(0);
        const got = JSON.parse(r.stdout);
        const ref = treeReference(rubric, bloc, refValuesOfCsv(csv), stage);
        expect(contract(got)).toEqual({ stage: ref.stage, units: ref.units, ties: ref.ties });
      }
      const final = JSON.parse(runCli(["rank", "k.xlsx", "--json"], ws.dir).stdout);
      const t02 = final.explanations.find((e: any) => e.unit === "T02");
      expect(t02.changes).toEqual([{ item: "k1c", stage: "bloc", previous: "self", before: "na", after: 3, reason: "Có chỉ tiêu truy nã: bắt được 2/3 đối tượng" }]);
      const t03 = final.explanations.find((e: any) => e.unit === "T03");
      expect(t03).toMatchObject({ changes: [{ item: "k2b", before: 3, after: "na" }], notApplicable: { full: ["e3"], leftOut: ["k2b", "f3"] }, rescaled: { criteriaPoints: 80.5, criteriaTotal: 86.56 } });
      expect(got(final.warnings, "WARN_REASON_MISSING")).toEqual([{ code: "WARN_REASON_MISSING", unit: "T06" }]);
      // the text output: the explanation lines, the missing reason told once
      const text = runCli(["rank", "k.xlsx"], ws.dir).stdout;
      expect(text).toContain("Giải thích");
      expect(text).toContain("k1c: khối chấm không áp dụng → 3 — lý do: “Có chỉ tiêu truy nã: bắt được 2/3 đối tượng”");
      expect(text).toContain("không áp dụng, không tính và quy đổi tổng điểm: k2b, f3 (tổng điểm tiêu chí 80,50 → quy đổi 86,56)");
      expect(text).toContain("B1: khối chấm 2 → 1 — chưa ghi lý do");
      expect(text).not.toMatch(/Lưu ý:[\s\S]*chưa ghi lý do/);
    } finally {
      ws.cleanup();
    }
  });
});

function got(warnings: any[], code: string) {
  return warnings.filter((w) => w.code === code).map((w) => ({ code: w.code, unit: w.unit }));
}

describe("the tree fixture's data errors", () => {
  it("na on a criterion without notApplicable: ERR_NA_NOT_ALLOWED with its CSV line, exit 1, and fill writes nothing", () => {
    const bad = csv.replace("T04,k1a,bloc,5,", "T04,k1a,bloc,na,");
    const line = bad.split("\n").findIndex((l) => l.startsWith("T04,k1a,bloc,na")) + 1;
    const ws = tempDir({ "scores.csv": bad });
    try {
      const r = runCli(["score", "--rubric", tr("rubric.json"), "--bloc", tr("bloc.json"), "--scores", "scores.csv", "--json"], ws.dir);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(new RegExp(`scores\\.csv, dòng ${line}:.*\\(ERR_NA_NOT_ALLOWED\\)`));
      expect(runCli(["generate", "--rubric", tr("rubric.json"), "--bloc", tr("bloc.json"), "--out", "k.xlsx"], ws.dir).code).toBe(0);
      const before = readFileSync(path.join(ws.dir, "k.xlsx"));
      const fill = runCli(["fill", "k.xlsx", "--scores", "scores.csv"], ws.dir);
      expect(fill.code).toBe(1);
      expect(fill.stderr).toMatch(new RegExp(`scores\\.csv, dòng ${line}:.*\\(ERR_NA_NOT_ALLOWED\\)`));
      expect(readFileSync(path.join(ws.dir, "k.xlsx")).equals(before)).toBe(true);
    } finally {
      ws.cleanup();
    }
  });

  it("a unit with every criterion na under rescale: ERR_NOTHING_APPLICABLE, exit 1 for score and rank, never a division by zero", () => {
    const all = JSON.parse(treeFile("rubric.json"));
    const rescaleAll = (node: any): void => {
      if (Array.isArray(node.criteria)) node.criteria.forEach(rescaleAll);
      else node.notApplicable = "rescale";
    };
    all.sections.forEach(rescaleAll);
    const ids = csv.split("\n").filter((l) => l.startsWith("T05,") && l.includes(",self,")).map((l) => l.split(",")[1]).filter((id) => !/^[BD]\d/.test(id));
    const scores = csv.split("\n").map((l) => (l.startsWith("T05,") && l.includes(",self,") && ids.includes(l.split(",")[1]) ? l.replace(/,self,[^,]*,/, ",self,na,") : l)).join("\n");
    const ws = tempDir({ "rubric.json": JSON.stringify(all), "scores.csv": scores });
    try {
      writeFileSync(path.join(ws.dir, "bloc.json"), treeFile("bloc.json"));
      const r = runCli(["score", "--rubric", "rubric.json", "--bloc", "bloc.json", "--scores", "scores.csv", "--stage", "self", "--json"], ws.dir);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/Hương Trà.*\(ERR_NOTHING_APPLICABLE\)/);
      expect(r.stderr).not.toMatch(/Infinity|NaN/);
      // at the bloc stage T05 has its bloc scores: nothing to report
      expect(runCli(["score", "--rubric", "rubric.json", "--bloc", "bloc.json", "--scores", "scores.csv", "--stage", "bloc", "--json"], ws.dir).code).toBe(0);
      expect(runCli(["generate", "--rubric", "rubric.json", "--bloc", "bloc.json", "--out", "k.xlsx"], ws.dir).code).toBe(0);
      expect(runCli(["fill", "k.xlsx", "--scores", "scores.csv"], ws.dir).code).toBe(0);
      const rank = runCli(["rank", "k.xlsx", "--stage", "self"], ws.dir);
      expect(rank.code).toBe(1);
      expect(rank.stderr).toMatch(/Hương Trà.*\(ERR_NOTHING_APPLICABLE\)/);
      const validate = runCli(["validate", "k.xlsx", "--stage", "self"], ws.dir);
      expect(validate.code).toBe(1);
      expect(validate.stdout).toContain("ERR_NOTHING_APPLICABLE");
    } finally {
      ws.cleanup();
    }
  });
});
