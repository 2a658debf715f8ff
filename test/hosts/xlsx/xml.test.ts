import { decodeXml } from "../../../src/hosts/xlsx/xml";

describe("decodeXml", () => {
  it.each([
    ["plain text", "SUM(A1:B2)", "SUM(A1:B2)"],
    ["named entities (the fast path)", 'IF(A1=1,&quot;Đủ điểm&quot;,&quot;&quot;)&amp;&lt;&gt;&apos;', 'IF(A1=1,"Đủ điểm","")&<>\''],
    ["an entity at either end", "&quot;x&quot;", '"x"'],
    ["numeric references", "&#x110;&#7911; &#38;", "Đủ &"],
    ["a stray '&' left as it is", "A & B &amp; C", "A & B & C"],
    ["an unknown entity left as it is", "&nbsp;&lt;", "&nbsp;<"],
    ["OOXML escapes", "a_x0009_b &amp;_x000D_", "a\tb &\r"],
    ["an escape spelled through an entity is decoded once more, as before", "&#95;x0041_", "A"],
    ["an entity right after a stray '&'", "&&amp;;&", "&&;&"],
    ["a '&' far from its ';' is no entity", "&" + "x".repeat(40) + ";", "&" + "x".repeat(40) + ";"],
  ])("%s", (_, input, expected) => {
    expect(decodeXml(input)).toBe(expected);
  });
});

describe("decodeXml on many '&'", () => {
  it("decodes 20 000 entities and leaves 20 000 bare '&' alike, in one pass", () => {
    expect(decodeXml("&quot;".repeat(20000))).toBe('"'.repeat(20000));
    expect(decodeXml("& ".repeat(20000) + ";")).toBe("& ".repeat(20000) + ";");
  });
});
