// Round trips of the Office.js host, measured on the recording fake of Excel's object model: syncs and
// request bytes per operation. Excel on the web limits a request to 5 MB; the host cuts batches at 4 MB.
import { createExcelHost } from "../src/hosts/excel/excelHost";
import { buildTemplatePlan } from "../src/workbook/buildTemplatePlan";
import { fillWrites } from "../src/workbook/fillWrites";
import { readWorkbook } from "../src/workbook/readWorkbook";
import { buildScoreBook } from "../src/domain/scoreBook";
import { parseScoresCsv } from "../src/domain/scoresCsv";
import { FakeExcel } from "../test/support/fakeExcel";
import { makeBloc } from "./makeBloc";
import { printTable } from "./timing";

export default async function (): Promise<void> {
  const rows: (string | number)[][] = [];
  for (const [units, criteria] of [[9, 20], [60, 120], [60, 300]] as const) {
    const bloc = makeBloc(units, criteria, 1);
    const fake = new FakeExcel();
    const host = createExcelHost(fake.run, () => true);
    const measure = async (name: string, op: () => Promise<unknown>) => {
      const syncs = fake.syncs;
      const bytes = fake.payloads.length;
      await op();
      const sent = fake.payloads.slice(bytes);
      rows.push([`${units}×${criteria}`, name, fake.syncs - syncs, (sent.reduce((a, b) => a + b, 0) / 1024).toFixed(0), (Math.max(0, ...sent) / 1024).toFixed(0)]);
    };
    await measure("generate (applyPlan)", () => host.applyPlan(buildTemplatePlan(bloc.rubric, bloc.bloc)));
    let writes: ReturnType<typeof fillWrites> = [];
    await measure("snapshot", async () => {
      const read = readWorkbook(await host.snapshot());
      if (!read.ok) throw new Error("unreadable");
      const book = buildScoreBook(read.value.rubric, read.value.bloc, parseScoresCsv(bloc.scoresCsv).rows);
      writes = fillWrites(read.value.rubric, read.value.bloc, read.value.sheets, book.entries);
    });
    await measure(`write (${writes.length} cells)`, () => host.writeValues(writes));
    await measure("select a cell", () => host.selectCell(buildTemplatePlan(bloc.rubric, bloc.bloc).sheets[2].name, "E6"));
  }
  printTable(["bloc", "operation", "syncs", "request KB (total)", "largest request KB"], rows);
  console.log("Recording fake of Excel's object model (test/support/fakeExcel.ts); bytes = JSON of the values/formulas queued.");
}
