import { unzip, zip } from "../../src/hosts/xlsx/zip";
import { portableCodec } from "../../src/hosts/xlsx/portableCodec";

/**
 * A user's own additions to a generated workbook, as a spreadsheet program saves them: a sheet "Của tôi" with
 * numbers, a formula with its cached result and a cell style of its own, a bar chart of those numbers (drawing →
 * chart, each with its relationships), a comment (comments part and its legacy VML shape) and a defined name.
 * Crafted part by part after what Excel writes, so every byte the verbs must leave alone is known.
 */

export const USER_SHEET = "Của tôi";
export const USER_NAME = "DiemCuaToi";

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const DRAW = "http://schemas.openxmlformats.org/drawingml/2006/main";
const CHART = "http://schemas.openxmlformats.org/drawingml/2006/chart";

const sheetXml = (style: number) =>
  `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><dimension ref="A1:B5"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
  `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Quý</t></is></c><c r="B1" s="${style}" t="inlineStr"><is><t>Điểm</t></is></c></row>` +
  '<row r="2"><c r="A2" t="inlineStr"><is><t>I</t></is></c><c r="B2"><v>7</v></c></row>' +
  '<row r="3"><c r="A3" t="inlineStr"><is><t>II</t></is></c><c r="B3"><v>8.5</v></c></row>' +
  '<row r="4"><c r="A4" t="inlineStr"><is><t>III</t></is></c><c r="B4"><v>9</v></c></row>' +
  `<row r="5"><c r="A5" t="inlineStr"><is><t>Tổng</t></is></c><c r="B5" s="${style}"><f>SUM(B2:B4)</f><v>24.5</v></c></row></sheetData>` +
  '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId1"/><legacyDrawing r:id="rId2"/></worksheet>';

const sheetRels =
  `${XML}<Relationships xmlns="${PKG_REL}">` +
  `<Relationship Id="rId1" Type="${REL}/drawing" Target="../drawings/drawing91.xml"/>` +
  `<Relationship Id="rId2" Type="${REL}/vmlDrawing" Target="../drawings/vmlDrawing91.vml"/>` +
  `<Relationship Id="rId3" Type="${REL}/comments" Target="../comments91.xml"/></Relationships>`;

// The drawing's root is in the default namespace (`<wsDr xmlns="…spreadsheetDrawing">`), its children prefixed:
// the same XML as `<xdr:wsDr>` to any namespace-aware reader. ExcelJS matched the literal `xdr:wsDr` and crashed
// on it ("Cannot read properties of undefined (reading 'anchors')"), as users saw on their files.
const drawingXml =
  `${XML}<wsDr xmlns="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="${DRAW}">` +
  '<xdr:twoCellAnchor><xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>' +
  '<xdr:to><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' +
  '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Biểu đồ 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>' +
  '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
  `<a:graphic><a:graphicData uri="${CHART}"><c:chart xmlns:c="${CHART}" xmlns:r="${REL}" r:id="rId1"/></a:graphicData></a:graphic>` +
  "</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></wsDr>";

const drawingRels = `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/chart" Target="../charts/chart91.xml"/></Relationships>`;

const ref = (r: string) => `'${USER_SHEET}'!${r}`;
const chartXml =
  `${XML}<c:chartSpace xmlns:c="${CHART}" xmlns:a="${DRAW}" xmlns:r="${REL}"><c:chart><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
  '<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
  `<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:strRef><c:f>${ref("$B$1")}</c:f></c:strRef></c:tx>` +
  `<c:cat><c:strRef><c:f>${ref("$A$2:$A$4")}</c:f></c:strRef></c:cat>` +
  `<c:val><c:numRef><c:f>${ref("$B$2:$B$4")}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="3"/><c:pt idx="0"><c:v>7</c:v></c:pt><c:pt idx="1"><c:v>8.5</c:v></c:pt><c:pt idx="2"><c:v>9</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser>` +
  '<c:axId val="111"/><c:axId val="222"/></c:barChart>' +
  '<c:catAx><c:axId val="111"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="222"/></c:catAx>' +
  '<c:valAx><c:axId val="222"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="111"/></c:valAx>' +
  '</c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>';

const commentsXml =
  `${XML}<comments xmlns="${MAIN}"><authors><author>Chị Lan</author></authors><commentList>` +
  '<comment ref="B5" authorId="0"><text><r><t>Tổng ba quý, để so với bảng Tổng hợp.</t></r></text></comment></commentList></comments>';

const vmlXml =
  '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
  '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>' +
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
  '<v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:60pt;width:108pt;height:59pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">' +
  '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
  '<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>2, 15, 3, 10, 4, 15, 7, 4</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>4</x:Row><x:Column>1</x:Column></x:ClientData></v:shape></xml>';

/** The parts of the user's additions, by path (those a verb must give back byte for byte). */
export const USER_PARTS = [
  "xl/worksheets/sheet91.xml",
  "xl/worksheets/_rels/sheet91.xml.rels",
  "xl/drawings/drawing91.xml",
  "xl/drawings/_rels/drawing91.xml.rels",
  "xl/charts/chart91.xml",
  "xl/comments91.xml",
  "xl/drawings/vmlDrawing91.vml",
] as const;

/** The same workbook with the user's sheet, chart, comment, name and cell style added (zipped again). */
export function withUserParts(bytes: Uint8Array): Uint8Array {
  const parts = unzip(bytes, portableCodec);
  const text = (p: string) => decoder.decode(parts.get(p)!);
  const put = (p: string, s: string) => parts.set(p, encoder.encode(s));

  // the user's own cell style: a bold red font and an xf using it, appended as a spreadsheet program would
  const styles = text("xl/styles.xml");
  const fonts = Number(/<fonts count="(\d+)"/.exec(styles)![1]);
  const xfs = Number(/<cellXfs count="(\d+)"/.exec(styles)![1]);
  put(
    "xl/styles.xml",
    styles
      .replace(/<fonts count="\d+">([\s\S]*?)<\/fonts>/, (_, body: string) => `<fonts count="${fonts + 1}">${body}<font><b/><sz val="12"/><color rgb="FFC00000"/><name val="Arial"/></font></fonts>`)
      .replace(/<cellXfs count="\d+">([\s\S]*?)<\/cellXfs>/, (_, body: string) => `<cellXfs count="${xfs + 1}">${body}<xf numFmtId="0" fontId="${fonts}" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>`),
  );

  put(USER_PARTS[0], sheetXml(xfs));
  put(USER_PARTS[1], sheetRels);
  put(USER_PARTS[2], drawingXml);
  put(USER_PARTS[3], drawingRels);
  put(USER_PARTS[4], chartXml);
  put(USER_PARTS[5], commentsXml);
  put(USER_PARTS[6], vmlXml);

  put(
    "[Content_Types].xml",
    text("[Content_Types].xml").replace(
      "</Types>",
      '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>' +
        '<Override PartName="/xl/worksheets/sheet91.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        '<Override PartName="/xl/drawings/drawing91.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>' +
        '<Override PartName="/xl/charts/chart91.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>' +
        '<Override PartName="/xl/comments91.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/></Types>',
    ),
  );
  put("xl/_rels/workbook.xml.rels", text("xl/_rels/workbook.xml.rels").replace("</Relationships>", `<Relationship Id="rId91" Type="${REL}/worksheet" Target="worksheets/sheet91.xml"/></Relationships>`));
  const wb = text("xl/workbook.xml");
  const sheetId = Math.max(...[...wb.matchAll(/sheetId="(\d+)"/g)].map((m) => Number(m[1]))) + 1;
  const name = `<definedName name="${USER_NAME}">${ref("$B$2:$B$4")}</definedName>`;
  put(
    "xl/workbook.xml",
    wb
      .replace("</sheets>", `<sheet name="${USER_SHEET}" sheetId="${sheetId}" r:id="rId91"/></sheets>`)
      .replace(/<definedNames>|(?=<calcPr)/, (m) => (m ? `${m}${name}` : `<definedNames>${name}</definedNames>`)),
  );
  return zip(parts, portableCodec);
}

/** The user's definedName element as the builder wrote it. */
export const USER_NAME_XML = `<definedName name="${USER_NAME}">'${USER_SHEET}'!$B$2:$B$4</definedName>`;

/** The entries of a zip, inflated, by path. */
export function entries(bytes: Uint8Array): Map<string, Uint8Array> {
  return unzip(bytes, portableCodec);
}
