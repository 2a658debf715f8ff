import type { Ranking } from "../../src/domain/scoreBloc";
import type { Rubric, StageChoice } from "../../src/domain/types";
import { createXlsx, openXlsx } from "../../src/hosts/xlsx/xlsxHost";
import { rankWorkbook } from "../../src/services/rankWorkbook";
import { splitWorkbook } from "../../src/services/splitWorkbook";
import { META_SHEET, unitLayout } from "../../src/workbook/layout";
import { editWorkbook } from "./sheetEditor";

/** Helpers for the units → bloc → Board round trip, on real .xlsx bytes through the services. */

export { fillBytes, generateBytes } from "./workbooks";

export async function rankBytes(bytes: Uint8Array, stage: StageChoice = "final"): Promise<Ranking> {
  const out = await rankWorkbook(await openXlsx(bytes), "bloc.xlsx", stage);
  if (out.exit !== 0 || !out.ranking) throw new Error(`rank failed: ${JSON.stringify(out.findings)}`);
  return out.ranking;
}

/** Splits `bytes`: the bloc workbook as split leaves it (holding the units' tokens) and each unit's copy. */
export async function splitBytes(bytes: Uint8Array): Promise<{ bloc: Uint8Array; copies: { unit: string; bytes: Uint8Array }[] }> {
  const host = await openXlsx(bytes);
  const out = await splitWorkbook(host, "bloc.xlsx", createXlsx);
  if (out.exit !== 0) throw new Error(`split failed: ${JSON.stringify(out.findings)}`);
  const copies = await Promise.all(out.copies.map(async (c) => ({ unit: c.unit.id, bytes: await c.host.save() })));
  return { bloc: await host.save(), copies };
}

/** CSV rows of a `,` scores file, header dropped. */
export function csvRows(csv: string): { unit: string; item: string; stage: string; value: string }[] {
  return csv
    .replace(/\n$/, "")
    .split("\n")
    .slice(1)
    .map((l) => {
      const [unit, item, stage, value] = l.split(",");
      return { unit, item, stage, value };
    });
}

export function csvOf(rows: readonly { unit: string; item: string; stage: string; value: string }[]): string {
  return ["unit,item,stage,value,note", ...rows.map((r) => `${r.unit},${r.item},${r.stage},${r.value},`)].join("\n") + "\n";
}

/**
 * Types values into a copy's self column, as a unit's official would in Excel: item id → a number,
 * or a text as typed.
 */
export async function typeIntoCopy(bytes: Uint8Array, rubric: Rubric, values: ReadonlyMap<string, number | string>, stage = "self"): Promise<Uint8Array> {
  return editWorkbook(bytes, (wb) => {
    const ws = wb.worksheets.find((w) => w.state === "visible");
    if (!ws) throw new Error("copy without a visible sheet");
    const layout = unitLayout(rubric);
    for (const item of layout.items) {
      const v = values.get(item.id);
      if (v !== undefined) ws.getCell(item.row + 1, layout.col[`stage:${stage}`] + 1).value = v;
    }
  });
}

/** The ranking without the warnings' source details: what both ways of filling must agree on. */
export function rankingCore(r: Ranking): unknown {
  return { units: r.units, ties: r.ties, codes: r.warnings.map((w) => `${w.code}:${w.unit ?? ""}`).sort() };
}

/**
 * Rewrites keyed rows of a copy's hidden sheet, as someone unhiding and editing it would; `rename`
 * also gives the copy's visible sheet another name.
 */
export async function editCopyMeta(bytes: Uint8Array, edit: (rows: Map<string, string>) => void, rename?: string): Promise<Uint8Array> {
  return editWorkbook(bytes, (wb) => {
    if (rename) wb.worksheets.find((w) => w.state === "visible")!.name = rename;
    const ws = wb.getWorksheet(META_SHEET)!;
    const rows = new Map<string, string>();
    const rowOf = new Map<string, number>();
    ws.eachRow((row, r) => {
      const key = String(row.getCell(1).value);
      const cells: string[] = [];
      for (let c = 2; c <= row.cellCount; c++) cells.push(String(row.getCell(c).value ?? ""));
      rows.set(key, cells.join(""));
      rowOf.set(key, r);
    });
    const before = new Map(rows);
    edit(rows);
    for (const [key, text] of rows) {
      if (before.get(key) === text) continue;
      const row = ws.getRow(rowOf.get(key)!);
      for (let c = 2; c <= row.cellCount; c++) row.getCell(c).value = null;
      row.getCell(2).value = text;
    }
  });
}
