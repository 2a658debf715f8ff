import { sniffFile } from "../../src/services/sniffFile";
import { cfbWith, zipStarting } from "../support/badFiles";

describe("sniffFile", () => {
  it("lets a zip through", () => {
    expect(sniffFile(zipStarting("[Content_Types].xml", "<Types/>"), "a.xlsx")).toBeNull();
  });

  it("returns ERR_FILE_FORMAT empty for 0 bytes", () => {
    expect(sniffFile(new Uint8Array(0), "a.xlsx")).toMatchObject({ code: "ERR_FILE_FORMAT", params: { reason: "empty", file: "a.xlsx" } });
  });

  it("returns encrypted for a compound file holding an EncryptedPackage stream", () => {
    expect(sniffFile(cfbWith("EncryptedPackage"), "a.xlsx")?.params.reason).toBe("encrypted");
  });

  it("returns xls for a compound file without one (Excel 97-2003)", () => {
    expect(sniffFile(cfbWith("Workbook"), "a.xls")?.params.reason).toBe("xls");
  });

  it("returns ods for an OpenDocument spreadsheet, although it is a zip", () => {
    expect(sniffFile(zipStarting("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), "a.ods")?.params.reason).toBe("ods");
  });

  it("names a known other format and leaves text unnamed", () => {
    expect(sniffFile(new TextEncoder().encode("%PDF-1.7\n"), "a.xlsx")?.params).toMatchObject({ reason: "other", kind: "PDF" });
    expect(sniffFile(new TextEncoder().encode("unit,item,stage,value,note\n"), "a.xlsx")?.params).toMatchObject({ reason: "other", kind: null });
  });
});
