import type { WorkbookPlan } from "../../workbook/plan";
import { planSheetXml, printTitles, stringTable } from "./planSheetXml";
import { styleTable } from "./stylesXml";
import { encodeXml } from "./xml";
import { zip, type ZipCodec } from "./zip";

const utf8 = new TextEncoder();

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * A new .xlsx straight from a plan: SpreadsheetML written as strings, one pass over the cells. About ten times
 * faster than building the same file through a spreadsheet library's object model.
 * No cached results are written, and fullCalcOnLoad asks every program to calculate on opening.
 */
export function writePlanXlsx(plan: WorkbookPlan, codec: ZipCodec): Uint8Array {
  const styles = styleTable(plan);
  const strings = stringTable();
  const sheetParts = plan.sheets.map((s, i) => planSheetXml(s, i === 0, styles, strings));
  const sheetsXml = plan.sheets
    .map((s, i) => `<sheet name="${encodeXml(s.name)}" sheetId="${i + 1}"${s.visibility === "visible" ? "" : ` state="${s.visibility}"`} r:id="rId${i + 1}"/>`)
    .join("");
  const names = [
    ...plan.sheets.flatMap((s, i) => {
      const t = printTitles(s);
      return t ? [`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${encodeXml(t)}</definedName>`] : [];
    }),
    ...plan.names.map((n) => `<definedName name="${encodeXml(n.name)}">${encodeXml(`'${n.sheet.replace(/'/g, "''")}'!${n.range}`)}</definedName>`),
  ];
  const workbook =
    `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr/><bookViews><workbookView activeTab="0"/></bookViews>` +
    `<sheets>${sheetsXml}</sheets>${names.length ? `<definedNames>${names.join("")}</definedNames>` : ""}<calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>`;
  const n = plan.sheets.length;
  const workbookRels =
    `${XML}<Relationships xmlns="${PKG_REL}">` +
    plan.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("") +
    `<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId${n + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
  const contentTypes =
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    plan.sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("") +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>';
  const rootRels = `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const parts = new Map<string, Uint8Array>([
    ["[Content_Types].xml", utf8.encode(contentTypes)],
    ["_rels/.rels", utf8.encode(rootRels)],
    ["xl/workbook.xml", utf8.encode(workbook)],
    ["xl/_rels/workbook.xml.rels", utf8.encode(workbookRels)],
    ...sheetParts.map((xml, i): [string, Uint8Array] => [`xl/worksheets/sheet${i + 1}.xml`, utf8.encode(xml)]),
    // styles and strings last: they are complete only once every sheet was written
    ["xl/styles.xml", utf8.encode(styles.xml())],
    ["xl/sharedStrings.xml", utf8.encode(strings.xml())],
  ]);
  return zip(parts, codec);
}
