/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { openXlsx } from "../../src/hosts/xlsx/xlsxHost";
import { boardFolder } from "../support/boardFolder";
import { bytesOf, captureDownloads, renderPane, SLOW, xlsxFactory } from "./paneHarness";

function filesOf(dir: string): File[] {
  return readdirSync(dir)
    .sort()
    .map((n) => new File([readFileSync(path.join(dir, n))], n));
}

describe("BoardView", () => {
  afterEach(() => jest.restoreAllMocks());

  it("checks a folder of five blocs (one broken, one unsealed) against their agreed rubrics, says each bloc's result in words, and downloads the summary", async () => {
    const downloads = captureDownloads();
    const folder = await boardFolder(5, { 2: "broken", 4: "unsealed" }, [3, 6]);
    renderPane(xlsxFactory());
    fireEvent.click(screen.getByRole("tab", { name: "Ban Thi đua" }));
    const blocInput = await screen.findByLabelText("Chọn thư mục chứa sổ .xlsx của các khối", undefined, SLOW);
    expect(blocInput.hasAttribute("webkitdirectory")).toBe(true);
    fireEvent.change(screen.getByLabelText("Chọn các bảng tiêu chí đã thống nhất (.json), không bắt buộc"), { target: { files: filesOf(folder.rubrics) } });
    expect(screen.getByText(/Đối chiếu với 5 bảng tiêu chí: khoi-01.json/)).toBeTruthy();
    fireEvent.change(blocInput, { target: { files: filesOf(folder.blocs) } });
    await screen.findByText("Kết quả 5 sổ: 3 sẵn sàng, 1 chưa niêm phong, 0 có lỗi, 1 không đọc được", undefined, SLOW);

    const broken = screen.getByRole("listitem", { name: "khoi-02.xlsx" });
    expect(within(broken).getByText("Không đọc được")).toBeTruthy();
    expect(within(broken).getByText(/Lỗi \(1\)/)).toBeTruthy();
    // its card already names the file: the error says it once, not again as "Tệp khoi-02.xlsx:" before the reason
    const reason = within(broken).getByRole("list", { name: "khoi-02.xlsx: Lỗi (1)" }).textContent ?? "";
    expect(reason.split("khoi-02.xlsx").length - 1).toBe(1);
    const unsealed = screen.getByRole("listitem", { name: "khoi-04.xlsx" });
    expect(within(unsealed).getByText("Chưa chốt kết quả")).toBeTruthy();
    const ready = screen.getByRole("listitem", { name: "khoi-01.xlsx" });
    expect(within(ready).getByText(/^Khối thi đua số 1 \(\d{4}\)$/)).toBeTruthy();
    expect(within(ready).getByText("Sẵn sàng")).toBeTruthy();
    const first = folder.files.get("khoi-01.xlsx")!.ranking!.units.filter((u) => u.rank === 1).map((u) => u.name).join(", ");
    expect(within(ready).getByText(first)).toBeTruthy();
    expect(within(ready).getByText(/khoi-01\.json/)).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Tải bảng tổng hợp (.xlsx)" }));
    await waitFor(() => expect(downloads).toHaveLength(1), SLOW);
    expect(downloads[0].name).toMatch(/^Tổng hợp các khối \d{4}-\d\d-\d\d\.xlsx$/);
    const snapshot = await (await openXlsx(await bytesOf(downloads[0].blob))).snapshot();
    const summary = snapshot.sheets.find((s) => s.name === "Tổng hợp các khối");
    const cells = (summary?.values ?? []).flat();
    expect(cells).toContain("khoi-02.xlsx");
    expect(cells).toContain("Không đọc được");
  });
});
