// Round trips of the Office.js host, measured on the documented fake of Excel (test/support/fakeExcel.ts):
// syncs, and request and response bytes per operation as Excel counts them — UTF-8 of the whole batch, every
// queued operation (formats, validation, names) and not only cell data. Excel refuses a request or response
// over 5 MB; the host cuts at 4 MB. The budget: at most 3 syncs per operation plus 1 per 4 MB sent or received.
import { createExcelHost } from "../src/hosts/excel/excelHost";
import { PAYLOAD_LIMIT } from "../src/hosts/excel/run";
import { buildTemplatePlan } from "../src/workbook/buildTemplatePlan";
import { fillWrites } from "../src/workbook/fillWrites";
import { readWorkbook } from "../src/workbook/readWorkbook";
import { buildScoreBook } from "../src/domain/scoreBook";
import { parseScoresCsv } from "../src/domain/scoresCsv";
import { FakeExcel } from "../test/support/fakeExcel";
import { makeBloc } from "./makeBloc";
import { printTable } from "./timing";

const kb = (n: number) => (n / 1024).toFixed(0);

export default async function (): Promise<void> {
  const rows: (string | number)[][] = [];
  for (const [units, criteria] of [[9, 20], [60, 120], [60, 300]] as const) {
    const bloc = makeBloc(units, criteria, 1);
    const plan = buildTemplatePlan(bloc.rubric, bloc.bloc);
    const fake = new FakeExcel(["Sheet1"], { calculation: "Manual" });
    const host = createExcelHost(fake.run, fake.isSetSupported);
    const measure = async (name: string, op: () => Promise<unknown>) => {
      const [syncs, from] = [fake.syncs, fake.payloads.length];
      await op();
      const sent = fake.payloads.slice(from);
      const received = fake.responses.slice(from);
      const total = sent.reduce((a, b) => a + b, 0) + received.reduce((a, b) => a + b, 0);
      const budget = 3 + Math.floor(total / PAYLOAD_LIMIT);
      const used = fake.syncs - syncs;
      rows.push([`${units}×${criteria}`, name, used, budget, used <= budget ? "yes" : "NO", kb(sent.reduce((a, b) => a + b, 0)), kb(Math.max(0, ...sent)), kb(received.reduce((a, b) => a + b, 0)), kb(Math.max(0, ...received))]);
    };
    await measure("generate (applyPlan)", () => host.applyPlan(plan));
    let writes: ReturnType<typeof fillWrites> = [];
    await measure("snapshot", async () => {
      const read = readWorkbook(await host.snapshot());
      if (!read.ok) throw new Error("unreadable");
      const book = buildScoreBook(read.value.rubric, read.value.bloc, parseScoresCsv(bloc.scoresCsv).rows);
      writes = fillWrites(read.value.rubric, read.value.bloc, read.value.sheets, book.entries);
    });
    await measure(`write (${writes.length} cells)`, () => host.writeValues(writes));
    await measure("regenerate the same plan", () => host.applyPlan(plan));
    await measure("select a cell", () => host.selectCell(plan.sheets[2].name, "E6"));
    fake.selection = "A:A";
    await measure("read a whole-column selection", () => host.readSelection());
  }
  printTable(["bloc", "operation", "syncs", "budget", "within", "request KB", "largest request KB", "response KB", "largest response KB"], rows);
  console.log("Documented fake of Excel (test/support/fakeExcel.ts), ExcelApi 1.12, manual calculation; budget = 3 + 1 per 4 MB sent and received.");
}
