/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { openXlsx } from "../../src/hosts/xlsx/xlsxHost";
import { bytesOf, captureDownloads, fixtureBytes, openInPane, renderPane, SLOW, xlsxFactory } from "./paneHarness";

describe("ReportView", () => {
  afterEach(() => jest.restoreAllMocks());

  it("adds the printable sheet from the short form (date as dd/mm/yyyy, head and deputy from the bloc) and downloads the workbook with it", async () => {
    const downloads = captureDownloads();
    renderPane(xlsxFactory());
    await openInPane(await fixtureBytes());
    fireEvent.click(screen.getByRole("tab", { name: "Báo cáo" }));
    const date = await screen.findByRole("textbox", { name: /Ngày ký/ }, SLOW);
    expect((date as HTMLInputElement).value).toMatch(/^\d\d\/\d\d\/\d{4}$/);
    // the bloc file names its head (U05) and deputy (U04): the form starts with them
    expect(screen.getByRole("combobox", { name: "Trưởng khối năm sau" }).textContent).toContain("UBND huyện Quảng Điền");
    expect(screen.getByRole("combobox", { name: "Phó khối năm sau" }).textContent).toContain("UBND huyện Phong Điền");
    fireEvent.change(screen.getByRole("textbox", { name: /Nơi ký/ }), { target: { value: "Huế" } });
    fireEvent.change(date, { target: { value: "31/02/2023" } });
    fireEvent.click(screen.getByRole("button", { name: "Thêm trang Báo cáo" }));
    expect(screen.getByText(/Ngày "31\/02\/2023" không đúng: hãy ghi ngày\/tháng\/năm/)).toBeTruthy();
    fireEvent.change(date, { target: { value: "05/12/2023" } });
    fireEvent.click(screen.getByRole("button", { name: "Thêm trang Báo cáo" }));
    await screen.findByText('Đã thêm trang "Báo cáo" vào sổ.', undefined, SLOW);
    fireEvent.click(screen.getByRole("button", { name: "Tải sổ có trang Báo cáo" }));
    await waitFor(() => expect(downloads).toHaveLength(1), SLOW);
    const snapshot = await (await openXlsx(await bytesOf(downloads[0].blob))).snapshot();
    const report = snapshot.sheets.find((s) => s.name === "Báo cáo");
    const cells = (report?.values ?? []).flat().filter((v): v is string => typeof v === "string");
    expect(cells).toContain("Huế, ngày 05 tháng 12 năm 2023");
    expect(cells.some((c) => c.includes("UBND huyện Quảng Điền"))).toBe(true);
  });

  it("refuses the same unit as next year's head and deputy, saying so under the deputy, and adds the sheet once they differ", async () => {
    const factory = xlsxFactory();
    renderPane(factory);
    await openInPane(await fixtureBytes());
    fireEvent.click(screen.getByRole("tab", { name: "Báo cáo" }));
    const deputy = await screen.findByRole("combobox", { name: "Phó khối năm sau" }, SLOW);
    const choose = async (name: string) => {
      fireEvent.click(deputy);
      fireEvent.click(await screen.findByRole("option", { name }));
    };
    await choose("UBND huyện Quảng Điền");
    const problem = /Phó khối năm sau trùng với Trưởng khối năm sau \(UBND huyện Quảng Điền\)\. Chọn hai đơn vị khác nhau\./;
    expect(screen.getByText(problem)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Thêm trang Báo cáo" }));
    await new Promise((r) => setTimeout(r, 300));
    expect(screen.queryByText(/Đã thêm trang/)).toBeNull();
    expect((await factory.hosts[0].snapshot()).sheets.some((s) => s.name === "Báo cáo")).toBe(false);
    await choose("UBND thị xã Hương Thủy");
    expect(screen.queryByText(problem)).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Thêm trang Báo cáo" }));
    await screen.findByText('Đã thêm trang "Báo cáo" vào sổ.', undefined, SLOW);
    expect((await factory.hosts[0].snapshot()).sheets.some((s) => s.name === "Báo cáo")).toBe(true);
  });
});
