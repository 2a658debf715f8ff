/**
 * What this Excel can do beyond ExcelApi 1.1 (the manifest's minimum), from the requirement set of each member
 * the host uses (Office.js reference, "[Api set: ExcelApi x.y]"). Every check lives here, once, so the rest of
 * the host asks for a feature by name and degrades when it is missing. Below 1.1's members the host needs
 * nothing: cells go through getRange(address), sheets through worksheets.load/getItem/add/delete/name.
 */
export interface ExcelCapabilities {
  /**
   * ExcelApi 1.2: setting Worksheet.visibility (the meta sheet is hidden), Worksheet.protection,
   * RangeFormat.protection (input cells unlocked), RangeFormat.columnWidth/rowHeight, Range.merge,
   * Range.columnHidden, getUsedRange(valuesOnly)
   */
  readonly protection: boolean;
  /** ExcelApi 1.4: NamedItemCollection.add, NamedItem.delete, getUsedRangeOrNullObject */
  readonly names: boolean;
  /** ExcelApi 1.6: Range.conditionalFormats, Application.suspendApiCalculationUntilNextSync */
  readonly conditionalFormats: boolean;
  /** ExcelApi 1.7: Worksheet.freezePanes, Worksheet.onChanged (live checking) */
  readonly freezeAndEvents: boolean;
  /** ExcelApi 1.8: Range.dataValidation (Excel's own input checks; the engine's checks run regardless), Runtime.enableEvents */
  readonly dataValidation: boolean;
  /** ExcelApi 1.8: Excel.createWorkbook (a unit's copy or the Board's summary opened as a new workbook) */
  readonly newWorkbook: boolean;
  /** ExcelApi 1.9: Worksheet.pageLayout, Application.suspendScreenUpdatingUntilNextSync */
  readonly pageLayout: boolean;
}

export type SetSupported = (version: string) => boolean;

export function excelCapabilities(isSupported: SetSupported): ExcelCapabilities {
  return {
    protection: isSupported("1.2"),
    names: isSupported("1.4"),
    conditionalFormats: isSupported("1.6"),
    freezeAndEvents: isSupported("1.7"),
    dataValidation: isSupported("1.8"),
    newWorkbook: isSupported("1.8"),
    pageLayout: isSupported("1.9"),
  };
}

/** The highest ExcelApi set among those the host cares about, for telling the user what this Excel has. */
export function apiLevel(caps: ExcelCapabilities): string {
  if (caps.pageLayout) return "1.9";
  if (caps.dataValidation) return "1.8";
  if (caps.freezeAndEvents) return "1.7";
  if (caps.conditionalFormats) return "1.6";
  if (caps.names) return "1.4";
  if (caps.protection) return "1.2";
  return "1.1";
}

/** The live check inside Office; never called in file mode, where office.js is not loaded. */
export function officeSetSupported(version: string): boolean {
  return Office.context.requirements.isSetSupported("ExcelApi", version);
}
