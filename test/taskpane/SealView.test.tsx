/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { openXlsx } from "../../src/hosts/xlsx/xlsxHost";
import { readContents } from "../../src/services/openWorkbook";
import { sealStatus } from "../../src/services/sealStatus";
import { parseCellRef } from "../../src/workbook/a1";
import { fakeExcel, fixtureBytes, openInPane, renderPane, SLOW, xlsxFactory } from "./paneHarness";

function sealBanner(): string {
  return screen.getByRole("region", { name: "Niêm phong kết quả" }).textContent ?? "";
}

describe("SealView", () => {
  it("asks for a workbook before there is one", () => {
    renderPane(xlsxFactory());
    fireEvent.click(screen.getByRole("tab", { name: "Niêm phong" }));
    expect(screen.getByText(/Chưa có sổ để làm việc/)).toBeTruthy();
  });

  it("seals with who and stage, shows it above every view, and unseals only with a reason that stays in the history", async () => {
    const factory = xlsxFactory();
    renderPane(factory);
    await openInPane(await fixtureBytes());
    await waitFor(() => expect(sealBanner()).toMatch(/chưa niêm phong/), SLOW);
    fireEvent.click(screen.getByRole("tab", { name: "Niêm phong" }));
    const seal = await screen.findByRole("button", { name: "Niêm phong" }, SLOW);
    fireEvent.click(seal);
    expect(screen.getByText("Hãy ghi họ tên người niêm phong.")).toBeTruthy();
    fireEvent.change(screen.getByRole("textbox", { name: /Người niêm phong/ }), { target: { value: "Nguyễn Văn A, Trưởng khối" } });
    fireEvent.click(seal);
    await waitFor(() => expect(sealBanner()).toMatch(/Kết quả đã niêm phong: Nguyễn Văn A, Trưởng khối, lúc \d\d:\d\d ngày \d\d\/\d\d\/\d{4}, kết quả cuối cùng/), SLOW);
    const host = factory.hosts[factory.hosts.length - 1];
    expect((await sealStatus(host)).sealed?.by).toBe("Nguyễn Văn A, Trưởng khối");

    fireEvent.click(screen.getByRole("tab", { name: "Xếp hạng" }));
    expect(sealBanner()).toMatch(/đã niêm phong/);
    // the Board's check reads other blocs' files: the open workbook's seal is not theirs
    fireEvent.click(screen.getByRole("tab", { name: "Ban Thi đua" }));
    expect(screen.queryByRole("region", { name: "Niêm phong kết quả" })).toBeNull();
    fireEvent.click(screen.getByRole("tab", { name: "Niêm phong" }));

    fireEvent.change(await screen.findByRole("textbox", { name: /Người mở niêm phong/ }, SLOW), { target: { value: "Trần Thị B" } });
    fireEvent.click(screen.getByRole("button", { name: "Mở niêm phong" }));
    expect(screen.getByText(/Hãy ghi lý do mở niêm phong/)).toBeTruthy();
    expect((await sealStatus(host)).sealed).not.toBeNull();
    fireEvent.change(screen.getByRole("textbox", { name: /Lý do mở niêm phong/ }), { target: { value: "Biên bản họp khối ngày 05/12" } });
    fireEvent.click(screen.getByRole("button", { name: "Mở niêm phong" }));
    await waitFor(() => expect(sealBanner()).toMatch(/chưa niêm phong/), SLOW);
    expect(screen.getByText(/Trần Thị B mở niêm phong. Lý do: Biên bản họp khối ngày 05\/12/)).toBeTruthy();
    const after = await sealStatus(host);
    expect(after.sealed).toBeNull();
    expect(after.log.map((e) => [e.action, e.by, e.reason ?? null])).toEqual([
      ["seal", "Nguyễn Văn A, Trưởng khối", null],
      ["unseal", "Trần Thị B", "Biên bản họp khối ngày 05/12"],
    ]);
  });

  it("inside Excel: after sealing, a later edit is an ERR_SEALED_CHANGED finding in Kiểm tra whose cell is clickable like any other", async () => {
    const host = await openXlsx(await fixtureBytes());
    const excel = fakeExcel(host);
    renderPane(xlsxFactory(excel), "excel");
    fireEvent.click(screen.getByRole("tab", { name: "Niêm phong" }));
    fireEvent.change(await screen.findByRole("textbox", { name: /Người niêm phong/ }, SLOW), { target: { value: "Nguyễn Văn A" } });
    fireEvent.click(screen.getByRole("button", { name: "Niêm phong" }));
    await waitFor(() => expect(sealBanner()).toMatch(/Kết quả đã niêm phong: Nguyễn Văn A/), SLOW);

    // someone types over a sealed self-score in Excel
    const read = await readContents(host, "Excel");
    if (!read.ok) throw new Error("unreadable");
    const row = read.value.rows.find((r) => r.unit === "U02" && r.item === "C01" && r.stage === "self")!;
    const { sheet, cell } = row.source as { sheet: string; cell: string };
    const at = parseCellRef(cell)!;
    await host.writeValues([{ sheet, row: at.row, col: at.col, value: 1 }]);

    fireEvent.click(screen.getByRole("tab", { name: "Kiểm tra" }));
    await waitFor(() => expect(screen.getByText("Chưa sẵn sàng nộp")).toBeTruthy(), SLOW);
    expect(screen.getAllByText("ERR_SEALED_CHANGED").length).toBeGreaterThan(0);
    const link = screen.getByRole("button", { name: `Chọn ô ${cell} trên trang ${sheet}` });
    fireEvent.click(link);
    await waitFor(() => expect(excel.selected).toEqual([`'${sheet}'!${cell}`]), SLOW);
  });
});
