import fc from "fast-check";
import { isFileProblem } from "../../../src/hosts/fileProblem";
import { SheetMemo, readSheetBytes, readSheetXml } from "../../../src/hosts/xlsx/sheetXml";
import { numberAt, sameBytes } from "../../../src/hosts/xlsx/xmlBytes";
import { prng } from "../../../bench/makeBloc";

const enc = new TextEncoder();
const sheet = (rows: string) => `<?xml version="1.0"?><worksheet><sheetData>${rows}</sheetData></worksheet>`;

describe("numberAt: a cell's number read from bytes as Number() reads its text", () => {
  const texts = ["0", "7", "-0", "3.75", "-0.25", ".5", "5.", "0.1", "0.3", "123456789012345", "1234567890123456789", "99.999999999999", "1e3", "1E-2", " 12 ", "0x10", "+4", "", " ", "-", ".", "abc", "1.2.3", "Infinity", "1e999"];
  it.each(texts)("%j", (text) => {
    const b = enc.encode(`<v>${text}</v>`);
    const n = Number(text);
    expect(numberAt(b, 3, 3 + b.length - 7)).toBe(text.trim() === "" || !Number.isFinite(n) ? null : n);
  });

  it("agrees with Number() on 2000 decimals of up to 15 digits", () => {
    const rnd = prng(12);
    for (let k = 0; k < 2000; k++) {
      const digits = String(Math.floor(rnd() * 1e15));
      const dot = Math.floor(rnd() * (digits.length + 1));
      const text = `${rnd() < 0.3 ? "-" : ""}${digits.slice(0, dot)}.${digits.slice(dot)}`;
      const b = enc.encode(text);
      expect(numberAt(b, 0, b.length)).toBe(Number(text));
    }
  });
});

describe("readSheetBytes: the part's bytes read in one pass", () => {
  const rows =
    '<row r="1"><c r="A1"><v>2.5</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="str"><f>\'Đơn vị 1\'!A1&amp;"_x0041_"</f><v>Đ &amp; A</v></c></row>' +
    '<row r="3"><c r="B3"><f>SUM(A1:A2)</f></c><c r="C3" t="b"><v>1</v></c><c r="D3" t="e"><v>#N/A</v></c></row>';

  it("reads numbers, shared strings, text beyond ASCII with entities and escapes, booleans and errors", () => {
    const read = readSheetBytes(enc.encode(sheet(rows)), ["a", "b"]);
    expect(read.rewritten).toBeUndefined();
    expect(read.sheet.values).toEqual([
      [2.5, "b", "Đ & A", null],
      [null, null, null, null],
      [null, null, true, { error: "#N/A" }],
    ]);
    expect(read.sheet.formulas).toEqual([
      [null, null, `='Đơn vị 1'!A1&"A"`, null],
      [null, null, null, null],
      [null, "=SUM(A1:A2)", null, null],
    ]);
  });

  it("without formulas: the same values (a formula cell with no cached value still counts), no formula decoded", () => {
    const full = readSheetBytes(enc.encode(sheet(rows)), ["a", "b"]);
    const valuesOnly = readSheetBytes(enc.encode(sheet(rows)), ["a", "b"], "", undefined, "", { formulas: false });
    expect(valuesOnly.sheet.values).toEqual(full.sheet.values);
    expect(valuesOnly.sheet.formulas).toEqual([]);
  });

  it("reads r and t in either quote and with spaces around '=', and not from inside another attribute's value", () => {
    const odd = `<row r='2'><c x="r=&quot;Z9&quot; t=&quot;s&quot;" r = 'B2' t='s'><v>0</v></c></row>`;
    expect(readSheetBytes(enc.encode(sheet(odd)), ["a"]).sheet.values).toEqual([[null, null], [null, "a"]]);
  });

  it("a part with a comment is rewritten and read; the text given back is the rewritten one", () => {
    const xml = sheet('<!-- <row r="9"><c r="A9"><v>9</v></c></row> --><row r="1"><c r="A1"><v>1</v></c></row>');
    const read = readSheetXml(xml, []);
    expect(read.sheet.values).toEqual([[1]]);
    expect(read.xml).not.toContain("<!--");
  });

  it.each([
    ["an unclosed cell", '<row r="1"><c r="A1"><v>1</v></row>'],
    ["a mismatched end tag", '<row r="1"><c r="A1"><v>1</v></x></row>'],
    ["a quote never closed", '<row r="1><c r="A1"/></row>'],
  ])("refuses %s as damaged", (_, rows) => {
    let problem: unknown = "no error";
    try {
      readSheetBytes(enc.encode(sheet(rows)), [], "s", undefined, "xl/worksheets/sheet1.xml");
    } catch (e) {
      problem = isFileProblem(e) ? { code: e.finding.code, ...e.finding.params } : String(e);
    }
    expect(problem).toEqual({ code: "ERR_FILE_DAMAGED", reason: "xml", part: "xl/worksheets/sheet1.xml" });
  });
});

describe("SheetMemo: formulas at the same cell of sheets read together are decoded once", () => {
  const one = (f: string) => enc.encode(sheet(`<row r="2"><c r="B2"><f>${f}</f><v>1</v></c><c r="C2"><f>C1&amp;"x"</f></c></row>`));

  it("reuses the text only where the bytes are the same, and reads each sheet's own otherwise", () => {
    const memo = new SheetMemo();
    const texts = ["SUM(A1:A2)", "SUM(A1:A2)", "SUM(A1:A3)", "MAX(A1:A2)", "SUM(A1:A2)", "SUM(A1:A)", 'A1&amp;"_x0041_"'].map(
      (f) => readSheetBytes(one(f), [], "", undefined, "", {}, memo).sheet.formulas[1],
    );
    expect(texts.map((r) => r[1])).toEqual(["=SUM(A1:A2)", "=SUM(A1:A2)", "=SUM(A1:A3)", "=MAX(A1:A2)", "=SUM(A1:A2)", "=SUM(A1:A)", '=A1&"A"']);
    expect(texts.every((r) => r[2] === '=C1&"x"')).toBe(true);
    // the same text, not a copy: what callers key maps by is one string
    expect(texts[0][1]).toBe(texts[1][1]);
  });

  it("a cell elsewhere never takes another cell's text", () => {
    const memo = new SheetMemo();
    const a = readSheetBytes(enc.encode(sheet('<row r="1"><c r="A1"><f>1+1</f></c></row>')), [], "", undefined, "", {}, memo).sheet;
    const b = readSheetBytes(enc.encode(sheet('<row r="1"><c r="B1"><f>1+2</f></c></row>')), [], "", undefined, "", {}, memo).sheet;
    expect(a.formulas[0][0]).toBe("=1+1");
    expect(b.formulas[0][1]).toBe("=1+2");
  });
});

describe("plain cells read in one go agree with the general path", () => {
  // the general path reads a cell whose elements carry a namespace prefix (`<x:c>`); the one-go path never takes those
  const prefixed = (xml: string) => xml.replace(/<(\/?)(worksheet|sheetData|row|c|v|f|is|t)\b/g, "<$1x:$2").replace("<x:worksheet", '<x:worksheet xmlns:x="urn:x"');
  const cellArb = fc.record({
    ref: fc.oneof(fc.constant(null), fc.tuple(fc.integer({ min: 0, max: 30 }), fc.constantFrom("", "$")).map(([c, d]) => `${d}${String.fromCharCode(65 + (c % 26))}`)),
    type: fc.constantFrom(null, "s", "str", "b", "e", "n", "inlineStr", "d", "weird"),
    style: fc.constantFrom(null, "3", "15"),
    quote: fc.constantFrom('"', "'"),
    space: fc.constantFrom(" ", "  ", "\n", " \t"),
    selfClosing: fc.boolean(),
    formula: fc.constantFrom(null, "", "SUM(A1:A2)", "IF(B1=&quot;&quot;,1,2)", "A1&amp;_x0041_", "<f/>", '<f t="shared" ref="A1:A3" si="0">B1+1</f>', '<f t="shared" si="0"/>', "<f >A1</f >"),
    value: fc.constantFrom(null, "", "1", "2.5", "-0.25", "7", "abc", "x &amp; y", "#N/A", "1e3", " 4 "),
    inline: fc.constantFrom(null, "<is><t>Huế</t></is>", "<is><t>a &lt; b</t></is>"),
  });
  type CellShape = typeof cellArb extends fc.Arbitrary<infer T> ? T : never;
  const cellXml = (c: CellShape, row: number) => {
    const q = c.quote;
    const attrs = [c.ref !== null ? ` r=${q}${c.ref}${row}${q}` : "", c.style !== null ? `${c.space}s=${q}${c.style}${q}` : "", c.type !== null ? ` t=${q}${c.type}${q}` : ""].join("");
    if (c.selfClosing) return `<c${attrs}${c.space}/>`;
    const f = c.formula === null ? "" : c.formula.startsWith("<") ? c.formula : `<f>${c.formula}</f>`;
    const v = c.value === null ? "" : `<v>${c.value}</v>`;
    return `<c${attrs}>${f}${c.inline ?? ""}${v}</c>`;
  };
  const sheetArb = fc.array(fc.array(cellArb, { maxLength: 6 }), { minLength: 1, maxLength: 5 }).map((rows) =>
    sheet(rows.map((cells, r) => `<row r="${r + 1}">${cells.map((c) => cellXml(c, r + 1)).join("")}</row>`).join("")),
  );

  it("values and formulas the same, with and without formulas", () => {
    fc.assert(
      fc.property(sheetArb, (xml) => {
        for (const formulas of [true, false]) {
          const plain = readSheetBytes(enc.encode(xml), ["s0", "s1", "s2"], "", undefined, "", { formulas }).sheet;
          const general = readSheetBytes(enc.encode(prefixed(xml)), ["s0", "s1", "s2"], "", undefined, "", { formulas }).sheet;
          expect(plain).toEqual(general);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("a cell that only looks plain is still refused when it is not well formed", () => {
    for (const cell of ['<c r="A1"><v>1</c>', '<c r="A1"><v>1</v>', '<c r="A1"><f>1</v></c>', '<c r="A1" s="1><v>1</v></c>', '<c r="A1"><v>1</v></cc>']) {
      const xml = sheet(`<row r="1">${cell}</row>`);
      expect(() => readSheetBytes(enc.encode(xml), [])).toThrow();
    }
  });
});

describe("SheetMemo: a tail after </sheetData> the same as one read before is compared, not read", () => {
  // what comes after the cells in the sheets of one workbook: validations, formats, protection, or odd things
  const tails = [
    "",
    '<sheetProtection sheet="1" objects="1"/>',
    '<sheetProtection sheet="0"/>',
    '<dataValidations count="1"><dataValidation type="decimal" prompt="Điểm &lt; 10" sqref="E6:G20"><formula1>0</formula1></dataValidation></dataValidations>',
    '<conditionalFormatting sqref="E6:G20"><cfRule type="expression" dxfId="0" priority="1"><formula>E6&gt;$C6</formula></cfRule></conditionalFormatting>',
    '<sheetData><row r="9"><c r="A9"><v>9</v></c></row></sheetData>',
    "<!-- a comment -->",
    "<?pi x?>",
    "<broken>",
    "</sheetData>",
  ];
  const head = ['<sheetProtection sheet="1"/>', "", '<sheetPr filterMode="0"/>'];
  const partArb = fc.record({
    root: fc.constantFrom("worksheet", "x:worksheet", "worksheetx"),
    head: fc.constantFrom(...head),
    cell: fc.constantFrom("", '<row r="1"><c r="A1"><v>1</v></c></row>', '<row r="2"><c r="B2"><f>A1+1</f><v>2</v></c></row>'),
    tail: fc.array(fc.constantFrom(...tails), { maxLength: 3 }).map((t) => t.join("")),
  });
  const xmlOf = (p: { root: string; head: string; cell: string; tail: string }) =>
    `<?xml version="1.0"?><${p.root}${p.root.startsWith("x:") ? ' xmlns:x="urn:x"' : ""}>${p.head}<sheetData>${p.cell}</sheetData>${p.tail}</${p.root}>`;
  const read = (xml: string, memo?: SheetMemo) => {
    try {
      return readSheetBytes(enc.encode(xml), [], "", undefined, "p", {}, memo);
    } catch (e) {
      return isFileProblem(e) ? e.finding.code : String(e);
    }
  };

  it("sheets read one after another with one memo read as each read alone", () => {
    fc.assert(
      fc.property(fc.array(partArb, { minLength: 2, maxLength: 8 }), (parts) => {
        const memo = new SheetMemo();
        for (const p of parts) expect(read(xmlOf(p), memo)).toEqual(read(xmlOf(p)));
      }),
      { numRuns: 500 },
    );
  });

  it("takes the protection from the tail when the tail set it, and keeps the head's when it did not", () => {
    const memo = new SheetMemo();
    const protectedTail = xmlOf({ root: "worksheet", head: "", cell: "", tail: tails[1] });
    const plainTail = xmlOf({ root: "worksheet", head: head[0], cell: "", tail: tails[3] });
    expect(read(protectedTail, memo)).toMatchObject({ sheet: { protected: true } });
    expect(read(xmlOf({ root: "worksheet", head: "", cell: '<row r="1"><c r="A1"><v>5</v></c></row>', tail: tails[1] }), memo)).toMatchObject({
      sheet: { protected: true, values: [[5]] },
    });
    expect(read(plainTail, memo)).toMatchObject({ sheet: { protected: true } });
    expect(read(xmlOf({ root: "worksheet", head: "", cell: "", tail: tails[3] }), memo)).toMatchObject({ sheet: { protected: false } });
  });

  it("never takes a tail holding cells as read: they are read in every sheet", () => {
    const memo = new SheetMemo();
    const xml = xmlOf({ root: "worksheet", head: "", cell: "", tail: tails[5] });
    const nine = [...Array.from({ length: 8 }, () => [null]), [9]];
    expect(read(xml, memo)).toMatchObject({ sheet: { values: nine } });
    expect(read(xml, memo)).toMatchObject({ sheet: { values: nine } });
  });
});

describe("sameBytes: short runs in a loop, long ones natively, the same answers", () => {
  it.each([10, 256, 257, 5000])("%i bytes, equal and differing at the first, middle and last byte", (n) => {
    const a = new Uint8Array(n + 7).map((_, i) => (i * 31) % 251);
    const b = new Uint8Array(n + 3);
    b.set(a.subarray(4, 4 + n), 3);
    expect(sameBytes(a, 4, b, 3, n)).toBe(true);
    for (const at of [0, n >> 1, n - 1]) {
      const c = b.slice();
      c[3 + at] ^= 1;
      expect(sameBytes(a, 4, c, 3, n)).toBe(false);
    }
  });
});
