/** @jest-environment jsdom */
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { createXlsx } from "../../src/hosts/xlsx/xlsxHost";
import { sheetsOf } from "../support/tableSheets";
import { fakeExcel, renderPane, SLOW, xlsxFactory } from "./paneHarness";

afterEach(cleanup);

const region = () => screen.getByRole("region", { name: "Bảng tiêu chí của khối" });

/** Excel's open workbook holding a table an official pasted into a sheet of their own. */
async function excelWith(name: string, rows: readonly (readonly (string | number | null)[])[]) {
  const host = createXlsx();
  await host.applyPlan(sheetsOf(name, rows));
  const excel = fakeExcel(host);
  renderPane(xlsxFactory(excel), "excel");
  return { host, excel };
}

describe("RubricTableSection in Excel", () => {
  it("reads a table pasted into any sheet: its errors at their cells, a click selecting the cell", async () => {
    const { excel } = await excelWith("Dán từ Word", [["Bảng điểm 2025"], ["STT", "Nội dung", "Điểm tối đa"], ["I.", "Chuyên môn", null], ["1.", "Kế hoạch", "hai"], ["2.", "Báo cáo", "2,5"]]);
    fireEvent.click(within(region()).getByRole("button", { name: "Đọc bảng tiêu chí" }));
    const problems = await waitFor(() => within(region()).getByRole("list", { name: "Những ô cần sửa trong bảng" }), SLOW);
    expect(within(problems).getAllByRole("listitem").map((li) => li.textContent)).toEqual([expect.stringMatching(/^Trang Dán từ Word, ô C4: điểm chuẩn "hai" không phải là số\..*ERR_TABLE_NOT_NUMBER$/)]);
    expect(within(region()).getByText(/Bảng có lỗi nên chưa dùng để tạo sổ/)).toBeTruthy();
    expect(screen.queryByText(/Đang dùng:/)).toBeNull(); // a table with errors feeds nothing
    fireEvent.click(within(problems).getByRole("button", { name: /C4/ }));
    expect(excel.selected).toEqual(["'Dán từ Word'!C4"]);
  });

  it("reads a good table, shows its tree and makes it the rubric of step 1", async () => {
    await excelWith("Sheet1", [["TT", "Nội dung", "Điểm chuẩn", "Hệ số", "Không áp dụng"], ["I", "Chuyên môn", 12], ["1", "Kế hoạch", 6, 2], ["2", "Báo cáo", "4,5", null, "quy đổi"]]);
    fireEvent.click(within(region()).getByRole("button", { name: "Đọc bảng tiêu chí" }));
    const tree = await waitFor(() => within(region()).getByRole("list", { name: "Cây tiêu chí đọc từ bảng" }), SLOW);
    expect(within(tree).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "I Chuyên môn — 12 điểm · trần ràng buộc: các dòng con cộng được 16,5",
      "I.1 Kế hoạch — 6 điểm · hệ số 2",
      "I.2 Báo cáo — 4,5 điểm · không áp dụng: quy đổi",
    ]);
    // step 1 names the table as its rubric (by title once the bloc's form lets the preview read it)
    await waitFor(() => expect(screen.getByText(/^(Đang dùng: .* \(bảng tiêu chí\)|Tệp đã chọn: bảng tiêu chí)\.$/)).toBeTruthy(), SLOW);
    expect(screen.getByRole("button", { name: "Tạo sổ chấm điểm" })).toBeTruthy();
  });

  it("never writes the example over an official's Bảng tiêu chí", async () => {
    const rows = [["TT", "Nội dung", "Điểm chuẩn"], ["I", "Chuyên môn của khối", 10], ["1", "Kế hoạch", 10]];
    const { host } = await excelWith("Bảng tiêu chí", rows);
    fireEvent.click(within(region()).getByRole("button", { name: "Soạn bảng tiêu chí" }));
    await waitFor(() => expect(within(region()).getByText(/Sổ đã có trang "Bảng tiêu chí": không ghi đè/)).toBeTruthy(), SLOW);
    const after = await host.snapshot(["Bảng tiêu chí", "Quy định chấm"]);
    expect(after.sheets.map((s) => s.name)).toEqual(["Bảng tiêu chí"]);
    expect(after.sheets[0].values[1][1]).toBe("Chuyên môn của khối");
  });

  it("adds the two authoring sheets with the example's rows to the open workbook", async () => {
    const { host } = await excelWith("Ghi chú", [["Sổ của khối"]]);
    fireEvent.click(within(region()).getByRole("button", { name: "Soạn bảng tiêu chí" }));
    await waitFor(() => expect(within(region()).getByText(/Đã thêm hai trang "Bảng tiêu chí" và "Quy định chấm"/)).toBeTruthy(), SLOW);
    const names = (await host.snapshot()).sheets.map((s) => s.name);
    expect(names).toEqual(["Ghi chú", "Bảng tiêu chí", "Quy định chấm"]);
  });
});
