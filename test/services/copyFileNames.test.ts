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

describe("safeFileName: nothing that fools a reader or Windows", () => {
  it("drops bidi overrides and other invisible characters (U+202E makes exe.xlsx look like xlsx.exe)", () => {
    expect(safeFileName("Huế\u202exslx.exe")).toBe("Huếxslx.exe");
    expect(safeFileName("\u2066A\u200bB\u2069")).toBe("AB");
  });

  it.each([
    ["COM1", "COM1_"],
    ["COM1.txt", "COM1_.txt"],
    ["con .bak", "con_.bak"],
    ["LPT9", "LPT9_"],
    ["COM\u00b9", "COM\u00b9_"],
    ["Nul.xlsx.tmp", "Nul_.xlsx.tmp"],
    ["Console", "Console"],
    ["COM10", "COM10"],
  ])("Windows device name %s → %s", (name, safe) => {
    expect(safeFileName(name)).toBe(safe);
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

  it("never gives two units one name: 'Huế', 'Huế' and 'Huế (U1)' (case and NFC/NFD too)", () => {
    const units = [
      { id: "U1", name: "Huế" },
      { id: "U2", name: "Hue\u0302\u0301" },
      { id: "U3", name: "Huế (U1)" },
      { id: "U4", name: "HUẾ (u1)" },
    ];
    const names = copyFileNames(units);
    expect(new Set(names.map((n) => n.normalize("NFC").toLocaleLowerCase("vi"))).size).toBe(4);
    expect(copyFileNames(units.slice(0, 3))).toEqual(["Huế (U1) (2).xlsx", "Huế (U2).xlsx", "Huế (U1).xlsx"]);
  });
});
