import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type { Ranking } from "../../src/domain/scoreBloc";
import type { Rubric } from "../../src/domain/types";
import { createXlsx, openXlsx } from "../../src/hosts/xlsx/xlsxHost";
import { fillWorkbook } from "../../src/services/fillWorkbook";
import { generateWorkbook } from "../../src/services/generateWorkbook";
import { rankWorkbook } from "../../src/services/rankWorkbook";
import { summaryLayout } from "../../src/workbook/layout";
import type { CellScalar } from "../../src/workbook/plan";
import type { CellValue, SheetSnapshot } from "../../src/workbook/snapshot";

/** generate through the service and the xlsx host, as the CLI does. */
export async function generateBytes(rubric: string, bloc: string): Promise<Uint8Array> {
  const host = createXlsx();
  const out = await generateWorkbook({ rubric: { text: rubric, file: "rubric.json" }, bloc: { text: bloc, file: "bloc.json" } }, host);
  if (out.exit !== 0) throw new Error(`generate failed: ${JSON.stringify(out.findings)}`);
  return host.save();
}

export async function fillBytes(bytes: Uint8Array, csv: string): Promise<Uint8Array> {
  const host = await openXlsx(bytes);
  const out = await fillWorkbook(host, "test.xlsx", { text: csv, file: "scores.csv" });
  if (out.exit !== 0) throw new Error(`fill failed: ${JSON.stringify(out.findings)}`);
  return host.save();
}

/** Types vote numbers into "Tổng hợp" (unit id → number), as the meeting's secretary would. */
export async function withVotes(bytes: Uint8Array, rubric: Rubric, unitIds: readonly string[], votes: Readonly<Record<string, CellScalar>>): Promise<Uint8Array> {
  const host = await openXlsx(bytes);
  const layout = summaryLayout(rubric, unitIds.length);
  await host.writeValues(
    Object.entries(votes).map(([id, value]) => ({ sheet: "Tổng hợp", row: layout.firstUnitRow + unitIds.indexOf(id), col: layout.col.vote, value })),
  );
  return host.save();
}

export async function rankBytes(bytes: Uint8Array, stage: "final" | "bloc" | "self" | "verified" = "final"): Promise<Ranking> {
  const out = await rankWorkbook(await openXlsx(bytes), "test.xlsx", stage);
  if (out.exit !== 0 || !out.ranking) throw new Error(`rank failed: ${JSON.stringify(out.findings)}`);
  return out.ranking;
}

export function writeTemp(name: string, bytes: Uint8Array): string {
  const dir = mkdtempSync(path.join(tmpdir(), "thidua-wb-"));
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

export async function sheetOf(bytes: Uint8Array, name: string): Promise<SheetSnapshot> {
  const snap = await (await openXlsx(bytes)).snapshot([name]);
  const sheet = snap.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

export interface SummaryRow {
  readonly id: string;
  readonly cells: Readonly<Record<string, CellValue>>;
}

/**
 * "Tổng hợp" read the way a person (or another program) would: find the ONE header row holding "Đơn vị",
 * "Tổng điểm" and "Xếp hạng", then one row per unit beneath it, keyed by the header texts.
 */
export function summaryRows(sheet: SheetSnapshot): SummaryRow[] {
  const headerRow = sheet.values.findIndex((r) => ["Đơn vị", "Tổng điểm", "Xếp hạng"].every((h) => r.includes(h)));
  if (headerRow < 0) throw new Error("no header row with Đơn vị, Tổng điểm, Xếp hạng");
  const header = sheet.values[headerRow].map((h) => (typeof h === "string" ? h : ""));
  const rows: SummaryRow[] = [];
  for (const r of sheet.values.slice(headerRow + 1)) {
    const id = r[header.indexOf("Mã")];
    if (typeof id !== "string" || id === "") break;
    rows.push({ id, cells: Object.fromEntries(header.map((h, i) => [h, r[i] ?? null])) });
  }
  return rows;
}

/** "" and null both mean an empty cell (a formula returning "" is saved either way). */
export function blankToNull(v: CellValue | undefined): CellValue {
  return v === "" || v === undefined ? null : v;
}
