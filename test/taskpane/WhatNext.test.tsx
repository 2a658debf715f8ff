/** @jest-environment jsdom */
// Each view says what just happened and what comes next, and the focus goes on to the next sensible control.
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { fixtureBytes, openInPane, renderPane, SLOW, tiedScores, xlsxFactory } from "./paneHarness";

const GENERATE = { name: "Tạo sổ chấm điểm" };

describe("Generate, then another file opened", () => {
  it("drops the old outcome (no 'đã sẵn sàng' of the previous workbook) and points to Validate", async () => {
    renderPane(xlsxFactory());
    fireEvent.click(screen.getByRole("button", { name: "Dùng mẫu có sẵn" }));
    await waitFor(() => expect(screen.getByRole("button", GENERATE)).toHaveProperty("disabled", false), SLOW);
    fireEvent.click(screen.getByRole("button", GENERATE));
    await waitFor(() => expect(screen.getByText("Đã tạo sổ chấm điểm.")).toBeTruthy(), SLOW);
    expect(screen.getByText(/đã sẵn sàng/)).toBeTruthy();

    // the new file is not downloaded yet: the pane asks first, then opens the other one
    const input = screen.getByLabelText("Chọn tệp sổ chấm điểm (.xlsx) trong máy để mở");
    fireEvent.change(input, { target: { files: [new File([(await fixtureBytes()) as BlobPart], "khoi-khac.xlsx")] } });
    fireEvent.click(screen.getByRole("button", { name: "Mở tệp khác, bỏ thay đổi" }));
    await waitFor(() => expect(screen.getByText("Tệp đang mở: khoi-khac.xlsx")).toBeTruthy(), SLOW);
    await waitFor(() => expect(screen.queryByText("Đã tạo sổ chấm điểm.")).toBeNull(), SLOW);
    expect(screen.queryByText(/đã sẵn sàng/)).toBeNull();
    expect(screen.getByText("Đã mở tệp khoi-khac.xlsx")).toBeTruthy();
    expect(screen.getByText(/Bước tiếp theo: kiểm tra sổ ở mục Kiểm tra/)).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Đến mục Kiểm tra" }));
    const tab = screen.getByRole("tab", { name: "Kiểm tra" });
    expect(tab.getAttribute("aria-selected")).toBe("true");
    await waitFor(() => expect(document.activeElement).toBe(tab), SLOW);
    await waitFor(() => expect(screen.getByText(/sẵn sàng nộp/i)).toBeTruthy(), SLOW);
  });

  it("says nothing about another file when the view made the file itself", async () => {
    renderPane(xlsxFactory());
    fireEvent.click(screen.getByRole("button", { name: "Dùng mẫu có sẵn" }));
    await waitFor(() => expect(screen.getByRole("button", GENERATE)).toHaveProperty("disabled", false), SLOW);
    fireEvent.click(screen.getByRole("button", GENERATE));
    await waitFor(() => expect(screen.getByText("Đã tạo sổ chấm điểm.")).toBeTruthy(), SLOW);
    expect(screen.queryByText(/^Đã mở tệp/)).toBeNull();
  });
});

describe("a tie vote", () => {
  async function openTie() {
    renderPane(xlsxFactory());
    await openInPane(await fixtureBytes({ scores: tiedScores() }));
    fireEvent.click(screen.getByRole("tab", { name: "Xếp hạng" }));
    await waitFor(() => expect(screen.getByRole("group", { name: "Đồng hạng 2 với 92,50 điểm" })).toBeTruthy(), SLOW);
    return screen.getByRole("group", { name: "Đồng hạng 2 với 92,50 điểm" });
  }
  const order = (panel: HTMLElement) => within(within(panel).getByRole("list")).getAllByRole("listitem").map((li) => li.textContent?.replace(/LênXuống$/, ""));

  it("keeps the focus on the moved unit's button after Lên/Xuống, and on its other button at the end of the list", async () => {
    const tie = await openTie();
    // the pane names its own panel, never the command line's --vote
    expect(within(screen.getByRole("list", { name: "Giải thích" })).getByText(/mục Xếp hạng \(phần Bằng điểm cần biểu quyết\)/)).toBeTruthy();
    expect(document.body.textContent).not.toContain("--vote");

    const down = within(tie).getByRole("button", { name: "Đưa UBND huyện Quảng Điền xuống dưới" });
    down.focus();
    fireEvent.click(down);
    expect(order(tie)).toEqual(["UBND huyện Phú Lộc", "UBND huyện Quảng Điền"]);
    // Quảng Điền is last now: its Xuống is off, so the focus is on its Lên
    expect(document.activeElement).toBe(within(tie).getByRole("button", { name: "Đưa UBND huyện Quảng Điền lên trên" }));
    fireEvent.click(document.activeElement as HTMLElement);
    expect(order(tie)).toEqual(["UBND huyện Quảng Điền", "UBND huyện Phú Lộc"]);
    expect(document.activeElement).toBe(within(tie).getByRole("button", { name: "Đưa UBND huyện Quảng Điền xuống dưới" }));
    expect(document.activeElement).not.toBe(document.body);
  });

  it("confirms a recorded vote with the focus on it, explains it in Giải thích, and lets the meeting change it", async () => {
    const tie = await openTie();
    fireEvent.click(within(tie).getByRole("button", { name: "Đưa UBND huyện Phú Lộc lên trên" }));
    fireEvent.click(within(tie).getByRole("button", { name: "Ghi kết quả biểu quyết" }));
    await waitFor(() => expect(screen.getByText("Đã ghi kết quả biểu quyết")).toBeTruthy(), SLOW);
    expect(screen.getByText(/Thứ tự theo biểu quyết: 1\. UBND huyện Phú Lộc; 2\. UBND huyện Quảng Điền\./)).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole("group", { name: /Đồng hạng/ })).toBeNull(), SLOW);
    // the panel that had the focus is gone: the confirmation has it
    await waitFor(() => expect(document.activeElement?.textContent).toMatch(/^Đã ghi kết quả biểu quyết/), SLOW);

    const notes = screen.getByRole("list", { name: "Giải thích" });
    await waitFor(() => expect(within(notes).getByText(/UBND huyện Phú Lộc, UBND huyện Quảng Điền bằng điểm \(92,50\) sau mọi tiêu chí phân định; thứ tự này theo kết quả biểu quyết của Khối\./)).toBeTruthy(), SLOW);

    // the meeting changes its mind: the panel opens again from the recorded order, with the focus in it
    const change = within(notes).getByRole("button", { name: "Đổi kết quả biểu quyết giữa UBND huyện Phú Lộc, UBND huyện Quảng Điền" });
    change.focus();
    fireEvent.click(change);
    const again = screen.getByRole("group", { name: "Đổi thứ tự biểu quyết (92,50 điểm)" });
    expect(order(again)).toEqual(["UBND huyện Phú Lộc", "UBND huyện Quảng Điền"]);
    await waitFor(() => expect(document.activeElement).toBe(again), SLOW);
    // "Giữ nguyên" closes it and gives the focus back
    fireEvent.click(within(again).getByRole("button", { name: "Giữ nguyên" }));
    expect(screen.queryByRole("group", { name: /Đổi thứ tự/ })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(change), SLOW);

    fireEvent.click(change);
    const third = screen.getByRole("group", { name: "Đổi thứ tự biểu quyết (92,50 điểm)" });
    fireEvent.click(within(third).getByRole("button", { name: "Đưa UBND huyện Quảng Điền lên trên" }));
    fireEvent.click(within(third).getByRole("button", { name: "Ghi kết quả biểu quyết" }));
    await waitFor(() => expect(screen.getByText(/Thứ tự theo biểu quyết: 1\. UBND huyện Quảng Điền; 2\. UBND huyện Phú Lộc\./)).toBeTruthy(), SLOW);
    await waitFor(() => expect(within(screen.getByRole("table")).getAllByRole("row")[2].textContent).toContain("UBND huyện Quảng Điền"), SLOW);
  });
});
