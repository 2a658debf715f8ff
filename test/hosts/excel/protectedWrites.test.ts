import { createExcelHost } from "../../../src/hosts/excel/excelHost";
import { FakeExcel } from "../../support/fakeExcel";

/** A protected sheet "P": A1:A3 locked (Excel's default), B1:B3 unlocked input cells. */
async function protectedBook(api: "1.12" | "1.1" = "1.12"): Promise<FakeExcel> {
  const fake = new FakeExcel(["P"], { api });
  if (api === "1.1") return fake;
  await fake.run(async (c) => {
    const ws = c.workbook.worksheets.getItem("P");
    ws.getRange("B1:B3").format.protection.locked = false;
    ws.protection.protect({ allowFormatColumns: true, allowFormatRows: true });
    await c.sync();
  });
  return fake;
}

describe("writeValues on protected sheets (Office.js host)", () => {
  it("writes into locked cells of a protected sheet (a seal into the meta sheet), protecting it again with its own options", async () => {
    const fake = await protectedBook();
    const host = createExcelHost(fake.run, fake.isSetSupported);
    const before = fake.syncs;
    await host.writeValues([
      { sheet: "P", row: 0, col: 0, value: "niêm phong" },
      { sheet: "P", row: 1, col: 1, value: 7 },
    ]);
    const p = fake.sheet("P")!;
    expect([p.get(0, 0), p.get(1, 1)]).toEqual(["niêm phong", 7]);
    expect(p.protected).toBe(true);
    expect(p.protectionOptions).toEqual({ allowFormatColumns: true, allowFormatRows: true });
    expect(fake.syncs - before).toBe(2);
  });

  it("leaves a protected sheet protected all along when every written cell is unlocked (a user's password never gets in the way)", async () => {
    const fake = await protectedBook();
    const host = createExcelHost(fake.run, fake.isSetSupported);
    const p = fake.sheet("P")!;
    await host.writeValues([{ sheet: "P", row: 2, col: 1, value: 5 }]);
    expect(p.get(2, 1)).toBe(5);
    expect(p.protected).toBe(true);
    expect(fake.batches.bytesByMember.has("WorksheetProtection.unprotect")).toBe(false);
  });

  it("still names the missing sheets, and writes nothing, when a write goes to a sheet that isn't there", async () => {
    const fake = await protectedBook();
    const host = createExcelHost(fake.run, fake.isSetSupported);
    await expect(
      host.writeValues([
        { sheet: "P", row: 0, col: 0, value: 1 },
        { sheet: "Không có", row: 0, col: 0, value: 2 },
      ]),
    ).rejects.toThrow("missing sheets: Không có");
    expect(fake.sheet("P")!.get(0, 0)).toBeUndefined();
    expect(fake.sheet("P")!.protected).toBe(true);
  });

  it("protects the sheet again when the write itself fails after the sheet was unprotected for it", async () => {
    const fake = await protectedBook();
    const host = createExcelHost(fake.run, fake.isSetSupported);
    // the write batch runs: events off, unprotect, the values (fails here), protect, events on
    fake.failAtOp = fake.opsRun + 4 + 3;
    await expect(host.writeValues([{ sheet: "P", row: 0, col: 0, value: "x" }])).rejects.toThrow(/values/);
    expect(fake.sheet("P")!.get(0, 0)).toBeUndefined();
    expect(fake.sheet("P")!.protected).toBe(true);
    expect(fake.sheet("P")!.protectionOptions).toEqual({ allowFormatColumns: true, allowFormatRows: true });
  });

  it("below ExcelApi 1.2 (no protection members) writes as before, without guards", async () => {
    const fake = await protectedBook("1.1");
    const host = createExcelHost(fake.run, fake.isSetSupported);
    await host.writeValues([{ sheet: "P", row: 0, col: 0, value: 3 }]);
    expect(fake.sheet("P")!.get(0, 0)).toBe(3);
    expect(fake.batches.bytesByMember.has("WorksheetProtection.load")).toBe(false);
  });
});
