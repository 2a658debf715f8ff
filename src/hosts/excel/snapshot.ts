import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../workbook/snapshot";
import type { SheetVisibility } from "../../workbook/plan";
import type { ExcelCapabilities } from "./capabilities";
import { blockOf, readBlocks, usedRange, type Block } from "./readBlocks";
import type { ExcelRun } from "./run";

const VISIBILITY: Record<string, SheetVisibility> = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" };

/**
 * Values and formulas of the named sheets (all when omitted; names compared ignoring case, as Excel does):
 * names first, then each used range's extent, then the cells in bands of at most ~4 MB of response.
 */
export async function snapshotExcel(run: ExcelRun, sheetNames: readonly string[] | undefined, caps: ExcelCapabilities): Promise<WorkbookSnapshot> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name,items/visibility");
    await context.sync();
    const names = sheetNames ? new Set(sheetNames.map((n) => n.toLowerCase())) : null;
    const wanted = sheets.items.filter((s) => !names || names.has(s.name.toLowerCase()));
    const extents = wanted.map((ws) => ({ ws, used: usedRange(ws, caps), protection: caps.protection ? ws.protection.load("protected") : null }));
    await context.sync();
    const blocks = extents.map((e) => blockOf(e.ws, e.used));
    const read = await readBlocks(context, blocks.filter((b): b is Block => b !== null), ["values", "formulas"]);
    return {
      sheets: extents.map((e, i) => {
        const block = blocks[i];
        return toSnapshot(e.ws, block, block ? (read.get(block) ?? []) : [], e.protection?.protected ?? false);
      }),
    };
  });
}

function toSnapshot(ws: Excel.Worksheet, block: Block | null, bands: readonly Pick<Excel.Range, "values" | "formulas">[], isProtected: boolean): SheetSnapshot {
  const base = { name: ws.name, visibility: VISIBILITY[ws.visibility] ?? "visible", protected: isProtected };
  if (!block) return { ...base, values: [], formulas: [] };
  const raw = bands.flatMap((b) => b.values);
  const rawFormulas = bands.flatMap((b) => b.formulas);
  // shift the used range back to A1 so rows and columns mean the same in every host
  const pad = <T>(rows: T[][], empty: T): T[][] => [
    ...Array.from({ length: block.top }, () => [] as T[]),
    ...rows.map((row) => [...Array.from({ length: block.left }, () => empty), ...row]),
  ];
  const values = pad(raw.map((row) => row.map(cellValue)), null as CellValue);
  // Range.formulas gives a constant's value where there is no formula: text that starts with "=" is a formula
  // only when it differs from the cell's value
  const formulas = pad(
    rawFormulas.map((row, r) => row.map((f, c) => (typeof f === "string" && f.startsWith("=") && f !== raw[r]?.[c] ? f : null))),
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
