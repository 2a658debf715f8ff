// The whole path an official takes, at every ExcelApi level the documented fake can play: generate, fill, rank;
// regenerate with a unit added and one removed, then restore. Everything is read back from the fake's cells.
import type { Bloc, Rubric } from "../../../src/domain/types";
import { createExcelHost } from "../../../src/hosts/excel/excelHost";
import { restoreBackup } from "../../../src/services/backup";
import { fillWorkbook } from "../../../src/services/fillWorkbook";
import { generateWorkbook } from "../../../src/services/generateWorkbook";
import { rankWorkbook } from "../../../src/services/rankWorkbook";
import { validateWorkbook } from "../../../src/services/validateWorkbook";
import { applyRegeneration, previewRegeneration } from "../../../src/services/regenerate";
import { readWorkbook } from "../../../src/workbook/readWorkbook";
import { API_LEVELS, FakeExcel } from "../../support/fakeExcel";
import { expected, fixtureFile } from "../../support/fixture";

const rubricText = fixtureFile("rubric.json");
const blocText = fixtureFile("bloc.json");
const rubric = JSON.parse(rubricText) as Rubric;
const bloc = JSON.parse(blocText) as Bloc;
const now = new Date("2026-11-27T10:00:00Z");

function ranked(r: Awaited<ReturnType<typeof rankWorkbook>>) {
  const ranking = r.ranking!;
  return JSON.parse(JSON.stringify({ stage: ranking.stage, units: ranking.units, ties: ranking.ties }));
}

async function generatedAndFilled(fake: FakeExcel, rubricJson = rubricText, blocJson = blocText, scores = fixtureFile("scores.csv")) {
  const host = createExcelHost(fake.run, fake.isSetSupported);
  const gen = await generateWorkbook({ rubric: { text: rubricJson, file: "rubric.json" }, bloc: { text: blocJson, file: "bloc.json" } }, host);
  expect(gen.exit).toBe(0);
  const fill = await fillWorkbook(host, "Excel", { text: scores, file: "scores.csv" });
  expect(fill.findings.filter((f) => f.severity === "error")).toEqual([]);
  expect(fill.written).toBeGreaterThan(0);
  return host;
}

async function inputs(host: ReturnType<typeof createExcelHost>) {
  const read = readWorkbook(await host.snapshot());
  if (!read.ok) throw new Error(JSON.stringify(read.findings));
  return read.value;
}

const key = (r: { unit: string; item: string; stage: string; raw: unknown }) => `${r.unit}/${r.item}/${r.stage}=${String(r.raw)}`;

describe.each(API_LEVELS)("ExcelApi %s, manual calculation", (level) => {
  it("generate → fill the fixture → rank equals expected-final, with nothing stale or broken", async () => {
    const fake = new FakeExcel(["Sổ tay"], { api: level, calculation: "Manual" });
    const host = await generatedAndFilled(fake);
    expect(ranked(await rankWorkbook(host, "Excel", "final"))).toEqual(expected("final"));
    // validate reads the layout, formulas and rubric back as generated: nothing tampered, checkable
    const check = await validateWorkbook(host, "Excel", { stage: "final" });
    expect(check.exit).toBeLessThan(2);
    expect(check.findings.filter((f) => ["ERR_LAYOUT", "ERR_FORMULA_CHANGED", "ERR_RUBRIC_CHANGED"].includes(f.code))).toEqual([]);
    expect(fake.brokenReferences()).toEqual([]);
    expect(fake.sheets.filter((s) => s.name.startsWith("~thidua~"))).toEqual([]);
    // manual mode: the host recalculated after its writes
    expect(fake.book.stale).toBe(false);
  });

  it("regenerate with a unit added and one removed, then restore: no temporary sheet, no broken reference, every kept score in place", async () => {
    const fake = new FakeExcel(["Sổ tay"], { api: level });
    const host = await generatedAndFilled(fake);
    const before = await inputs(host);
    const units = [...bloc.units.filter((u) => u.id !== "U09"), { id: "U10", name: "UBND huyện mới" }];
    const preview = await previewRegeneration(host, rubric, { ...bloc, units });
    expect(await applyRegeneration(host, preview, { confirmed: true, now, reason: "test" })).toMatchObject({ done: true });
    const after = await inputs(host);
    expect(after.rows.map(key).sort()).toEqual(before.rows.filter((r) => r.unit !== "U09").map(key).sort());
    expect(after.bloc.units.map((u) => u.id)).toContain("U10");
    expect(fake.sheets.filter((s) => s.name.startsWith("~thidua~"))).toEqual([]);
    expect(fake.brokenReferences()).toEqual([]);

    const restored = await restoreBackup(host);
    expect(restored.restored.length).toBeGreaterThan(0);
    const back = await inputs(host);
    expect(back.rows.map(key).sort()).toEqual(before.rows.map(key).sort());
    expect(back.bloc.units.map((u) => u.id)).not.toContain("U10");
    expect(fake.sheets.filter((s) => s.name.startsWith("~thidua~"))).toEqual([]);
    expect(fake.brokenReferences()).toEqual([]);
    expect(ranked(await rankWorkbook(host, "Excel", "final"))).toEqual(expected("final"));
  });
});

describe("text Excel would parse survives as text", () => {
  it.each(["1.1", "1.12"] as const)("criterion names starting with '- ', '+', '=' and ids like '01', '1.1' (ExcelApi %s)", async (level) => {
    const rename: Record<string, { id: string; name?: string }> = {
      C01: { id: "01", name: "- Tổ chức thực hiện" },
      C02: { id: "1.1", name: "+ Cộng thêm" },
      C03: { id: "C03", name: "= Bằng kế hoạch" },
      C07: { id: "30%" },
      C08: { id: "1/2" },
    };
    const text = JSON.parse(rubricText) as { sections: { criteria: { id: string; name: string }[] }[] };
    for (const s of text.sections) for (const c of s.criteria) if (rename[c.id]) Object.assign(c, { ...rename[c.id], name: rename[c.id].name ?? c.name });
    const scores = fixtureFile("scores.csv")
      .split("\n")
      .map((line) => {
        const cells = line.split(",");
        if (cells.length > 1 && rename[cells[1]]) cells[1] = rename[cells[1]].id;
        return cells.join(",");
      })
      .join("\n");
    const fake = new FakeExcel(["Sổ tay"], { api: level });
    const host = await generatedAndFilled(fake, JSON.stringify(text), blocText, scores);
    const read = await inputs(host);
    const ids = read.rubric.sections.flatMap((s) => s.criteria.map((c) => c.id));
    expect(ids).toEqual(expect.arrayContaining(["01", "1.1", "30%", "1/2"]));
    const names = read.rubric.sections.flatMap((s) => s.criteria.map((c) => c.name));
    expect(names).toEqual(expect.arrayContaining(["- Tổ chức thực hiện", "+ Cộng thêm", "= Bằng kế hoạch"]));
    const final = ranked(await rankWorkbook(host, "Excel", "final"));
    expect(final.units.map((u: { id: string; total: number; rank: number }) => [u.id, u.total, u.rank])).toEqual(
      expected("final").units.map((u) => [u.id, u.total, u.rank]),
    );
  });
});
