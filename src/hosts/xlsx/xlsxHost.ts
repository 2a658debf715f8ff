import ExcelJS from "exceljs";
import type { WorkbookPlan } from "../../workbook/plan";
import type { CellWrite, WorkbookSnapshot } from "../../workbook/snapshot";
import type { WorkbookHost } from "../host";
import { applyPlanToWorkbook } from "./applyPlan";
import { snapshotSheet } from "./snapshot";

/** The xlsx host: a workbook held in memory, read from and saved to bytes (no file system: it runs in a browser too). */
export interface XlsxHost extends WorkbookHost {
  save(): Promise<Uint8Array>;
}

/** A new, empty workbook. */
export function createXlsx(): XlsxHost {
  return wrap(new ExcelJS.Workbook());
}

/**
 * Opens .xlsx bytes.
 * @throws when the bytes are not a readable .xlsx file (the service turns this into a finding)
 */
export async function openXlsx(bytes: Uint8Array | ArrayBuffer): Promise<XlsxHost> {
  const wb = new ExcelJS.Workbook();
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  // ExcelJS wants a Buffer in Node and accepts an ArrayBuffer in a browser
  const input = typeof Buffer !== "undefined" ? Buffer.from(data.buffer, data.byteOffset, data.byteLength) : data.buffer;
  await wb.xlsx.load(input as ArrayBuffer);
  return wrap(wb);
}

function wrap(wb: ExcelJS.Workbook): XlsxHost {
  let written = false;
  return {
    async applyPlan(plan: WorkbookPlan) {
      await applyPlanToWorkbook(wb, plan);
    },
    async snapshot(sheetNames?: readonly string[]): Promise<WorkbookSnapshot> {
      const wanted = sheetNames ? new Set(sheetNames) : null;
      return { sheets: wb.worksheets.filter((ws) => !wanted || wanted.has(ws.name)).map(snapshotSheet) };
    },
    async writeValues(writes: readonly CellWrite[]) {
      for (const w of writes) {
        const ws = wb.getWorksheet(w.sheet);
        if (!ws) throw new Error(`no sheet named ${w.sheet}`);
        ws.getCell(w.row + 1, w.col + 1).value = w.value;
      }
      written = true;
    },
    async save(): Promise<Uint8Array> {
      if (written) dropCachedResults(wb);
      // cached results (if any) are stale after writes, and ExcelJS never computes them: make every reader recalculate
      wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
      const out = await wb.xlsx.writeBuffer();
      return new Uint8Array(out as ArrayBuffer);
    },
  };
}

/** After inputs changed, a formula's cached result is wrong: keep the formula, drop the result. */
function dropCachedResults(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        const v = cell.value as ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue;
        if (v.result === undefined) return;
        cell.value = "sharedFormula" in v && v.sharedFormula ? ({ sharedFormula: v.sharedFormula } as ExcelJS.CellSharedFormulaValue) : ({ formula: (v as ExcelJS.CellFormulaValue).formula } as ExcelJS.CellFormulaValue);
      });
    });
  }
}
