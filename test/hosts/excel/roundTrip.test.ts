// The year's round trip on the documented fake of Excel: a unit's copy opens as a new workbook only where
// Excel.createWorkbook exists (ExcelApi 1.8), and taking filled copies back writes in few syncs.
import { createExcelHost } from "../../../src/hosts/excel/excelHost";
import { NewWorkbookUnavailable } from "../../../src/hosts/excel/newWorkbook";
import { createXlsx, openXlsx } from "../../../src/hosts/xlsx/xlsxHost";
import { fillUnitCopy } from "../../../src/services/fillUnitCopy";
import { generateWorkbook } from "../../../src/services/generateWorkbook";
import { mergeCopies } from "../../../src/services/mergeCopies";
import { splitWorkbook } from "../../../src/services/splitWorkbook";
import { readUnitCopy } from "../../../src/workbook/readUnitCopy";
import { API_LEVELS, FakeExcel } from "../../support/fakeExcel";
import { fixtureFile } from "../../support/fixture";

async function generated(fake: FakeExcel) {
  const host = createExcelHost(fake.run, fake.isSetSupported, fake.createWorkbook);
  const gen = await generateWorkbook({ rubric: { text: fixtureFile("rubric.json"), file: "rubric.json" }, bloc: { text: fixtureFile("bloc.json"), file: "bloc.json" } }, host);
  expect(gen.exit).toBe(0);
  return host;
}

describe("Excel host: the round trip", () => {
  it.each(API_LEVELS)("at ExcelApi %s writes the units' tokens into the protected meta sheet, and opens a unit's copy as a new workbook only from 1.8 on, and says so below", async (level) => {
    const fake = new FakeExcel(["Sheet1"], { api: level });
    const host = await generated(fake);
    const split = await splitWorkbook(host, "Excel", () => createXlsx(), { units: ["U03"] });
    expect(split.exit).toBe(0);
    expect(split.copies.map((c) => c.unit.id)).toEqual(["U03"]);
    // the tokens went into the protected meta sheet, which is protected again afterwards
    expect(split.newTokens).toBe(9);
    expect(fake.sheet("_thidua")?.protected).toBe(level !== "1.1");
    const bytes = await split.copies[0].host.save();
    const supported = Number(level.split(".")[1]) >= 8;
    expect(host.capabilities.newWorkbook).toBe(supported);
    if (supported) {
      await host.openNewWorkbook(bytes);
      expect(fake.createdWorkbooks).toHaveLength(1);
      const opened = await openXlsx(Uint8Array.from(Buffer.from(fake.createdWorkbooks[0], "base64")));
      const read = readUnitCopy(await opened.snapshot());
      expect(read.ok && read.value.unit.id).toBe("U03");
    } else {
      await expect(host.openNewWorkbook(bytes)).rejects.toBeInstanceOf(NewWorkbookUnavailable);
      expect(fake.createdWorkbooks).toHaveLength(0);
    }
  });

  it("merges filled copies of every unit into the workbook in Excel in at most 3 syncs (+1 per 4 MB)", async () => {
    const fake = new FakeExcel();
    const host = await generated(fake);
    const split = await splitWorkbook(host, "Excel", () => createXlsx());
    expect(split.exit).toBe(0);
    const scores = fixtureFile("scores.csv").split("\n");
    const copies = [];
    for (const { unit, host: copy } of split.copies) {
      const read = readUnitCopy(await copy.snapshot());
      if (!read.ok) throw new Error("not a copy");
      const own = [scores[0], ...scores.filter((l) => l.startsWith(`${unit.id},`) && l.split(",")[2] === "self")].join("\n");
      const fill = await fillUnitCopy(copy, read.value, { text: own, file: `${unit.id}.csv` });
      expect(fill.exit).toBe(0);
      copies.push({ file: `${unit.name}.xlsx`, host: await openXlsx(await copy.save()) });
    }
    // the syncs of the write alone (reading the workbook first is the snapshot's, tested with the host)
    let writeSyncs = -1;
    let payloads = 0;
    const counted = {
      ...host,
      writeValues: async (writes: Parameters<typeof host.writeValues>[0]) => {
        const [before, sent] = [fake.syncs, fake.payloads.length];
        await host.writeValues(writes);
        writeSyncs = fake.syncs - before;
        payloads = fake.payloads.slice(sent).reduce((a, b) => a + b, 0);
      },
    };
    const merged = await mergeCopies(counted, "Excel", copies, { write: true });
    expect(merged.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(merged.written).toBe(true);
    expect(merged.changes.length).toBeGreaterThan(100);
    expect(writeSyncs).toBeGreaterThan(0);
    expect(writeSyncs).toBeLessThanOrEqual(3 + Math.floor(payloads / (4 * 1024 * 1024)));
    // what was written is what the copies said
    const again = await mergeCopies(host, "Excel", copies, { write: false });
    expect(again.changes).toEqual([]);
  });
});
