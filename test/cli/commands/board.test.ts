import { rmSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { openXlsx } from "../../../src/hosts/xlsx/xlsxHost";
import { matchAgreed, type AgreedRubric } from "../../../src/services/boardCheck";
import { blocFiles } from "../../../src/cli/commands/board";
import { FIRST_BODY_ROW } from "../../../src/workbook/layout";
import type { Rubric } from "../../../src/domain/types";
import { boardFolder, type BoardFixture } from "../../support/boardFolder";
import { ensureCli, runCli } from "../../support/cli";

interface BlocJson {
  file: string;
  status: string;
  agreed: { file: string; by: string } | null;
  places: { first: string[]; second: string[]; third: string[] };
  awards: { award: string; units: string[] }[];
  sealed: { by: string } | null;
  errors: { code: string; sheet: string | null; cell: string | null }[];
}

const SPECIAL = { 3: "broken", 7: "unsealed", 11: "changedRubric", 16: "editedAfterSeal" } as const;
let fx: BoardFixture;

beforeAll(async () => {
  ensureCli();
  fx = await boardFolder(20, SPECIAL);
}, 300_000);
afterAll(() => fx && rmSync(fx.dir, { recursive: true, force: true }));

describe("thidua board", () => {
  it("reports each of 20 blocs correctly: ready, broken, unsealed, changed rubric, edited after sealing", () => {
    const r = runCli(["board", fx.blocs, "--rubrics", fx.rubrics, "--json", "--out", path.join(fx.dir, "tong-hop.xlsx")], fx.dir);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as { ok: boolean; counts: Record<string, number>; blocs: BlocJson[] };
    expect(json.counts).toEqual({ blocs: 20, ready: 16, unsealed: 1, errors: 2, broken: 1 });
    const by = new Map(json.blocs.map((b) => [b.file, b]));
    expect(by.get("khoi-03.xlsx")).toMatchObject({ status: "broken", errors: [{ code: expect.stringMatching(/^ERR_(NOT_WORKBOOK|FILE_FORMAT|FILE_DAMAGED)$/) }] });
    expect(by.get("khoi-07.xlsx")).toMatchObject({ status: "unsealed", sealed: null, errors: [] });
    expect(by.get("khoi-11.xlsx")?.status).toBe("errors");
    expect(by.get("khoi-11.xlsx")?.errors.map((e) => e.code)).toContain("ERR_RUBRIC_CHANGED");
    expect(by.get("khoi-16.xlsx")?.errors.map((e) => [e.code, e.cell])).toEqual([["ERR_SEALED_CHANGED", "F6"]]);
    for (const [file, { kind, ranking }] of fx.files) {
      const b = by.get(file)!;
      expect([file, b.agreed]).toEqual([file, kind === "broken" ? null : { file: file.replace(".xlsx", ".json"), by: "name" }]);
      if (kind === "sealed") expect([file, b.status, b.sealed?.by, b.errors]).toEqual([file, "ready", "Trưởng khối", []]);
      if (!ranking) continue;
      const at = (rank: number) => ranking.units.filter((u) => u.rank === rank).map((u) => u.name);
      expect([file, b.places]).toEqual([file, { first: at(1), second: at(2), third: at(3) }]);
      expect([file, b.awards.flatMap((a) => a.units)]).toEqual([file, ranking.units.filter((u) => u.award).map((u) => u.name)]);
    }
  });

  it("writes one summary workbook: a line per bloc with its status and errors, every error on its own sheet", async () => {
    const out = path.join(fx.dir, "tong-hop-2.xlsx");
    expect(runCli(["board", fx.blocs, "--rubrics", fx.rubrics, "--out", out], fx.dir).code).toBe(1);
    const snap = await (await openXlsx(readFileSync(out))).snapshot();
    expect(snap.sheets.map((s) => s.name)).toEqual(["Tổng hợp các khối", "Chi tiết lỗi"]);
    const [main, errors] = snap.sheets;
    const rows = main.values.slice(FIRST_BODY_ROW).filter((r) => typeof r[1] === "string");
    expect(rows.map((r) => r[1])).toEqual([...fx.files.keys()]);
    const status = new Map(rows.map((r) => [r[1], r[4]]));
    expect([status.get("khoi-01.xlsx"), status.get("khoi-03.xlsx"), status.get("khoi-07.xlsx"), status.get("khoi-11.xlsx")]).toEqual(["Sẵn sàng", "Không đọc được", "Chưa chốt kết quả", "Có lỗi"]);
    const codes = errors.values.slice(FIRST_BODY_ROW).map((r) => `${r[1]}:${r[2]}`);
    expect(codes).toEqual(expect.arrayContaining(["khoi-11.xlsx:ERR_RUBRIC_CHANGED", "khoi-16.xlsx:ERR_SEALED_CHANGED"]));
  });

  it("prints a line per bloc and a count, and exits 2 on a folder without workbooks", () => {
    const r = runCli(["board", fx.blocs], fx.dir);
    expect(r.code).toBe(1);
    expect(r.stdout.split("\n").filter((l) => l.startsWith("khoi-")).length).toBe(20);
    expect(runCli(["board", fx.rubrics], fx.dir).code).toBe(2);
  });
});

describe("blocFiles", () => {
  it("keeps workbooks and leaves out backups, lock files, hidden files and the summary being written", () => {
    expect(blocFiles(["b.xlsx", "a.xlsx", "a.bak.xlsx", "~$a.xlsx", ".a.xlsx.123.tmp", ".x.xlsx", "notes.txt", "sum.xlsx"], ["sum.xlsx"])).toEqual(["a.xlsx", "b.xlsx"]);
  });
});

describe("matchAgreed", () => {
  const rubric = (title: string, year: number) => ({ title, year }) as Rubric;
  const agreed: AgreedRubric[] = [
    { file: "khoi-a.json", rubric: rubric("Bảng A", 2026), findings: [] },
    { file: "other.json", rubric: rubric("Bảng B", 2026), findings: [] },
    { file: "twin-1.json", rubric: rubric("Bảng C", 2026), findings: [] },
    { file: "twin-2.json", rubric: rubric("Bảng C", 2026), findings: [] },
  ];

  it("matches by file name first, even when the stored title differs", () => {
    expect(matchAgreed("Khoi-A.xlsx", rubric("Bảng sửa", 2026), agreed)).toEqual({ rubric: agreed[0], by: "name" });
  });

  it("else by title and year when exactly one rubric has them", () => {
    expect(matchAgreed("x.xlsx", rubric("Bảng B", 2026), agreed)?.rubric.file).toBe("other.json");
    expect(matchAgreed("x.xlsx", rubric("Bảng B", 2025), agreed)).toBeNull();
    expect(matchAgreed("x.xlsx", rubric("Bảng C", 2026), agreed)).toBeNull();
  });
});
