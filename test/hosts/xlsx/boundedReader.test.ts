import { nodeZipCodec } from "../../../src/cli/zipCodec";
import { FILE_LIMITS, isFileProblem } from "../../../src/hosts/fileProblem";
import { parseSheetXml } from "../../../src/hosts/xlsx/sheetXml";
import { wellFormedXml } from "../../../src/hosts/xlsx/wellFormed";
import { createXlsx, openXlsx } from "../../../src/hosts/xlsx/xlsxHost";
import { unzip, zip } from "../../../src/hosts/xlsx/zip";
import { portableCodec } from "../../../src/hosts/xlsx/portableCodec";
import { badCrc, zipBomb } from "../../support/craftedFiles";

const enc = new TextEncoder();

/** What `run` threw, as the finding the CLI prints (code and params), or "no error". */
function problemOf(run: () => unknown): unknown {
  try {
    run();
  } catch (e) {
    if (isFileProblem(e)) return { code: e.finding.code, ...e.finding.params };
    return `not a FileProblemError: ${String(e)}`;
  }
  return "no error";
}

describe("unzip: bounded and checked", () => {
  const entries = new Map([
    ["a.xml", enc.encode("<a>" + "x".repeat(5000) + "</a>")],
    ["b.xml", enc.encode("<b/>")],
  ]);

  it.each([
    ["portable", portableCodec],
    ["node", nodeZipCodec],
  ])("round-trips with the %s codec", (_, codec) => {
    expect(unzip(zip(entries, codec), codec)).toEqual(entries);
  });

  it("refuses a wrong CRC-32, naming the part", () => {
    expect(problemOf(() => unzip(badCrc(zip(entries, portableCodec), "b.xml"), portableCodec))).toMatchObject({ code: "ERR_FILE_DAMAGED", reason: "crc", part: "b.xml" });
  });

  it("refuses more entries than the limit before inflating any", () => {
    expect(problemOf(() => unzip(zip(entries, portableCodec), portableCodec, { entries: 1, inflatedBytes: 1e9 }))).toMatchObject({ code: "ERR_FILE_LIMIT", limit: "entries", value: 2, max: 1 });
  });

  it.each([
    ["portable", portableCodec],
    ["node", nodeZipCodec],
  ])("a 1 GB zip bomb: declared honestly it is refused from the directory (%s)", (_, codec) => {
    expect(problemOf(() => unzip(zipBomb(1024, "true"), codec))).toMatchObject({ code: "ERR_FILE_LIMIT", limit: "inflated", max: FILE_LIMITS.inflatedBytes });
  });

  it.each([
    ["portable", portableCodec],
    ["node", nodeZipCodec],
  ])("a 1 GB zip bomb lying about its size never inflates past the lie (%s)", (_, codec) => {
    expect(problemOf(() => unzip(zipBomb(1024, "lie"), codec))).toMatchObject({ code: "ERR_FILE_DAMAGED", reason: "crc" });
  });

  it("a truncated file is damaged, not a crash", () => {
    const bytes = zip(entries, portableCodec);
    expect(problemOf(() => unzip(bytes.subarray(0, bytes.length - 30), portableCodec))).toMatchObject({ code: "ERR_FILE_DAMAGED", reason: "zip" });
  });
});

describe("wellFormedXml: one linear pass", () => {
  it("passes sound XML unchanged", () => {
    const xml = `<?xml version="1.0"?><w:a x='1>2' y="3"><b/><c r="A1"><v>1</v></c></w:a>`;
    expect(wellFormedXml(xml, "p")).toBe(xml);
  });

  it.each([
    ["an unclosed tag", "<a><b></a>"],
    ["a mismatched end tag", "<a><b></c></a>"],
    ["a tag cut short", '<a><b x="1"'],
    ["a quote never closed", '<a x="1></a>'],
    ["two roots", "<a/><b/>"],
    ["no root", "just text"],
    ["a DOCTYPE", '<!DOCTYPE a [<!ENTITY x "y">]><a/>'],
    ["a '<' inside a quoted value", '<a x="1<2"/>'],
    ["a '<' inside a single-quoted value", "<a x='1<2'/>"],
    ["a tag without a name", "<a>< b/></a>"],
    ["a '<' in the middle of a start tag", "<a><b x <c/></b></a>"],
    ["64 KB of unclosed rows", "<worksheet><sheetData>" + "<row><c>".repeat(8000) + "</sheetData></worksheet>"],
  ])("refuses %s with ERR_FILE_DAMAGED naming the part", (_, xml) => {
    expect(problemOf(() => wellFormedXml(xml, "xl/worksheets/sheet1.xml"))).toEqual({ code: "ERR_FILE_DAMAGED", reason: "xml", part: "xl/worksheets/sheet1.xml" });
  });

  it("reads names beyond ASCII and with prefixes, dots and dashes, and quoted values holding '>' of either quote", () => {
    const xml = `<ns:Bảng-1.x a="b>c" d='e>"f'><đ_2/></ns:Bảng-1.x>`;
    expect(wellFormedXml(xml, "p")).toBe(xml);
  });

  it("drops comments and turns CDATA into text, so no scan sees tags inside them", () => {
    expect(wellFormedXml("<a><!-- <c><c> --><t><![CDATA[x<y & z]]></t></a>", "p")).toBe("<a><t>x&lt;y &amp; z</t></a>");
  });
});

describe("parseSheetXml: a sheet costs its cells, not its dimension", () => {
  const body = '<row r="1"><c r="A1"><v>1</v></c><c r="B1" t="inlineStr"><is><t>x</t></is></c></row>';
  const sheet = (rows: string) => `<worksheet><dimension ref="A1:XFD1048576"/><sheetData>${rows}</sheetData></worksheet>`;

  it("an empty cell at XFD1048576 (and a far dimension) gives the block of the same sheet without it", () => {
    const plain = parseSheetXml(sheet(body), []);
    const far = parseSheetXml(sheet(body + '<row r="1048576"><c r="XFD1048576" s="3"/></row>'), []);
    expect(far).toEqual(plain);
    expect(plain.values).toEqual([[1, "x"]]);
  });

  it("plain formulas and shared ones (master and follower) read alike", () => {
    const rows = '<row r="1"><c r="A1"><f>SUM(B1:C1)&amp;&quot;x&quot;</f></c><c r="B1"><f t="shared" ref="B1:B2" si="0">C1*2</f><v>4</v></c></row>' +
      '<row r="2"><c r="B2"><f t="shared" si="0"/><v>6</v></c></row>';
    const parsed = parseSheetXml(sheet(rows), []);
    expect(parsed.formulas).toEqual([['=SUM(B1:C1)&"x"', "=C1*2"], [null, "=C2*2"]]);
    expect(parsed.values).toEqual([[null, 4], [null, 6]]);
  });

  it("a value far away is ERR_FILE_LIMIT naming the sheet and the cell", () => {
    expect(problemOf(() => parseSheetXml(sheet(body + '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'), [], "Huế"))).toMatchObject({ code: "ERR_FILE_LIMIT", limit: "area", where: "Huế", cell: "XFD1048576" });
  });

  it("cells beyond the budget are ERR_FILE_LIMIT", () => {
    expect(problemOf(() => parseSheetXml(sheet(body), [], "s", { cells: 1 }))).toMatchObject({ code: "ERR_FILE_LIMIT", limit: "cells" });
  });
});

describe("xlsx host: a cell over Excel's 32,767 characters is never written", () => {
  it("refuses the write; the saved workbook is the one before", async () => {
    const made = createXlsx();
    await made.writeValues([]);
    const host = await openXlsx(await made.save());
    const before = await host.save();
    const long = "ghi chú ".repeat(5000);
    await expect(host.writeValues([{ sheet: "Sheet1", row: 4, col: 2, value: long }])).rejects.toMatchObject({ finding: { code: "ERR_CELL_TOO_LONG", params: { sheet: "Sheet1", cell: "C5", length: long.length, max: 32767 } } });
    expect(await host.save()).toEqual(before);
  });
});
