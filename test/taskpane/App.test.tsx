/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from "@testing-library/react";
import { createXlsx } from "../../src/hosts/xlsx/xlsxHost";
import { t } from "../../src/i18n/uiText";
import { en } from "../../src/i18n/ui.en";
import { App } from "../../src/taskpane/App";
import { JOBS } from "../../src/taskpane/jobs";
import { fakeExcel, xlsxFactory } from "./paneHarness";

const VI_TABS = JOBS.map((j) => t("vi", j.label));
// read from the English table itself: it is a chunk paneHarness fetches only before the tests run
const EN_TABS = JOBS.map((j) => en[j.label]);

/** The tabs' accessible names, in order (their text holds a hidden copy Fluent keeps to reserve the bold width). */
function tabNames(): string[] {
  const tabs = screen.getAllByRole("tab");
  const names = [...VI_TABS, ...EN_TABS];
  return tabs.map((tab) => names.find((n) => screen.queryByRole("tab", { name: n }) === tab) ?? `?${tab.textContent}`);
}

describe("App", () => {
  it("renders the jobs as tabs in Vietnamese, the first one selected with its panel", () => {
    render(<App mode="file" />);
    expect(screen.getByRole("tablist", { name: "Công việc" })).toBeTruthy();
    expect(tabNames()).toEqual(VI_TABS);
    expect(VI_TABS.slice(0, 3)).toEqual(["Tạo mẫu", "Kiểm tra", "Xếp hạng"]);
    expect(screen.getByRole("tab", { name: "Tạo mẫu" }).getAttribute("aria-selected")).toBe("true");
    const panel = screen.getByRole("tabpanel");
    expect(panel.getAttribute("aria-labelledby")).toBe(screen.getByRole("tab", { name: "Tạo mẫu" }).id);
    expect(within(panel).getByRole("heading", { name: "Tạo mẫu chấm điểm" })).toBeTruthy();
  });

  it("shows the chosen job's panel when its tab is clicked", () => {
    render(<App mode="file" />);
    fireEvent.click(screen.getByRole("tab", { name: "Xếp hạng" }));
    expect(screen.getByRole("tab", { name: "Xếp hạng" }).getAttribute("aria-selected")).toBe("true");
    const panel = screen.getByRole("tabpanel");
    expect(within(panel).getByRole("heading", { name: "Xếp hạng" })).toBeTruthy();
    expect(panel.getAttribute("aria-labelledby")).toBe(screen.getByRole("tab", { name: "Xếp hạng" }).id);
  });

  it("switches every label to English and back, and the document's language with it", () => {
    render(<App mode="file" />);
    expect(document.documentElement.lang).toBe("vi");
    fireEvent.click(screen.getByRole("button", { name: "English" }));
    expect(tabNames()).toEqual(EN_TABS);
    expect(screen.getByRole("tablist", { name: "Tasks" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Generate the scoring workbook" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("en");
    fireEvent.click(screen.getByRole("button", { name: "Tiếng Việt" }));
    expect(tabNames()).toEqual(VI_TABS);
    expect(document.documentElement.lang).toBe("vi");
  });

  it("holds the jobs in the main landmark and names the language switch by the word it shows", () => {
    render(<App mode="file" />);
    expect(within(screen.getByRole("main")).getByRole("tablist", { name: "Công việc" })).toBeTruthy();
    expect(screen.getByRole("banner").contains(screen.getByRole("heading", { level: 1 }))).toBe(true);
    const toggle = screen.getByRole("button", { name: "English" });
    expect(toggle.getAttribute("title")).toBe("Chuyển giao diện sang tiếng Anh");
  });

  it("keeps the selected job when the language changes", () => {
    render(<App mode="file" />);
    fireEvent.click(screen.getByRole("tab", { name: "Kiểm tra" }));
    fireEvent.click(screen.getByRole("button", { name: "English" }));
    expect(screen.getByRole("tab", { name: "Validate" }).getAttribute("aria-selected")).toBe("true");
  });

  it("says which mode it runs in", () => {
    const { unmount } = render(<App mode="file" />);
    expect(screen.getByText(/Đang chạy ngoài Excel/)).toBeTruthy();
    unmount();
    render(<App mode="excel" hosts={xlsxFactory(fakeExcel(createXlsx()))} />);
    expect(screen.getByText("Đang làm việc trên sổ tính mở trong Excel.")).toBeTruthy();
  });

  it("shows a startup problem above the jobs, which stay usable", () => {
    render(<App mode="file" startupError="startup.officeFailed" />);
    expect(screen.getByText(/Không tải được thư viện Office/)).toBeTruthy();
    expect(tabNames()).toHaveLength(JOBS.length);
  });

  it("tells in words when Excel has no usable workbook API, and keeps the jobs on screen", () => {
    render(<App mode="excel" hosts={xlsxFactory()} />);
    expect(screen.getByText(/Excel này không cho khung Thi đua làm việc trên sổ tính \(no Excel in this test\)/)).toBeTruthy();
    expect(tabNames()).toHaveLength(JOBS.length);
  });
});
