/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { readContents } from "../../src/services/openWorkbook";
import { measuredFile } from "../support/fixture";
import { generateBytes } from "../support/roundTrip";
import { openInPane, renderPane, SLOW, xlsxFactory } from "./paneHarness";

const PANEL = "Chỉ tiêu giao cho các đơn vị";

async function openMeasured() {
  const factory = xlsxFactory();
  renderPane(factory);
  await openInPane(await generateBytes(measuredFile("rubric.json"), measuredFile("bloc.json")), "khoi-chi-tieu.xlsx");
  fireEvent.click(screen.getByRole("tab", { name: "Kiểm tra" }));
  const panel = await screen.findByRole("region", { name: PANEL }, SLOW);
  return { factory, panel };
}

async function targetsIn(factory: ReturnType<typeof xlsxFactory>, item: string): Promise<Record<string, unknown>> {
  const read = await readContents(factory.hosts[factory.hosts.length - 1], "khoi-chi-tieu.xlsx");
  if (!read.ok) throw new Error(JSON.stringify(read.findings));
  return Object.fromEntries(read.value.rows.filter((r) => r.stage === "target" && r.item === item).map((r) => [r.unit, r.raw]));
}

describe("the targets panel (Kiểm tra, a rubric with measured criteria)", () => {
  it("refuses an ambiguous pasted number whole, then writes a pasted column in unit order and checks again", async () => {
    const { factory, panel } = await openMeasured();
    // the units are listed in the order the column must follow
    expect(within(within(panel).getByRole("list", { name: "Thứ tự đơn vị" })).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "UBND huyện Phong Điền",
      "UBND huyện Quảng Điền",
      "UBND huyện A Lưới",
      "UBND thị xã Hương Thủy",
      "UBND huyện Phú Vang",
    ]);
    expect((within(panel).getByRole("combobox", { name: /Tiêu chí chấm theo kết quả/ }) as HTMLSelectElement).value).toBe("M1");
    const area = within(panel).getByRole("textbox", { name: /Dán cột chỉ tiêu \(5 dòng/ });
    const write = within(panel).getByRole("button", { name: "Ghi chỉ tiêu vào sổ" });

    fireEvent.change(area, { target: { value: "100\n1.200\n7\n\n50\n" } });
    fireEvent.click(write);
    await within(panel).findByText("Chưa ghi chỉ tiêu nào, vì:", undefined, SLOW);
    expect(panel.textContent).toContain("1.200");
    expect(await targetsIn(factory, "M1")).toEqual({});

    fireEvent.change(area, { target: { value: "100\n200,5\n7\n\n50\n" } });
    fireEvent.click(write);
    await within(panel).findByText(/Đã ghi 4 chỉ tiêu vào sổ/, undefined, SLOW);
    expect(await targetsIn(factory, "M1")).toEqual({ H1: 100, H2: 200.5, H3: 7, H5: 50 });
  });

  it("writes the targets of the criterion chosen, and says how many lines the column must have", async () => {
    const { factory, panel } = await openMeasured();
    fireEvent.change(within(panel).getByRole("combobox", { name: /Tiêu chí chấm theo kết quả/ }), { target: { value: "M2" } });
    const area = within(panel).getByRole("textbox", { name: /Dán cột chỉ tiêu/ });
    fireEvent.change(area, { target: { value: "95\n95\n95" } });
    fireEvent.click(within(panel).getByRole("button", { name: "Ghi chỉ tiêu vào sổ" }));
    await within(panel).findByText("Chưa ghi chỉ tiêu nào, vì:", undefined, SLOW);
    expect(panel.textContent).toMatch(/3.*5/);
    fireEvent.change(area, { target: { value: "95\n95\n95\n90\n90" } });
    fireEvent.click(within(panel).getByRole("button", { name: "Ghi chỉ tiêu vào sổ" }));
    await within(panel).findByText(/Đã ghi 5 chỉ tiêu vào sổ/, undefined, SLOW);
    await waitFor(async () => expect(await targetsIn(factory, "M2")).toEqual({ H1: 95, H2: 95, H3: 95, H4: 90, H5: 90 }));
    expect(await targetsIn(factory, "M1")).toEqual({});
  });
});
