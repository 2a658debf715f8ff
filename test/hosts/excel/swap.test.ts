// Office.js has no transactions: a batch that fails half-way leaves the operations before the failure applied.
// Fail every operation of the swap (and a spread of the build) and check the user ends with the old workbook or
// the new one, whole, and no temporary sheet.
import { createExcelHost } from "../../../src/hosts/excel/excelHost";
import { buildTemplatePlan } from "../../../src/workbook/buildTemplatePlan";
import type { WorkbookPlan } from "../../../src/workbook/plan";
import { makeBloc } from "../../../bench/makeBloc";
import { FakeExcel } from "../../support/fakeExcel";

const small = makeBloc(3, 4, 1);
const oldPlan = buildTemplatePlan(small.rubric, small.bloc);
const newPlan = buildTemplatePlan(small.rubric, { ...small.bloc, name: `${small.bloc.name} (mới)`, units: [...small.bloc.units.slice(1), { id: "X1", name: "Đơn vị mới" }] });

interface State {
  readonly names: string[];
  readonly cells: Map<string, string>;
}

/** Every sheet's name, id and cells: what "whole" is compared against. */
function state(fake: FakeExcel): State {
  const cells = new Map<string, string>();
  for (const s of fake.sheets) for (const [k, c] of s.cells) cells.set(`${s.name}!${k}`, JSON.stringify([c.value, c.formula === undefined ? null : fake.book.render(c.formula)]));
  return { names: fake.sheets.map((s) => s.name).sort(), cells };
}

async function setUp(): Promise<FakeExcel> {
  const fake = new FakeExcel(["Sổ tay"]);
  fake.sheets[0].set(0, 0, "của người dùng");
  await createExcelHost(fake.run, fake.isSetSupported).applyPlan(oldPlan);
  return fake;
}

/** The sync numbers and operation counts of one clean apply of `plan`. */
async function cleanRun(plan: WorkbookPlan): Promise<{ first: number; perSync: number[]; after: State }> {
  const fake = await setUp();
  const first = fake.opsRun;
  const syncs = fake.syncs;
  await createExcelHost(fake.run, fake.isSetSupported).applyPlan(plan);
  return { first, perSync: fake.batches.opsPerSync.slice(syncs), after: state(fake) };
}

describe("a failure at any step of applyPlan leaves the old workbook or the new one, whole", () => {
  let before: State;
  let clean: Awaited<ReturnType<typeof cleanRun>>;
  beforeAll(async () => {
    before = state(await setUp());
    clean = await cleanRun(newPlan);
  });

  const check = async (at: number) => {
    const fake = await setUp();
    fake.failAtOp = at;
    let failed = false;
    await createExcelHost(fake.run, fake.isSetSupported)
      .applyPlan(newPlan)
      .catch(() => (failed = true));
    const now = state(fake);
    expect(now.names.filter((n) => n.startsWith("~thidua~"))).toEqual([]);
    expect(fake.brokenReferences()).toEqual([]);
    const whole = failed ? before : clean.after;
    expect(now.names).toEqual(whole.names);
    expect(now.cells).toEqual(whole.cells);
    expect(fake.book.names.map((n) => n.name).sort()).toEqual((failed ? oldPlan : newPlan).names.map((n) => n.name).sort());
  };

  it("at every operation of the swap (the last sync)", async () => {
    const swapStart = clean.first + clean.perSync.slice(0, -1).reduce((a, b) => a + b, 0);
    const swapOps = clean.perSync[clean.perSync.length - 1];
    expect(swapOps).toBeGreaterThan(10);
    for (let k = 1; k <= swapOps; k++) await check(swapStart + k);
  });

  it("at a spread of operations while the new sheets are built, and in the first read", async () => {
    const buildOps = clean.perSync.slice(0, -1).reduce((a, b) => a + b, 0);
    const step = Math.max(1, Math.floor(buildOps / 25));
    for (let k = 1; k <= buildOps; k += step) await check(clean.first + k);
  });
});
