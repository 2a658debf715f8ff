/**
 * What this Excel can do beyond ExcelApi 1.1 (the manifest's minimum). Every check lives here, once, so the
 * rest of the host asks for a feature by name and degrades gracefully when it is missing.
 */
export interface ExcelCapabilities {
  /** range.format.protection, worksheet.protection, merges, hidden columns */
  readonly protection: boolean;
  /** workbook.names.add */
  readonly names: boolean;
  /** conditionalFormats, suspendApiCalculationUntilNextSync */
  readonly conditionalFormats: boolean;
  /** freezePanes, worksheet.onChanged */
  readonly freezeAndEvents: boolean;
  /** range.dataValidation — Excel's own input checks; the engine's checks run regardless */
  readonly dataValidation: boolean;
  /** pageLayout, suspendScreenUpdatingUntilNextSync */
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
    pageLayout: isSupported("1.9"),
  };
}

/** The live check inside Office; never called in file mode, where office.js is not loaded. */
export function officeSetSupported(version: string): boolean {
  return Office.context.requirements.isSetSupported("ExcelApi", version);
}
