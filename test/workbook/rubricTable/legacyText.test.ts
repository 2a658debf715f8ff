import { fromLegacy, legacyEncodingOf, sheetEncoding } from "../../../src/workbook/rubricTable/legacyText";

describe("fromLegacy", () => {
  it.each([
    ["Tiªu chÝ", "Tiêu chí"],
    ["§iÓm chuÈn", "Điểm chuẩn"],
    ["B¶o vÖ an ninh trËt tù", "Bảo vệ an ninh trật tự"],
    ["C«ng t¸c thi ®ua, khen th\u00adëng", "Công tác thi đua, khen thưởng"],
    ["KiÓm tra, gi¸m s¸t", "Kiểm tra, giám sát"],
    ["Phßng chèng téi ph¹m", "Phòng chống tội phạm"],
  ])("reads TCVN3 %s as %s", (typed, unicode) => {
    expect(fromLegacy(typed)).toEqual({ text: unicode, encoding: "tcvn3" });
  });

  it.each([
    ["Tieâu chí", "Tiêu chí"],
    ["Ñieåm chuaån", "Điểm chuẩn"],
    ["Coâng taùc thi ñua, khen thöôûng", "Công tác thi đua, khen thưởng"],
    ["ÑIEÅM CHUAÅN", "ĐIỂM CHUẨN"],
    ["Quaûn lyù cö truù", "Quản lý cư trú"],
  ])("reads VNI %s as %s", (typed, unicode) => {
    expect(fromLegacy(typed)).toEqual({ text: unicode, encoding: "vni" });
  });

  it.each(["Tiêu chí", "toàn dân", "Cá nhân", "Hòa Vang", "Phố cổ Hội An", "2,5", "TT", ""])("leaves Unicode %p as it is", (text) => {
    expect(fromLegacy(text)).toEqual({ text, encoding: null });
  });
});

describe("sheetEncoding", () => {
  it("decides on the whole sheet: a cell valid as Latin-1 alone follows its TCVN3 neighbours", () => {
    expect(legacyEncodingOf("Néi dung")).toBeNull();
    expect(sheetEncoding(["Néi dung", "Tiªu chÝ", "TT"])).toBe("tcvn3");
    expect(fromLegacy("Néi dung", "tcvn3").text).toBe("Nội dung");
    expect(sheetEncoding(["Tæng céng", "Tiªu chÝ"])).toBe("tcvn3");
    expect(fromLegacy("Tæng céng", "tcvn3").text).toBe("Tổng cộng");
  });

  it("is null for a sheet in Unicode", () => {
    expect(sheetEncoding(["Nội dung", "Điểm chuẩn", "Hệ số"])).toBeNull();
  });
});
