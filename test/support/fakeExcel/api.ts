/**
 * The documented rules the fake enforces that are pure data: requirement sets, limits, error codes. Each entry
 * cites where Microsoft states it. "d.ts" = @types/office-js (generated from the Office.js reference; each
 * member carries "[Api set: ExcelApi x.y]").
 */

/** The ExcelApi levels the fake can play; Excel 2016 MSI is 1.1–1.2, Excel 2019 up to 1.8, Microsoft 365 1.12+. */
export const API_LEVELS = ["1.1", "1.2", "1.4", "1.6", "1.7", "1.8", "1.9", "1.12"] as const;
export type ApiLevel = (typeof API_LEVELS)[number];

export function minor(version: string): number {
  return Number(version.split(".")[1]);
}

/** Office.context.requirements.isSetSupported('ExcelApi', v): true for every set up to the host's level. */
export function supports(level: ApiLevel, version: string): boolean {
  return minor(version) <= minor(level);
}

/**
 * Requirement set of each member the host may touch, "Class.member". Members not listed are ExcelApi 1.1
 * (d.ts: Range.values/formulas/numberFormat/text, Worksheet.getRange/delete/name/activate, WorksheetCollection
 * add/getItem, Workbook.getSelectedRange, Application.calculate, RangeFormat.font/fill/borders/wrapText).
 */
export const MEMBER_API: Readonly<Record<string, string>> = {
  "Worksheet.getRangeByIndexes": "1.7", // d.ts Worksheet.getRangeByIndexes [ExcelApi 1.7]
  "Worksheet.getUsedRangeOrNullObject": "1.4", // d.ts [ExcelApi 1.4]
  "Worksheet.setVisibility": "1.2", // d.ts Worksheet.visibility "1.1 for reading visibility; 1.2 for setting it"
  "Worksheet.protection": "1.2", // d.ts Worksheet.protection [ExcelApi 1.2]
  "Worksheet.freezePanes": "1.7", // d.ts [ExcelApi 1.7]
  "Worksheet.onChanged": "1.7", // d.ts Worksheet.onChanged [ExcelApi 1.7]
  "Worksheet.pageLayout": "1.9", // d.ts Worksheet.pageLayout [ExcelApi 1.9]
  "WorksheetCollection.getItemOrNullObject": "1.4", // d.ts [ExcelApi 1.4]
  "Range.merge": "1.2", // d.ts Range.merge [ExcelApi 1.2]
  "Range.columnHidden": "1.2", // d.ts Range.columnHidden [ExcelApi 1.2]
  "Range.rowHidden": "1.2", // d.ts Range.rowHidden [ExcelApi 1.2]
  "Range.dataValidation": "1.8", // d.ts Range.dataValidation [ExcelApi 1.8]
  "Range.conditionalFormats": "1.6", // d.ts Range.conditionalFormats [ExcelApi 1.6]
  "Range.getIntersectionOrNullObject": "1.4", // d.ts [ExcelApi 1.4]
  "RangeFormat.columnWidth": "1.2", // d.ts RangeFormat.columnWidth [ExcelApi 1.2]
  "RangeFormat.rowHeight": "1.2", // d.ts RangeFormat.rowHeight [ExcelApi 1.2]
  "RangeFormat.protection": "1.2", // d.ts RangeFormat.protection [ExcelApi 1.2]
  "RangeFormat.autofitColumns": "1.2", // d.ts [ExcelApi 1.2]
  "NamedItemCollection.add": "1.4", // d.ts NamedItemCollection.add [ExcelApi 1.4]
  "NamedItemCollection.getItemOrNullObject": "1.4", // d.ts [ExcelApi 1.4]
  "NamedItem.delete": "1.4", // d.ts NamedItem.delete [ExcelApi 1.4]
  "Application.suspendApiCalculationUntilNextSync": "1.6", // d.ts [ExcelApi 1.6]
  "Application.suspendScreenUpdatingUntilNextSync": "1.9", // d.ts [ExcelApi 1.9]
  "Application.setCalculationMode": "1.8", // d.ts Application.calculationMode "1.1 for get, 1.8 for set"
  "Runtime.enableEvents": "1.8", // d.ts Runtime.enableEvents [ExcelApi 1.8]
  "Excel.createWorkbook": "1.8", // d.ts Excel.createWorkbook [ExcelApi 1.8]
};

/**
 * "Excel add-ins: payload size limit for requests and responses: 5 MB" (learn.microsoft.com, Resource limits and
 * performance optimization for Office Add-ins); Excel on the web answers RequestPayloadSizeLimitExceeded /
 * ResponsePayloadSizeLimitExceeded (d.ts Excel.ErrorCodes).
 */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/**
 * How the fake sizes a request, after Office.js's JSON protocol: every object path used for the first time in a
 * batch (getRange("A1"), .format, .font …) and every action (a property set, a method call, a load) is an entry
 * of roughly this many bytes, plus its arguments as UTF-8 JSON.
 */
export const PATH_BYTES = 90;
export const ACTION_BYTES = 70;

/** Excel.ErrorCodes (d.ts): the codes the fake throws. */
export type ErrorCode =
  | "ApiNotFound"
  | "InvalidOperation"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "InvalidArgument"
  | "AccessDenied"
  | "GeneralException"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "PropertyNotLoaded"
  | "InvalidObjectPath";

/** What Office.js rejects a sync with: an OfficeExtension.Error carrying `code` and the failing statement. */
export class FakeExcelError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = "RichApi.Error";
  }
}

export function utf8Bytes(value: unknown): number {
  if (value === undefined) return 0;
  // a proxy passed as an argument (freezeAt(range), names.add(name, range)) travels as a reference to its path
  const json = typeof value === "string" ? value : (JSON.stringify(value, (_, v: unknown) => (v && typeof v === "object" && "batches" in v ? "{ref}" : v)) ?? "");
  return Buffer.byteLength(json, "utf8");
}
