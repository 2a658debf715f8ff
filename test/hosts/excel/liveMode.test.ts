import type { Bloc, Rubric } from "../../../src/domain/types";
import { createExcelHost, LiveModeUnavailable } from "../../../src/hosts/excel/excelHost";
import { applyRegeneration, previewRegeneration } from "../../../src/services/regenerate";
import { buildTemplatePlan } from "../../../src/workbook/buildTemplatePlan";
import { cellRef, parseCellRef } from "../../../src/workbook/a1";
import { FakeExcel } from "../../support/fakeExcel";
import { fixtureFile } from "../../support/fixture";

const rubric = JSON.parse(fixtureFile("rubric.json")) as Rubric;
const bloc = JSON.parse(fixtureFile("bloc.json")) as Bloc;
const plan = buildTemplatePlan(rubric, bloc);
const unitSheet = bloc.units[0].name;
// an input cell of the first unit's sheet (unlocked on the protected sheet)
const input = parseCellRef(plan.sheets.find((s) => s.name === unitSheet)!.formats.find((f) => f.locked === false)!.range.split(":")[0])!;
const edited = `${unitSheet}!${cellRef(input.row, input.col)}`;

async function watching(level: "1.7" | "1.12") {
  const fake = new FakeExcel(["Sổ tay"], { api: level });
  const host = createExcelHost(fake.run, fake.isSetSupported);
  await host.applyPlan(plan);
  const calls: string[][] = [];
  const stop = await host.watchChanges(plan.sheets.map((s) => s.name), (changes) => calls.push(changes.map((c) => `${c.sheet}!${c.address}`)), 0);
  return { fake, host, calls, stop };
}

const settle = async (fake: FakeExcel) => {
  await fake.flushEvents();
  await new Promise((r) => setTimeout(r, 5));
};

describe("live checking (Worksheet.onChanged, ExcelApi 1.7)", () => {
  it("hears a person's edit once the typing pauses", async () => {
    const { fake, calls } = await watching("1.12");
    fake.userEdit(unitSheet, input.row, input.col, 7);
    await settle(fake);
    expect(calls).toEqual([[edited]]);
  });

  it.each(["1.7", "1.12"] as const)("stays quiet during the add-in's own writes (ExcelApi %s)", async (level) => {
    const { fake, host, calls } = await watching(level);
    await host.writeValues([{ sheet: unitSheet, row: input.row, col: input.col, value: 3 }]);
    await settle(fake);
    expect(calls).toEqual([]);
  });

  it("still hears people after one of the add-in's own writes failed half-way", async () => {
    const { fake, host, calls } = await watching("1.12");
    fake.failAtOp = fake.opsRun + 4;
    await expect(host.writeValues([{ sheet: unitSheet, row: input.row, col: input.col, value: 3 }])).rejects.toThrow(/GeneralException/);
    fake.userEdit(unitSheet, input.row, input.col, 6);
    await settle(fake);
    expect(calls).toEqual([[edited]]);
  });

  it("keeps watching after a regeneration replaced the sheets, whose old handlers Excel dropped with them", async () => {
    const { fake, host, calls } = await watching("1.12");
    const preview = await previewRegeneration(host, rubric, bloc);
    await applyRegeneration(host, preview, { confirmed: true, now: new Date(0), reason: "test" });
    await settle(fake);
    expect(calls).toEqual([]);
    fake.userEdit(unitSheet, input.row, input.col, 6);
    await settle(fake);
    expect(calls).toEqual([[edited]]);
  });

  it("stops when asked", async () => {
    const { fake, calls, stop } = await watching("1.12");
    await stop();
    fake.userEdit(unitSheet, input.row, input.col, 7);
    await settle(fake);
    expect(calls).toEqual([]);
  });

  it("says plainly that this Excel has no live checking below ExcelApi 1.7", async () => {
    const fake = new FakeExcel(["Sổ tay"], { api: "1.6" });
    const host = createExcelHost(fake.run, fake.isSetSupported);
    await expect(host.watchChanges(["Sổ tay"], () => undefined)).rejects.toBeInstanceOf(LiveModeUnavailable);
  });
});
