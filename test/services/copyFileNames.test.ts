import { asciiFileName, copyFileNames, safeFileName } from "../../src/services/copyFileNames";

describe("safeFileName", () => {
  it("keeps Vietnamese letters and replaces what Windows forbids", () => {
    expect(safeFileName("UBND thị xã Hương Thủy")).toBe("UBND thị xã Hương Thủy");
    expect(safeFileName('Sở Tài chính / Kho bạc: "A*B?" <C>|D\\E')).toBe("Sở Tài chính - Kho bạc- -A-B-- -C--D-E");
  });

  it("stores composed letters (NFC), drops trailing dots and spaces, avoids device names and empty names", () => {
    expect(safeFileName("Thu\u0309y")).toBe("Thủy");
    expect(safeFileName("  Phòng A.  ")).toBe("Phòng A");
    expect(safeFileName("CON")).toBe("CON_");
    expect(safeFileName("...")).toBe("_");
  });

  it("stays within 200 bytes of UTF-8 without cutting a letter", () => {
    const long = "Ủy ban nhân dân ".repeat(30);
    const name = safeFileName(long);
    expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(200);
    expect(long.startsWith(name)).toBe(true);
  });
});

describe("asciiFileName", () => {
  it("strips diacritics and maps đ to d", () => {
    expect(asciiFileName("UBND huyện Quảng Điền")).toBe("UBND huyen Quang Dien");
  });
});

describe("copyFileNames", () => {
  it("names each copy after its unit, adding the id only when two names would clash", () => {
    const units = [
      { id: "U1", name: "Phòng A/B" },
      { id: "U2", name: "Phòng A:B" },
      { id: "U3", name: "Phòng C" },
    ];
    expect(copyFileNames(units)).toEqual(["Phòng A-B (U1).xlsx", "Phòng A-B (U2).xlsx", "Phòng C.xlsx"]);
  });
});
