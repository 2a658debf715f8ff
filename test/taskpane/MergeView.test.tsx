/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import { createXlsx, openXlsx, type XlsxHost } from "../../src/hosts/xlsx/xlsxHost";
import { fillUnitCopy } from "../../src/services/fillUnitCopy";
import { readContents } from "../../src/services/openWorkbook";
import { sealWorkbook } from "../../src/services/sealWorkbook";
import { splitWorkbook } from "../../src/services/splitWorkbook";
import { readUnitCopy } from "../../src/workbook/readUnitCopy";
import { fixtureBytes, openInPane, renderPane, SLOW, xlsxFactory } from "./paneHarness";

const HEADER = "unit,item,stage,value,note";

/** A unit's copy of `bloc`, filled from `csv` rows (none: returned as split made it), as the file the unit sends back. */
async function returnedCopy(bloc: XlsxHost, unit: string, rows: readonly string[], name: string): Promise<File> {
  const split = await splitWorkbook(bloc, "khoi.xlsx", () => createXlsx(), { units: [unit] });
  const copy = split.copies[0].host;
  if (rows.length > 0) {
    const read = readUnitCopy(await copy.snapshot());
    if (!read.ok) throw new Error("no copy");
    const filled = await fillUnitCopy(copy, read.value, { text: [HEADER, ...rows].join("\n"), file: `${unit}.csv` });
    expect(filled.exit).toBe(0);
  }
  return new File([(await copy.save()) as BlobPart], name);
}

function choose(files: File[]): void {
  fireEvent.change(screen.getByLabelText("Chọn các tệp .xlsx đơn vị gửi lại (chọn được nhiều tệp)"), { target: { files } });
}

async function selfScore(host: XlsxHost, unit: string, item: string): Promise<unknown> {
  const read = await readContents(host, "khoi.xlsx");
  if (!read.ok) throw new Error("unreadable");
  return read.value.rows.find((r) => r.unit === unit && r.item === item && r.stage === "self")?.raw;
}

describe("MergeView", () => {
  it("takes several copies at once: lists each change and each refused copy with why, then writes all accepted changes in one action", async () => {
    const factory = xlsxFactory();
    renderPane(factory);
    await openInPane(await fixtureBytes());
    const bloc = factory.hosts[factory.hosts.length - 1];
    const files = [
      await returnedCopy(bloc, "U01", ["U01,C01,self,6,Báo cáo KT-XH 2023 của UBND thành phố"], "Huế.xlsx"),
      await returnedCopy(bloc, "U02", [], "Hương Thủy.xlsx"),
      // split from another copy of the workbook: its token is not one this workbook gave
      await returnedCopy(await openXlsx(await fixtureBytes()), "U03", ["U03,C01,self,5,"], "Hương Trà (bản lạ).xlsx"),
      new File(["ghi chú"], "ghi-chu.xlsx"),
    ];
    fireEvent.click(screen.getByRole("tab", { name: "Nhận lại" }));
    choose(files);
    const refused = await screen.findByRole("region", { name: "Bản không nhận (2)" }, SLOW);
    expect(within(refused).getByText("Hương Trà (bản lạ).xlsx")).toBeTruthy();
    expect(within(refused).getByText("ghi-chu.xlsx")).toBeTruthy();
    expect(within(refused).getAllByText(/ERR_COPY_TOKEN_UNKNOWN/)).toHaveLength(1);
    // the file is the heading of its reasons: the reason says it once (in the message), not again as "tệp …:" before it
    const reasons = within(refused).getByRole("list", { name: "Hương Trà (bản lạ).xlsx" }).textContent ?? "";
    expect(reasons).not.toMatch(/tệp Hương Trà \(bản lạ\)\.xlsx/i);
    expect(reasons.split("Hương Trà (bản lạ).xlsx").length - 1).toBe(1);
    const changes = screen.getByRole("region", { name: "2 thay đổi từ 2 bản" });
    expect(within(changes).getByText("UBND thành phố Huế, tệp Huế.xlsx")).toBeTruthy();
    expect(within(changes).getByText(/\(tự chấm\): 7 → 6$/)).toBeTruthy();
    expect(within(changes).getByText(/^Minh chứng .*: \(trống\) → "Báo cáo KT-XH 2023 của UBND thành phố"$/)).toBeTruthy();
    // nothing is written before the official says so
    expect(await selfScore(bloc, "U01", "C01")).toBe(7);
    fireEvent.click(within(changes).getByRole("button", { name: "Ghi 2 thay đổi vào sổ" }));
    await screen.findByText(/Đã ghi 2 thay đổi từ 2 bản vào sổ\. Tải sổ xuống để giữ các thay đổi\./, undefined, SLOW);
    expect(await selfScore(bloc, "U01", "C01")).toBe(6);
    expect(await selfScore(bloc, "U03", "C01")).not.toBe(5);
  });

  it("refuses every copy of a sealed workbook, saying so in words", async () => {
    const factory = xlsxFactory();
    renderPane(factory);
    await openInPane(await fixtureBytes());
    const bloc = factory.hosts[factory.hosts.length - 1];
    const copy = await returnedCopy(bloc, "U01", ["U01,C01,self,6,"], "Huế.xlsx");
    const sealed = await sealWorkbook(bloc, "khoi.xlsx", { by: "Nguyễn Văn A", stage: "final", now: new Date("2026-12-01T08:00:00Z") });
    expect(sealed.exit).toBe(0);
    fireEvent.click(screen.getByRole("tab", { name: "Nhận lại" }));
    choose([copy]);
    await screen.findByText("Chưa nhận được bản nào:", undefined, SLOW);
    expect(screen.getByText(/ERR_SEALED/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: /^Ghi / })).toBeNull();
    expect(await selfScore(bloc, "U01", "C01")).toBe(7);
  });
});
