import type { ExcelCapabilities } from "../../../hosts/excel/capabilities";
import type { UiKey } from "../../../i18n/ui";

/**
 * What a workbook generated in this Excel goes without, one text per missing requirement set, in the order the
 * sets come. The host already degrades silently at each level; the pane names the result so nobody hands out a
 * workbook believing it is protected or checked by Excel when it is not.
 */
export function excelLimits(caps: ExcelCapabilities): UiKey[] {
  const missing: UiKey[] = [];
  if (!caps.protection) missing.push("generate.limit.protection");
  if (!caps.names) missing.push("generate.limit.names");
  if (!caps.conditionalFormats) missing.push("generate.limit.conditionalFormats");
  if (!caps.freezeAndEvents) missing.push("generate.limit.freeze");
  if (!caps.dataValidation) missing.push("generate.limit.dataValidation");
  if (!caps.pageLayout) missing.push("generate.limit.pageLayout");
  return missing;
}
