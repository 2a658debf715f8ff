// The documented fake must be as strict as Excel's documentation says Excel is; each rule the host is tested
// against is checked here on its own.
import { FakeExcel } from "../../support/fakeExcel";

type Ctx = Excel.RequestContext;
const run = <T>(fake: FakeExcel, f: (c: Ctx) => Promise<T>) => fake.run(f);

describe("the documented fake of Excel", () => {
  it("runs queued operations in order at sync; the first failure stops the rest of the batch", async () => {
    const fake = new FakeExcel(["A"]);
    await expect(
      run(fake, async (c) => {
        c.workbook.worksheets.getItem("A").getRange("A1").values = [[1]];
        c.workbook.worksheets.getItem("Missing").getRange("A1").values = [[2]];
        c.workbook.worksheets.getItem("A").getRange("A2").values = [[3]];
        await c.sync();
      }),
    ).rejects.toThrow(/ItemNotFound/);
    expect(fake.sheet("A")!.get(0, 0)).toBe(1);
    expect(fake.sheet("A")!.get(1, 0)).toBeUndefined();
  });

  it("throws PropertyNotLoaded for a property read before load() and sync()", async () => {
    const fake = new FakeExcel(["A"]);
    await run(fake, async (c) => {
      const ws = c.workbook.worksheets.getItem("A");
      expect(() => ws.name).toThrow(/PropertyNotLoaded/);
      ws.load("name");
      expect(() => ws.name).toThrow(/PropertyNotLoaded/);
      await c.sync();
      expect(ws.name).toBe("A");
    });
  });

  it("throws ApiNotFound for a member above its API level", async () => {
    const fake = new FakeExcel(["A"], { api: "1.6" });
    expect(fake.isSetSupported("1.6")).toBe(true);
    expect(fake.isSetSupported("1.7")).toBe(false);
    await expect(
      run(fake, async (c) => {
        c.workbook.worksheets.getItem("A").getRangeByIndexes(0, 0, 1, 1).values = [[1]];
        await c.sync();
      }),
    ).rejects.toThrow(/ApiNotFound/);
    await expect(
      run(fake, async (c) => {
        c.workbook.worksheets.getItem("A").getRange("A1").dataValidation.rule = { decimal: { formula1: 0, operator: "GreaterThan" } };
        await c.sync();
      }),
    ).rejects.toThrow(/ApiNotFound/);
  });

  it("compares sheet names ignoring case and refuses to delete a very hidden sheet", async () => {
    const fake = new FakeExcel(["Tổng hợp", "B"]);
    await expect(
      run(fake, async (c) => {
        c.workbook.worksheets.add("TỔNG HỢP");
        await c.sync();
      }),
    ).rejects.toThrow(/ItemAlreadyExists/);
    await expect(
      run(fake, async (c) => {
        const b = c.workbook.worksheets.getItem("b");
        b.visibility = "VeryHidden";
        b.delete();
        await c.sync();
      }),
    ).rejects.toThrow(/InvalidOperation/);
    expect(fake.sheet("B")).toBeDefined();
  });

  it("binds formulas to sheets when written: missing → #REF!, renamed → follows, deleted → #REF!", async () => {
    const fake = new FakeExcel(["S", "U"]);
    await run(fake, async (c) => {
      const s = c.workbook.worksheets.getItem("S");
      s.getRange("A1:B1").formulas = [["='U'!A1", "='Later'!A1"]];
      c.workbook.worksheets.add("Later");
      c.workbook.worksheets.getItem("U").name = "U2";
      await c.sync();
    });
    expect(fake.sheet("S")!.get(0, 0)).toBe("='U2'!A1");
    expect(fake.sheet("S")!.get(0, 1)).toBe("=#REF!A1");
    await run(fake, async (c) => {
      c.workbook.worksheets.getItem("U2").delete();
      await c.sync();
    });
    expect(fake.sheet("S")!.get(0, 0)).toBe("=#REF!A1");
  });

  it("parses strings as typed unless formatted as text or quoted", async () => {
    const fake = new FakeExcel(["A"]);
    await run(fake, async (c) => {
      const ws = c.workbook.worksheets.getItem("A");
      ws.getRange("A1:F1").values = [["01", "1.1", "30%", "1/2", "- Tổ chức", "'01"]];
      ws.getRange("A2").numberFormat = [["@"]];
      ws.getRange("A2").values = [["01"]];
      await c.sync();
    });
    const s = fake.sheet("A")!;
    expect([0, 1, 2, 3].map((col) => typeof s.get(0, col))).toEqual(["number", "number", "number", "number"]);
    expect(s.get(0, 4)).toBe("=- Tổ chức");
    expect(s.get(0, 5)).toBe("01");
    expect(s.get(1, 0)).toBe("01");
  });

  it("refuses writes to locked cells of a protected sheet", async () => {
    const fake = new FakeExcel(["A"]);
    await run(fake, async (c) => {
      const ws = c.workbook.worksheets.getItem("A");
      ws.getRange("B2").format.protection.locked = false;
      ws.protection.protect();
      await c.sync();
    });
    await run(fake, async (c) => {
      c.workbook.worksheets.getItem("A").getRange("B2").values = [[5]];
      await c.sync();
    });
    await expect(
      run(fake, async (c) => {
        c.workbook.worksheets.getItem("A").getRange("B2:B3").values = [[5], [6]];
        await c.sync();
      }),
    ).rejects.toThrow(/AccessDenied/);
  });

  it("sizes the whole request in UTF-8 and refuses one over 5 MB, formats included", async () => {
    const fake = new FakeExcel(["A"]);
    await expect(
      run(fake, async (c) => {
        const ws = c.workbook.worksheets.getItem("A");
        for (let r = 0; r < 30000; r++) {
          const f = ws.getRange(`A${r + 1}`).format;
          f.fill.color = "#FFEEDD";
          f.font.bold = true;
        }
        await c.sync();
      }),
    ).rejects.toThrow(/RequestPayloadSizeLimitExceeded/);
    expect(fake.payloads[0]).toBeGreaterThan(5 * 1024 * 1024);
    const text = "ệ".repeat(1000);
    await run(fake, async (c) => {
      c.workbook.worksheets.getItem("A").getRange("A1").values = [[text]];
      await c.sync();
    });
    expect(fake.payloads[1]).toBeGreaterThan(3000);
  });

  it("leaves results stale in manual calculation mode until calculate()", async () => {
    const fake = new FakeExcel(["A"], { calculation: "Manual" });
    await run(fake, async (c) => {
      c.workbook.worksheets.getItem("A").getRange("A1").values = [[1]];
      await c.sync();
    });
    expect(fake.book.stale).toBe(true);
    await run(fake, async (c) => {
      c.workbook.application.calculate("Recalculate");
      await c.sync();
    });
    expect(fake.book.stale).toBe(false);
  });
});
