import { isValidSheetName, uniqueSheetNames } from "../../src/workbook/sheetNames";

describe("uniqueSheetNames", () => {
  it("replaces the characters Excel forbids and keeps names within 31 characters", () => {
    const names = uniqueSheetNames(["Phòng Tài chính/Kế hoạch [TC:KH]", "Ủy ban nhân dân huyện Phong Điền tỉnh Thừa Thiên Huế", "'Quoted'", "History", "   "]);
    for (const n of names) expect(isValidSheetName(n)).toBe(true);
    expect(names[0]).toBe("Phòng Tài chính-Kế hoạch -TC-KH"); // 32 characters cut to 31
    expect(names[1].length).toBeLessThanOrEqual(31);
    expect(names[2]).toBe("\u2019Quoted\u2019");
  });

  it("makes names unique case-insensitively, also against names already taken", () => {
    const names = uniqueSheetNames(["Tổng hợp", "UBND A", "ubnd a", "x".repeat(40), "x".repeat(35)], ["Tổng hợp"]);
    expect(new Set(names.map((n) => n.toLocaleLowerCase("vi"))).size).toBe(5);
    expect(names[0]).toBe("Tổng hợp (2)");
    expect(names[2]).toBe("ubnd a (2)");
    expect(names[4]).toBe(`${"x".repeat(27)} (2)`);
    for (const n of names) expect(n.length).toBeLessThanOrEqual(31);
  });
});
