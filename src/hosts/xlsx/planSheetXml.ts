import { cellRef, columnLetters, rangeRef } from "../../workbook/a1";
import type { PlanSheet } from "../../workbook/plan";
import { formatLayers } from "./formatLayers";
import type { StyleTable } from "./stylesXml";
import { encodeXml } from "./xml";

/** Shared strings of a new workbook: each distinct text once (60 unit sheets repeat the same criteria). */
export interface StringTable {
  readonly idOf: (s: string) => number;
  readonly xml: () => string;
  /** the <si> elements added after the base's `count` entries */
  readonly added: () => string[];
}

/**
 * Shared strings of a new workbook, or (with a base) of an opened one: `plain` maps the texts of its unformatted
 * entries to their indexes, and new texts are numbered from `count` on, so existing cells keep their strings.
 */
export function stringTable(base: { readonly count: number; readonly plain: ReadonlyMap<string, number> } = { count: 0, plain: new Map() }): StringTable {
  const list: string[] = [];
  const index = new Map<string, number>(base.plain);
  const si = (s: string) => `<si><t xml:space="preserve">${encodeXml(s)}</t></si>`;
  return {
    idOf(s) {
      let i = index.get(s);
      if (i === undefined) index.set(s, (i = base.count + list.push(s) - 1));
      return i;
    },
    added: () => list.map(si),
    xml: () =>
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${list.length}" uniqueCount="${list.length}">` +
      list.map(si).join("") +
      "</sst>",
  };
}

/**
 * One xf index per cell: the plan's formats merged in order, later entries overriding each field. Fields are
 * kept as small numbers per cell, so a 100 000-cell workbook creates no object per cell.
 */
function looks(sheet: PlanSheet, width: number, height: number, styles: StyleTable): Int32Array {
  const n = width * height;
  const layers = formatLayers(sheet, width, height);
  const out = new Int32Array(n);
  const xf = new Map<number, number>();
  for (let key = 0; key < n; key++) {
    const combo = layers.comboAt(key);
    if (combo === 0) continue;
    let id = xf.get(combo);
    if (id === undefined) {
      id = styles.idOf(layers.look(key));
      xf.set(combo, id);
    }
    out[key] = id;
  }
  return out;
}

function rowsXml(sheet: PlanSheet, width: number, styleOf: Int32Array, strings: StringTable): string {
  const letters = Array.from({ length: width }, (_, c) => columnLetters(c));
  const heights = new Map(sheet.rowHeights.map((h) => [h.row, h.height]));
  const parts: string[] = [];
  for (let r = 0; r < sheet.values.length; r++) {
    const vals = sheet.values[r];
    const formulas = sheet.formulas[r];
    let cells = "";
    for (let c = 0; c < width; c++) {
      const s = styleOf[r * width + c];
      const f = formulas[c];
      const v = vals[c];
      const st = s ? ` s="${s}"` : "";
      const ref = letters[c] + (r + 1);
      if (f) cells += `<c r="${ref}"${st}><f>${encodeXml(f.slice(1))}</f></c>`;
      else if (typeof v === "number") cells += `<c r="${ref}"${st}><v>${v}</v></c>`;
      else if (typeof v === "string" && v !== "") cells += `<c r="${ref}"${st} t="s"><v>${strings.idOf(v)}</v></c>`;
      else if (typeof v === "boolean") cells += `<c r="${ref}"${st} t="b"><v>${v ? 1 : 0}</v></c>`;
      else if (s) cells += `<c r="${ref}"${st}/>`;
    }
    const h = heights.get(r);
    if (cells || h) parts.push(`<row r="${r + 1}"${h ? ` ht="${h}" customHeight="1"` : ""}>${cells}</row>`);
  }
  return parts.join("");
}

/** A worksheet part from a plan sheet, its elements in the order the schema requires. */
export function planSheetXml(sheet: PlanSheet, selected: boolean, styles: StyleTable, strings: StringTable): string {
  const width = Math.max(sheet.columns.length, sheet.values[0]?.length ?? 0, 1);
  const height = Math.max(sheet.values.length, 1);
  const styleOf = looks(sheet, width, height, styles);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
  ];
  if (sheet.print?.fitToWidth) out.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  out.push(`<dimension ref="${rangeRef(0, 0, height - 1, width - 1)}"/>`);
  const fr = sheet.frozen;
  const pane =
    fr && (fr.rows > 0 || fr.columns > 0)
      ? `<pane${fr.columns ? ` xSplit="${fr.columns}"` : ""}${fr.rows ? ` ySplit="${fr.rows}"` : ""} topLeftCell="${cellRef(fr.rows, fr.columns)}" activePane="${fr.rows && fr.columns ? "bottomRight" : fr.rows ? "bottomLeft" : "topRight"}" state="frozen"/>`
      : "";
  out.push(`<sheetViews><sheetView workbookViewId="0"${selected ? ' tabSelected="1"' : ""}>${pane}</sheetView></sheetViews>`);
  out.push('<sheetFormatPr defaultRowHeight="15"/>');
  if (sheet.columns.length) {
    out.push(
      "<cols>" +
        sheet.columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width ?? 9}"${c.width !== undefined ? ' customWidth="1"' : ""}${c.hidden ? ' hidden="1"' : ""}/>`).join("") +
        "</cols>",
    );
  }
  out.push(`<sheetData>${rowsXml(sheet, width, styleOf, strings)}</sheetData>`);
  // no password: the point is to stop accidental typing over formulas, not to lock anyone out
  if (sheet.protect) out.push('<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0"/>');
  if (sheet.merges.length) out.push(`<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`);
  sheet.conditionalFormats.forEach((cf, i) => {
    out.push(`<conditionalFormatting sqref="${cf.range}"><cfRule type="expression" dxfId="${styles.dxfOf(cf.highlight)}" priority="${i + 1}"><formula>${encodeXml(cf.formula)}</formula></cfRule></conditionalFormatting>`);
  });
  if (sheet.validations.length) {
    const dv = sheet.validations.map((v) => {
      const op = v.kind === "custom" ? "" : v.max === undefined ? ' operator="greaterThanOrEqual"' : "";
      const formulas =
        v.kind === "custom" ? `<formula1>${encodeXml(v.formula ?? "TRUE")}</formula1>` : `<formula1>${v.min}</formula1>${v.max === undefined ? "" : `<formula2>${v.max}</formula2>`}`;
      return `<dataValidation type="${v.kind}"${op} allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="${encodeXml(v.errorTitle)}" error="${encodeXml(v.error)}" promptTitle="${encodeXml(v.promptTitle)}" prompt="${encodeXml(v.prompt)}" sqref="${v.range}">${formulas}</dataValidation>`;
    });
    out.push(`<dataValidations count="${dv.length}">${dv.join("")}</dataValidations>`);
  }
  out.push('<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>');
  if (sheet.print) {
    const fit = sheet.print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : "";
    out.push(`<pageSetup paperSize="9" orientation="${sheet.print.orientation}"${fit}/>`);
  }
  out.push("</worksheet>");
  return out.join("");
}

/** `'Sheet'!$4:$4`, the print titles of a sheet. */
export function printTitles(sheet: PlanSheet): string | null {
  const t = sheet.print?.titleRows;
  return t ? `'${sheet.name.replace(/'/g, "''")}'!$${t.from + 1}:$${t.to + 1}` : null;
}

