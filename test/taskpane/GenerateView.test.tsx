/** @jest-environment jsdom */
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { excelCapabilities } from "../../src/hosts/excel/capabilities";
import { openXlsx } from "../../src/hosts/xlsx/xlsxHost";
import { readContents } from "../../src/services/openWorkbook";
import { BACKUP_INDEX } from "../../src/workbook/backupSheets";
import { allCopyTokensOf, copyTokensOf } from "../../src/workbook/copyTokens";
import { META_SHEET } from "../../src/workbook/layout";
import { splitBytes } from "../support/roundTrip";
import { FakeExcel as FakeExcelApi, type ApiLevel } from "../support/fakeExcel";
import { caseFile, fixtureFile } from "../support/fixture";
import { fakeExcel, fixtureBytes, renderPane, SLOW, xlsxFactory } from "./paneHarness";

const GENERATE = { name: "Tạo sổ chấm điểm" };

function chooseRubricFile(text: string, name: string) {
  fireEvent.change(screen.getByLabelText("Chọn tệp bộ tiêu chí (.json) trong máy"), { target: { files: [new File([text], name, { type: "application/json" })] } });
}

/** The example bloc, which comes with the engine's chunk: loaded once the click's work is done. */
async function loadExample(): Promise<void> {
  fireEvent.click(screen.getByRole("button", { name: "Dùng mẫu có sẵn" }));
  await waitFor(() => expect(screen.getByRole("textbox", { name: /Các đơn vị/ })).toBeTruthy(), SLOW);
}

function unitsBox(): HTMLTextAreaElement {
  return screen.getByRole("textbox", { name: /Các đơn vị/ }) as HTMLTextAreaElement;
}

/** Every line of every list on the pane, as read (a finding's words, then its code). */
function listLines(): string[] {
  return screen.queryAllByRole("listitem").map((li) => li.textContent ?? "");
}

describe("GenerateView", () => {
  it("loads the example bloc, previews every sheet, and generates a new file through the xlsx host", async () => {
    const factory = xlsxFactory();
    renderPane(factory);
    expect(screen.queryByRole("button", GENERATE)).toBeNull(); // nothing to generate before a rubric
    await loadExample();
    expect(unitsBox().value.split("\n")).toHaveLength(9);
    expect((screen.getByRole("textbox", { name: "Tên khối thi đua" }) as HTMLInputElement).value).toBe("Khối thi đua các huyện, thị xã và thành phố Huế");
    expect(screen.getByRole("combobox", { name: "Trưởng khối" }).textContent).toBe("UBND huyện Quảng Điền");
    expect(screen.getByRole("checkbox", { name: "Thẩm định" })).toHaveProperty("checked", true);

    const sheets = within(screen.getByRole("list", { name: "Các trang của sổ" })).getAllByRole("listitem");
    expect(sheets).toHaveLength(11);
    expect(sheets[0].textContent).toBe("Tổng hợptổng hợp");
    expect(screen.getByText(/Sổ sẽ có 11 trang: Tổng hợp, bảng tiêu chí và 9 trang đơn vị; 5 phần, 20 tiêu chí, 4 mục điểm thưởng, 5 mục điểm trừ, 3 giai đoạn chấm/)).toBeTruthy();
    expect(factory.hosts).toHaveLength(0); // a preview writes nothing

    fireEvent.click(screen.getByRole("button", GENERATE));
    await waitFor(() => expect(screen.getByText("Đã tạo sổ chấm điểm.")).toBeTruthy(), SLOW);
    expect(screen.getByText("Tệp đang mở: Khối thi đua các huyện, thị xã và thành phố Huế 2023.xlsx")).toBeTruthy();
    expect(factory.hosts).toHaveLength(1);
    const read = await readContents(factory.hosts[0], "new.xlsx");
    expect(read.ok && read.value.bloc.units.map((u) => u.id)).toEqual(["U01", "U02", "U03", "U04", "U05", "U06", "U07", "U08", "U09"]);
    expect(read.ok && read.value.bloc.head).toBe("U05");

    fireEvent.click(screen.getByRole("button", { name: "English" }));
    expect(screen.getByText(/^Using: Bảng chấm điểm thi đua năm 2023 .* \(the example\)\.$/)).toBeTruthy();
  });

  it("gives pasted names the ids U01, U02… and takes id<TAB>name lines as typed", async () => {
    const factory = xlsxFactory();
    renderPane(factory);
    chooseRubricFile(fixtureFile("rubric.json"), "rubric.json");
    await waitFor(() => expect(unitsBox()).toBeTruthy(), SLOW);
    fireEvent.change(screen.getByRole("textbox", { name: "Tên khối thi đua" }), { target: { value: "Khối thử" } });
    fireEvent.change(unitsBox(), { target: { value: "Phường An Cựu\nPhường Vỹ Dạ\n\nX9\tPhường Thuận Hóa\n" } });
    expect(screen.getByText(/Đang có 3 đơn vị/)).toBeTruthy();
    expect(screen.getByRole("textbox", { name: "Năm" })).toHaveProperty("value", "2023"); // from the rubric
    fireEvent.click(screen.getByRole("checkbox", { name: "Thẩm định" }));
    expect(screen.getByText(/3 trang đơn vị; .* 2 giai đoạn chấm/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", GENERATE));
    await waitFor(() => expect(screen.getByText("Đã tạo sổ chấm điểm.")).toBeTruthy(), SLOW);
    const read = await readContents(factory.hosts[0], "new.xlsx");
    if (!read.ok) throw new Error("unreadable");
    expect(read.value.bloc.units).toEqual([
      { id: "U01", name: "Phường An Cựu" },
      { id: "U02", name: "Phường Vỹ Dạ" },
      { id: "X9", name: "Phường Thuận Hóa" },
    ]);
    expect(read.value.rubric.stages).toEqual(["self", "bloc"]);
  });

  it("shows what is wrong with a rubric, by code and field, and offers no generate", async () => {
    renderPane(xlsxFactory());
    chooseRubricFile(caseFile("rubric-award-classification.json"), "tieu-chi.json");
    await waitFor(() => expect(screen.getByText("Chưa tạo được sổ: sửa các điểm dưới đây.")).toBeTruthy(), SLOW);
    const problems = within(screen.getByRole("list", { name: "Những điểm cần sửa" })).getAllByRole("listitem");
    // words first (the file and field, what is wrong, what to do), the code small and last
    expect(problems.map((p) => p.textContent)).toContainEqual(expect.stringMatching(/^Tệp tieu-chi\.json, trường awards\.0\.requires\.classification: hình thức khen thưởng "flag" yêu cầu xếp loại .*ERR_AWARD_CLASSIFICATION$/));
    expect(screen.getByRole("button", GENERATE)).toHaveProperty("disabled", true);
  });

  it("names a JSON syntax error in the chosen file", async () => {
    renderPane(xlsxFactory());
    chooseRubricFile('{ "title": "x", ', "hong.json");
    await waitFor(() => expect(listLines()).toContainEqual(expect.stringMatching(/^Tệp hong\.json không phải JSON hợp lệ \(.*\)\. Mở tệp bằng trình soạn thảo.*ERR_JSON_SYNTAX$/)), SLOW);
    expect(screen.getByText("Tệp đã chọn: hong.json.")).toBeTruthy();
    // the form's own gaps are asked for in words, not as schema errors on bloc.json's fields
    expect(screen.getByText("Nhập tên khối thi đua.")).toBeTruthy();
    expect(screen.getByText("Nhập ít nhất một đơn vị.")).toBeTruthy();
    expect(screen.queryByText(/ERR_SCHEMA/)).toBeNull();
  });

  it("reports units with the same name and a deputy who is also the head", async () => {
    renderPane(xlsxFactory());
    await loadExample();
    fireEvent.change(unitsBox(), { target: { value: `${unitsBox().value}\nU10\tUBND huyện Phú Lộc` } });
    expect(listLines()).toContainEqual(expect.stringMatching(/^Tệp danh sách đơn vị, trường units\.9\.name: tên "UBND huyện Phú Lộc".*ERR_DUPLICATE_NAME$/));
    fireEvent.click(screen.getByRole("combobox", { name: "Phó Trưởng khối" }));
    fireEvent.click(screen.getByRole("option", { name: "UBND huyện Quảng Điền" }));
    expect(listLines()).toContainEqual(expect.stringMatching(/Phó Trưởng khối trùng với Trưởng khối \(U05\).*ERR_BLOC_ROLE$/));
    expect(screen.getByRole("button", GENERATE)).toHaveProperty("disabled", true);
  });

  it("asks for a stage when none is ticked", async () => {
    renderPane(xlsxFactory());
    await loadExample();
    for (const name of ["Tự chấm", "Khối chấm", "Thẩm định"]) fireEvent.click(screen.getByRole("checkbox", { name }));
    expect(screen.getByText("Hãy chọn ít nhất một giai đoạn chấm.")).toBeTruthy();
    expect(screen.getByRole("button", GENERATE)).toHaveProperty("disabled", true);
  });
});

describe("GenerateView over a workbook that holds scores (Excel)", () => {
  it("in Excel takes the units from the selected cells (code and name columns), and says when the selection is empty", async () => {
    const host = await openXlsx(await fixtureBytes());
    const excel = fakeExcel(host);
    renderPane(xlsxFactory(excel), "excel");
    await loadExample();
    excel.selection = [
      ["X1", "Sở Tài chính", ""],
      ["", "", ""],
      ["X2", "Sở Nội vụ", ""],
    ];
    fireEvent.click(screen.getByRole("button", { name: "Lấy từ vùng đang chọn" }));
    await waitFor(() => expect(unitsBox().value).toBe("X1\tSở Tài chính\nX2\tSở Nội vụ"), SLOW);
    excel.selection = [[""]];
    fireEvent.click(screen.getByRole("button", { name: "Lấy từ vùng đang chọn" }));
    await waitFor(() => expect(screen.getByRole("status").textContent).toMatch(/không có ô nào/), SLOW);
    expect(unitsBox().value).toBe("X1\tSở Tài chính\nX2\tSở Nội vụ");
  });

  it("offers no selection button in file mode", async () => {
    renderPane(xlsxFactory());
    await loadExample();
    expect(screen.queryByRole("button", { name: "Lấy từ vùng đang chọn" })).toBeNull();
  });

  it("takes rubric and units from the workbook, shows what is kept and lost, writes only when confirmed, and restores", async () => {
    const host = await openXlsx(await fixtureBytes());
    renderPane(xlsxFactory(fakeExcel(host)), "excel");
    fireEvent.click(screen.getByRole("button", { name: "Lấy từ sổ tính đang mở" }));
    await waitFor(() => expect(unitsBox().value.split("\n")).toHaveLength(9), SLOW);
    expect(screen.getByText(/Đang dùng: Bảng chấm điểm thi đua năm 2023/)).toBeTruthy();
    // U09 leaves the bloc: its scores have nowhere to go
    fireEvent.change(unitsBox(), { target: { value: unitsBox().value.split("\n").slice(0, 8).join("\n") } });
    fireEvent.click(screen.getByRole("button", GENERATE));
    await waitFor(() => expect(screen.getByText("Sổ này đã có dữ liệu của khối")).toBeTruthy(), SLOW);
    const lost = within(screen.getByRole("list", { name: "Các giá trị sẽ bị bỏ" })).getAllByRole("listitem");
    expect(lost.length).toBeGreaterThan(0);
    expect(lost.every((li) => li.textContent?.startsWith("đơn vị U09"))).toBe(true);
    expect(screen.getByText(/Các trang sẽ bị xóa \(đơn vị không còn trong khối\): UBND huyện A Lưới/)).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Hủy" }));
    expect((await host.snapshot()).sheets.some((s) => s.name === "UBND huyện A Lưới")).toBe(true);

    fireEvent.click(screen.getByRole("button", GENERATE));
    await waitFor(() => expect(screen.getByRole("button", { name: "Tạo lại sổ" })).toBeTruthy(), SLOW);
    fireEvent.click(screen.getByRole("button", { name: "Tạo lại sổ" }));
    await waitFor(() => expect(screen.getByText("Đã tạo sổ chấm điểm.")).toBeTruthy(), SLOW);
    expect(screen.getByText(/Giữ lại \d+ ô đã nhập/)).toBeTruthy();
    const after = await host.snapshot();
    expect(after.sheets.some((s) => s.name === "UBND huyện A Lưới")).toBe(false);
    expect(after.sheets.some((s) => s.name === BACKUP_INDEX)).toBe(true);
    const read = await readContents(host, "x");
    expect(read.ok && read.value.bloc.units).toHaveLength(8);

    fireEvent.click(screen.getByRole("button", { name: "Khôi phục bản trước" }));
    await waitFor(() => expect(screen.getByText(/Đã khôi phục \d+ trang từ bản sao lưu/)).toBeTruthy(), SLOW);
    const restored = await readContents(host, "x");
    expect(restored.ok && restored.value.bloc.units).toHaveLength(9);
  });
});

describe("GenerateView over a split workbook", () => {
  it("says whose copies will no longer merge, and keeps the other units' tokens", async () => {
    const split = await splitBytes(await fixtureBytes());
    const before = copyTokensOf(await (await openXlsx(split.bloc)).snapshot([META_SHEET]));
    const host = await openXlsx(split.bloc);
    renderPane(xlsxFactory(fakeExcel(host)), "excel");
    fireEvent.click(screen.getByRole("button", { name: "Lấy từ sổ tính đang mở" }));
    await waitFor(() => expect(unitsBox().value.split("\n")).toHaveLength(9), SLOW);
    fireEvent.change(unitsBox(), { target: { value: unitsBox().value.split("\n").slice(0, 8).join("\n") } });
    fireEvent.click(screen.getByRole("button", GENERATE));
    await waitFor(() => expect(screen.getByText(/Bản đã tách gửi cho đơn vị U09 sẽ không nhập lại được/)).toBeTruthy(), SLOW);
    fireEvent.click(screen.getByRole("button", { name: "Tạo lại sổ" }));
    await waitFor(() => expect(screen.getByText("Đã tạo sổ chấm điểm.")).toBeTruthy(), SLOW);
    const after = allCopyTokensOf(await host.snapshot([META_SHEET]));
    expect([...after.current]).toEqual([...before].filter(([unit]) => unit !== "U09"));
    expect([...after.retired]).toEqual([["U09", before.get("U09")]]);
  });
});

describe("GenerateView tells what a workbook made in an older Excel lacks", () => {
  /** The pane over an Excel at `level`: the capabilities its host reports, as the documented fake answers isSetSupported. */
  async function paneAt(level: ApiLevel) {
    const excel = { ...fakeExcel(await openXlsx(await fixtureBytes())), capabilities: excelCapabilities(new FakeExcelApi([], { api: level }).isSetSupported) };
    renderPane(xlsxFactory(excel), "excel");
  }

  function lacking(): string[] {
    const list = screen.queryByRole("list", { name: "Những gì sổ sẽ thiếu" });
    return list ? within(list).getAllByRole("listitem").map((li) => li.textContent ?? "") : [];
  }

  it("at ExcelApi 1.1 lists everything beyond it, and what to do, in both languages", async () => {
    await paneAt("1.1");
    expect(screen.getByText("Sổ tạo trong Excel này (ExcelApi 1.1) sẽ thiếu:")).toBeTruthy();
    expect(lacking()).toHaveLength(6);
    expect(lacking()[0]).toMatch(/^khóa trang .* trang dữ liệu ẩn vẫn hiện/);
    expect(screen.getByText(/Microsoft 365.*thidua generate/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "English" }));
    expect(screen.getByText("A workbook made in this Excel (ExcelApi 1.1) will lack:")).toBeTruthy();
    expect(within(screen.getByRole("list", { name: "What the workbook will lack" })).getAllByRole("listitem")[0].textContent).toMatch(/^sheet protection/);
  });

  it("at ExcelApi 1.4 lists from conditional highlighting on", async () => {
    await paneAt("1.4");
    expect(screen.getByText("Sổ tạo trong Excel này (ExcelApi 1.4) sẽ thiếu:")).toBeTruthy();
    expect(lacking()).toEqual([
      "tô màu cảnh báo theo điều kiện",
      "cố định dòng và cột tiêu đề",
      "kiểm tra nhập liệu của Excel (phần Kiểm tra của add-in vẫn chạy đủ)",
      "thiết lập trang in và dòng tiêu đề khi in",
    ]);
  });

  it("at ExcelApi 1.8 lists only the page setup", async () => {
    await paneAt("1.8");
    expect(screen.getByText("Sổ tạo trong Excel này (ExcelApi 1.8) sẽ thiếu:")).toBeTruthy();
    expect(lacking()).toEqual(["thiết lập trang in và dòng tiêu đề khi in"]);
  });

  it("says nothing at ExcelApi 1.12, nor in file mode", async () => {
    await paneAt("1.12");
    expect(screen.getByRole("button", { name: "Dùng mẫu có sẵn" })).toBeTruthy();
    expect(screen.queryByText(/sẽ thiếu:/)).toBeNull();
    cleanup();
    renderPane(xlsxFactory());
    expect(screen.getByRole("button", { name: "Dùng mẫu có sẵn" })).toBeTruthy();
    expect(screen.queryByText(/sẽ thiếu:/)).toBeNull();
  });
});
