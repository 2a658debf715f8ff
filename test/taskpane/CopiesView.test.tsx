/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { openXlsx } from "../../src/hosts/xlsx/xlsxHost";
import { unzip } from "../../src/hosts/xlsx/zip";
import { portableCodec } from "../../src/hosts/xlsx/portableCodec";
import { mergeCopies } from "../../src/services/mergeCopies";
import { readUnitCopy } from "../../src/workbook/readUnitCopy";
import { bytesOf, captureDownloads, fakeExcel, fixtureBytes, openInPane, renderPane, SLOW, xlsxFactory } from "./paneHarness";

const UNITS = 9;

async function openCopiesTab(): Promise<void> {
  fireEvent.click(screen.getByRole("tab", { name: "Bản đơn vị" }));
  await screen.findByRole("button", { name: "Tạo bản của UBND thành phố Huế" }, SLOW);
}

describe("CopiesView", () => {
  afterEach(() => jest.restoreAllMocks());

  it("asks for a workbook before there is one", () => {
    renderPane(xlsxFactory());
    fireEvent.click(screen.getByRole("tab", { name: "Bản đơn vị" }));
    expect(screen.getByText(/Chưa có sổ để làm việc/)).toBeTruthy();
  });

  it("in file mode gives every unit's copy as one .zip with UTF-8 names; the copies merge back into the workbook the pane holds", async () => {
    const downloads = captureDownloads();
    const factory = xlsxFactory();
    renderPane(factory);
    await openInPane(await fixtureBytes());
    await openCopiesTab();
    expect(screen.getAllByRole("button", { name: /^Tạo bản của / })).toHaveLength(UNITS);
    fireEvent.click(screen.getByRole("button", { name: "Tạo bản cho tất cả đơn vị (.zip)" }));
    await waitFor(() => expect(downloads).toHaveLength(1), SLOW);
    expect(downloads[0].name).toBe("Khối thi đua các huyện, thị xã và thành phố Huế 2023 - bản đơn vị.zip");
    const zipped = await bytesOf(downloads[0].blob);
    // general purpose flag bit 11 on the first local header: names are UTF-8, so Windows shows "Huế"
    expect(new DataView(zipped.buffer, zipped.byteOffset).getUint16(6, true) & 0x0800).toBe(0x0800);
    const entries = unzip(zipped, portableCodec);
    expect([...entries.keys()]).toContain("UBND thành phố Huế.xlsx");
    expect(entries.size).toBe(UNITS);
    const ids: string[] = [];
    const copies = [];
    for (const [name, bytes] of entries) {
      const host = await openXlsx(bytes);
      const read = readUnitCopy(await host.snapshot());
      if (!read.ok) throw new Error(`${name} is no unit copy`);
      ids.push(read.value.unit.id);
      copies.push({ file: name, host });
    }
    expect(ids.sort()).toEqual(["U01", "U02", "U03", "U04", "U05", "U06", "U07", "U08", "U09"]);
    // the tokens went into the workbook the pane holds: it says to download it, and it takes the copies back
    expect(screen.getByText(/Hãy tải sổ xuống và dùng sổ đó khi nhận lại các bản/)).toBeTruthy();
    expect(screen.getByText(/Đã tải xuống .*\(9 bản\)/)).toBeTruthy();
    const bloc = factory.hosts[factory.hosts.length - 1];
    const merged = await mergeCopies(bloc, "khoi.xlsx", copies, { write: false });
    expect(merged.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(merged.exit).toBe(0);
  });

  it("in file mode downloads one unit's copy named after the unit", async () => {
    const downloads = captureDownloads();
    renderPane(xlsxFactory());
    await openInPane(await fixtureBytes());
    await openCopiesTab();
    fireEvent.click(screen.getByRole("button", { name: "Tạo bản của UBND huyện Phong Điền" }));
    await waitFor(() => expect(downloads).toHaveLength(1), SLOW);
    expect(downloads[0].name).toBe("UBND huyện Phong Điền.xlsx");
    const read = readUnitCopy(await (await openXlsx(await bytesOf(downloads[0].blob))).snapshot());
    expect(read.ok && read.value.unit.id).toBe("U04");
  });

  it("inside Excel opens a unit's copy as a new workbook where Excel can (ExcelApi 1.8)", async () => {
    const excel = fakeExcel(await openXlsx(await fixtureBytes()));
    renderPane(xlsxFactory(excel), "excel");
    await openCopiesTab();
    fireEvent.click(screen.getByRole("button", { name: "Tạo bản của UBND huyện Phú Vang" }));
    await waitFor(() => expect(excel.opened).toHaveLength(1), SLOW);
    const read = readUnitCopy(await (await openXlsx(excel.opened[0])).snapshot());
    expect(read.ok && read.value.unit.id).toBe("U06");
    expect(screen.getByText(/Đã mở bản của UBND huyện Phú Vang thành một sổ mới trong Excel/)).toBeTruthy();
    expect(screen.getByText(/Hãy lưu sổ trước khi gửi các bản đi/)).toBeTruthy();
  });

  it("inside an Excel below ExcelApi 1.8 says plainly that it cannot open a new workbook and what to do instead", async () => {
    const base = fakeExcel(await openXlsx(await fixtureBytes()));
    const excel = { ...base, capabilities: { ...base.capabilities, dataValidation: false, newWorkbook: false, pageLayout: false } };
    renderPane(xlsxFactory(excel), "excel");
    await openCopiesTab();
    fireEvent.click(screen.getByRole("button", { name: "Tạo bản của UBND huyện Phú Vang" }));
    expect(screen.getByText(/Excel này không mở được sổ mới từ khung \(cần Excel 2019/)).toBeTruthy();
    expect(base.opened).toHaveLength(0);
  });
});
