import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../workbook/snapshot";
import type { SheetVisibility } from "../../workbook/plan";
import type { ExcelRun } from "./run";

const VISIBILITY: Record<string, SheetVisibility> = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" };

/** Values and formulas of the named sheets (all when omitted) in two syncs: names first, then used ranges. */
export async function snapshotExcel(run: ExcelRun, sheetNames?: readonly string[], protection = true): Promise<WorkbookSnapshot> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name,items/visibility");
    await context.sync();
    const wanted = sheets.items.filter((s) => !sheetNames || sheetNames.includes(s.name));
    const reads = wanted.map((ws) => ({
      ws,
      used: ws.getUsedRangeOrNullObject().load("rowIndex,columnIndex,values,formulas"),
      protection: protection ? ws.protection.load("protected") : null,
    }));
    await context.sync();
    return { sheets: reads.map((r) => toSnapshot(r.ws, r.used, r.protection?.protected ?? false)) };
  });
}

function toSnapshot(ws: Excel.Worksheet, used: Excel.Range, isProtected: boolean): SheetSnapshot {
  const base = { name: ws.name, visibility: VISIBILITY[ws.visibility] ?? "visible", protected: isProtected };
  if (used.isNullObject) return { ...base, values: [], formulas: [] };
  // shift the used range back to A1 so rows and columns mean the same in every host
  const pad = <T>(rows: T[][], empty: T): T[][] => [
    ...Array.from({ length: used.rowIndex }, () => [] as T[]),
    ...rows.map((row) => [...Array.from({ length: used.columnIndex }, () => empty), ...row]),
  ];
  const values = pad(used.values.map((row) => row.map(cellValue)), null as CellValue);
  const formulas = pad(
    used.formulas.map((row) => row.map((f) => (typeof f === "string" && f.startsWith("=") ? f : null))),
    null as string | null,
  );
  return { ...base, values, formulas };
}

/** Office.js reports an empty cell as "" and an error as its text ("#N/A"). */
function cellValue(v: unknown): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "string" && /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|BUSY!)$/.test(v)) return { error: v };
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
  return String(v);
}
