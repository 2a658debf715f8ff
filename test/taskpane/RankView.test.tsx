/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { readContents } from "../../src/services/openWorkbook";
import { summaryLayout } from "../../src/workbook/layout";
import { cellAt } from "../../src/workbook/snapshot";
import { fixtureBytes, openInPane, renderPane, tiedScores, SLOW, xlsxFactory } from "./paneHarness";

/** The ranking table's body rows as [rank, unit, total, place, award] texts; place and award are stacked under the unit. */
function rows(): string[][] {
  const table = screen.getByRole("table");
  return within(table)
    .getAllByRole("row")
    .slice(1)
    .map((r) => {
      const [rank, unit, total] = within(r).getAllByRole("cell");
      const facts = new Map([...unit.querySelector("dl")!.children].map((f) => [f.querySelector("dt")!.textContent, f.querySelector("dd")!.textContent ?? ""]));
      const name = unit.firstElementChild!.textContent ?? "";
      return [rank.textContent ?? "", name, total.textContent ?? "", facts.get("Giải") ?? facts.get("Place") ?? "—", facts.get("Đề nghị khen thưởng") ?? facts.get("Proposed award") ?? ""];
    });
}

async function openRank(bytes: Uint8Array, factory = xlsxFactory()) {
  renderPane(factory);
  await openInPane(bytes);
  fireEvent.click(screen.getByRole("tab", { name: "Xếp hạng" }));
  await waitFor(() => expect(screen.getByRole("table")).toBeTruthy(), SLOW);
  return factory;
}

describe("RankView", () => {
  it("asks for a workbook before there is one", () => {
    renderPane(xlsxFactory());
    fireEvent.click(screen.getByRole("tab", { name: "Xếp hạng" }));
    expect(screen.getByText(/Chưa có sổ để làm việc/)).toBeTruthy();
    expect(screen.queryByRole("table")).toBeNull();
  });

  it("ranks the fixture's final stage: Nhất, Nhì, Ba with totals in decimal commas and award labels", async () => {
    await openRank(await fixtureBytes());
    expect(screen.getByRole("table", { name: "Xếp hạng: kết quả cuối cùng" })).toBeTruthy();
    const r = rows();
    expect(r.slice(0, 4)).toEqual([
      ["1", "UBND thành phố Huế", "95,25", "Nhất", "Cờ thi đua của Ủy ban nhân dân tỉnh"],
      ["2", "UBND huyện Quảng Điền", "92,50", "Nhì", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"],
      ["3", "UBND huyện Phú Lộc", "92,00", "Ba", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"],
      ["4", "UBND thị xã Hương Thủy", "91,75", "—", "—"],
    ]);
    expect(r).toHaveLength(9);
    const header = within(screen.getByRole("table")).getAllByRole("columnheader").map((h) => h.textContent);
    expect(header).toEqual(["Hạng", "Đơn vị", "Tổng điểm"]);
    const first = within(screen.getByRole("table")).getAllByRole("row")[1];
    expect(within(first).getByText("Xếp loại").nextElementSibling?.textContent).toBe("Hoàn thành xuất sắc nhiệm vụ");
    const points = within(first).getByText("Điểm từng phần").closest("details")!;
    expect([...points.querySelectorAll("dt")].map((t) => t.textContent)).toEqual([
      "Phần I. Thực hiện các chỉ tiêu phát triển kinh tế - xã hội",
      "Phần II. Văn hóa - xã hội, quốc phòng - an ninh",
      "Phần III. Cải cách hành chính, chuyển đổi số",
      "Phần IV. Công tác thi đua, khen thưởng và hoạt động của Khối",
      "Phần V. Xây dựng chính quyền; phòng, chống tham nhũng; đoàn kết nội bộ",
      "Điểm thưởng",
      "Điểm trừ",
    ]);
    expect([...points.querySelectorAll("dd")].every((d) => /^-?\d+,\d\d$/.test(d.textContent ?? ""))).toBe(true);
    expect(screen.queryByRole("group", { name: /Đồng hạng/ })).toBeNull();
  });

  it("ranks the stage chosen: at the bloc's scoring U07 is second and U05 third", async () => {
    await openRank(await fixtureBytes());
    fireEvent.click(screen.getByRole("combobox", { name: "Giai đoạn" }));
    fireEvent.click(screen.getByRole("option", { name: "Khối chấm" }));
    await waitFor(() => expect(screen.getByRole("table", { name: "Xếp hạng: khối chấm" })).toBeTruthy(), SLOW);
    expect(rows().slice(1, 3).map(([rank, unit, total, place]) => [rank, unit, total, place])).toEqual([
      ["2", "UBND huyện Phú Lộc", "92,50", "Nhì"],
      ["3", "UBND huyện Quảng Điền", "92,50", "Ba"],
    ]);
  });

  it("explains a tie in words, records the vote into the Biểu quyết column, and ranks by it", async () => {
    const factory = await openRank(await fixtureBytes({ scores: tiedScores() }));
    expect(rows().slice(1, 3).map(([rank, unit, , place]) => [rank, unit, place])).toEqual([
      ["2", "UBND huyện Quảng Điền", "Nhì"],
      ["2", "UBND huyện Phú Lộc", "Nhì"],
    ]);
    const notes = screen.getByRole("list", { name: "Giải thích" });
    expect(within(notes).getByText(/UBND huyện Quảng Điền, UBND huyện Phú Lộc bằng điểm \(92,5\) và cùng hạng 2/)).toBeTruthy();
    expect(within(notes).getByText(/Xét khen thưởng dừng ở vị trí 2/)).toBeTruthy();
    expect(rows()[1][4]).toBe("—"); // nobody proposed past the open tie

    const tie = screen.getByRole("group", { name: "Đồng hạng 2 với 92,50 điểm" });
    fireEvent.click(within(tie).getByRole("button", { name: "Đưa UBND huyện Phú Lộc lên trên" }));
    expect(within(within(tie).getByRole("list")).getAllByRole("listitem").map((li) => li.textContent?.replace(/LênXuống$/, ""))).toEqual([
      "UBND huyện Phú Lộc",
      "UBND huyện Quảng Điền",
    ]);
    fireEvent.click(within(tie).getByRole("button", { name: "Ghi kết quả biểu quyết" }));
    await waitFor(() => expect(screen.queryByRole("group", { name: /Đồng hạng/ })).toBeNull(), SLOW);
    expect(rows().slice(0, 3).map(([rank, unit, , place]) => [rank, unit, place])).toEqual([
      ["1", "UBND thành phố Huế", "Nhất"],
      ["2", "UBND huyện Phú Lộc", "Nhì"],
      ["3", "UBND huyện Quảng Điền", "Ba"],
    ]);

    const host = factory.hosts[0];
    const read = await readContents(host, "t");
    if (!read.ok) throw new Error("unreadable");
    expect(Object.fromEntries(read.value.votes)).toEqual({ U07: 1, U05: 2 });
    // only the two vote cells changed on the summary: every formula is still there
    const { rubric, bloc, sheets } = read.value;
    const layout = summaryLayout(rubric, bloc.units.length);
    const summary = (await host.snapshot([sheets.summary])).sheets[0];
    for (let k = 0; k < bloc.units.length; k++) {
      expect(summary.formulas[layout.firstUnitRow + k][layout.col.total]).toMatch(/^=/);
      expect(summary.formulas[layout.firstUnitRow + k][layout.col.rank]).toMatch(/^=/);
    }
    expect(cellAt(summary, layout.firstUnitRow + 6, layout.col.vote)).toBe(1);
    expect(screen.getByText(/có thay đổi chưa tải xuống/)).toBeTruthy();
  });

  it("says the workbook has errors, naming the cell, instead of ranking", async () => {
    const bytes = await fixtureBytes({ typed: [{ unit: "U03", item: "C05", stage: "self", value: 6.5 }] });
    renderPane(xlsxFactory());
    await openInPane(bytes);
    fireEvent.click(screen.getByRole("tab", { name: "Xếp hạng" }));
    await waitFor(() => expect(screen.getByText(/Chưa xếp hạng được vì sổ còn lỗi/)).toBeTruthy(), SLOW);
    const lines = within(screen.getByRole("list", { name: "Những điểm cần sửa" })).getAllByRole("listitem").map((li) => li.textContent);
    expect(lines).toEqual([expect.stringMatching(/^Đơn vị UBND thị xã Hương Trà, tiêu chí "Giảm tỷ lệ hộ nghèo theo kế hoạch", tự chấm — trang UBND thị xã Hương Trà, ô E\d+: điểm 6,5 vượt điểm chuẩn 6\. .*ERR_ABOVE_MAX$/)]);
    expect(screen.queryByRole("table")).toBeNull();
  });

  it("words everything in English after the switch, numbers with a decimal point", async () => {
    await openRank(await fixtureBytes());
    fireEvent.click(screen.getByRole("button", { name: "English" }));
    expect(screen.getByRole("table", { name: "Ranking: final result" })).toBeTruthy();
    expect(rows().slice(0, 3).map((r) => r.slice(0, 4))).toEqual([
      ["1", "UBND thành phố Huế", "95.25", "First"],
      ["2", "UBND huyện Quảng Điền", "92.50", "Second"],
      ["3", "UBND huyện Phú Lộc", "92.00", "Third"],
    ]);
  });
});
