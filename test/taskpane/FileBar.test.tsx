/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { openXlsx } from "../../src/hosts/xlsx/xlsxHost";
import { readContents } from "../../src/services/openWorkbook";
import { fixtureBytes, openInPane, renderPane, SLOW, xlsxFactory } from "./paneHarness";

/** Every download the pane starts: the file name and the bytes behind the object URL. */
function captureDownloads(): { name: string; blob: Blob }[] {
  const got: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  let n = 0;
  URL.createObjectURL = (b: Blob) => {
    const url = `blob:test/${++n}`;
    blobs.set(url, b);
    return url;
  };
  URL.revokeObjectURL = () => undefined;
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    got.push({ name: this.download, blob: blobs.get(this.href)! });
  });
  return got;
}

async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve) => {
    const r = new FileReader();
    r.onload = () => resolve(new Uint8Array(r.result as ArrayBuffer));
    r.readAsArrayBuffer(blob);
  });
}

describe("FileBar", () => {
  afterEach(() => jest.restoreAllMocks());

  it("says no file is open, then names the opened one; a file that is no workbook is refused in words", async () => {
    renderPane(xlsxFactory());
    expect(screen.getByText(/Chưa mở tệp nào/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Tải sổ xuống" })).toBeNull();
    const input = screen.getByLabelText("Chọn tệp sổ chấm điểm (.xlsx) trong máy để mở");
    fireEvent.change(input, { target: { files: [new File(["not a zip"], "ghi-chu.xlsx")] } });
    await waitFor(() => expect(screen.getByText("Tệp ghi-chu.xlsx không phải sổ .xlsx:")).toBeTruthy(), SLOW);
    // an Excel 97-2003 file (a compound document) is named as such, with how to convert it
    const cfb = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
    fireEvent.change(input, { target: { files: [new File([cfb], "cu.xls")] } });
    await waitFor(() => expect(screen.getByText(/Tệp cu\.xls là định dạng Excel 97-2003 \(\.xls\) cũ/)).toBeTruthy(), SLOW);
    // a zip that is no workbook gets past the first look and is refused by the host, with the reason
    fireEvent.change(input, { target: { files: [new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])], "hong.xlsx")] } });
    await waitFor(() => expect(screen.getByText(/Không mở được tệp hong\.xlsx/)).toBeTruthy(), SLOW);
    await openInPane(await fixtureBytes());
    expect(screen.queryByText(/Không mở được tệp/)).toBeNull();
  });

  it("downloads the workbook under the opened file's name, with what the pane wrote into it", async () => {
    const downloads = captureDownloads();
    renderPane(xlsxFactory());
    await openInPane(await fixtureBytes(), "khoi.xlsx");
    fireEvent.click(screen.getByRole("button", { name: "Tải sổ xuống" }));
    await waitFor(() => expect(downloads).toHaveLength(1), SLOW);
    expect(downloads[0].name).toBe("khoi.xlsx");
    const read = await readContents(await openXlsx(await bytesOf(downloads[0].blob)), "khoi.xlsx");
    expect(read.ok && read.value.bloc.units).toHaveLength(9);
  });

  it("asks before closing a file with changes not downloaded, and closes only when told", async () => {
    renderPane(xlsxFactory());
    fireEvent.click(screen.getByRole("button", { name: "Dùng mẫu có sẵn" }));
    await waitFor(() => expect(screen.getByRole("button", { name: "Tạo sổ chấm điểm" })).toBeTruthy(), SLOW);
    fireEvent.click(screen.getByRole("button", { name: "Tạo sổ chấm điểm" }));
    await waitFor(() => expect(screen.getByText(/có thay đổi chưa tải xuống/)).toBeTruthy(), SLOW);

    fireEvent.click(screen.getByRole("button", { name: "Đóng tệp" }));
    expect(screen.getByText(/có thay đổi chưa tải xuống\. Tải xuống trước, nếu không các thay đổi sẽ mất\./)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Hủy" }));
    expect(screen.getByText(/^Tệp đang mở: /)).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Đóng tệp" }));
    fireEvent.click(screen.getByRole("button", { name: "Đóng, bỏ thay đổi" }));
    expect(screen.getByText(/Chưa mở tệp nào/)).toBeTruthy();
  });
});
