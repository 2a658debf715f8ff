// Shared by the pane's component tests: what jsdom lacks, the real xlsx host behind a recording factory, a
// stand-in for the workbook open in Excel, and the fixture bloc's workbook generated and filled by the services.
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";
import type { ChangedCell } from "../../src/hosts/excel/session";
import type { ExcelHost } from "../../src/hosts/excel/excelHost";
import { createXlsx, openXlsx, type XlsxHost } from "../../src/hosts/xlsx/xlsxHost";
import { fillWorkbook } from "../../src/services/fillWorkbook";
import { generateWorkbook } from "../../src/services/generateWorkbook";
import { readContents } from "../../src/services/openWorkbook";
import { App } from "../../src/taskpane/App";
import type { HostFactory } from "../../src/taskpane/workbookSource/types";
import { parseCellRef } from "../../src/workbook/a1";
import { fixtureFile } from "../support/fixture";

// Fluent's MessageBar measures itself; jsdom has no ResizeObserver, nor TextEncoder/TextDecoder.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(window as { ResizeObserver?: unknown }).ResizeObserver ??= NoResizeObserver;
(globalThis as { TextEncoder?: unknown }).TextEncoder ??= NodeTextEncoder;
(globalThis as { TextDecoder?: unknown }).TextDecoder ??= NodeTextDecoder;

/** The real xlsx host, keeping every host it hands out so tests can look inside the workbook the pane worked on. */
export function xlsxFactory(excel?: ExcelHost): HostFactory & { hosts: XlsxHost[] } {
  const hosts: XlsxHost[] = [];
  const keep = (h: XlsxHost) => (hosts.push(h), h);
  return {
    hosts,
    openXlsx: async (bytes) => keep(await openXlsx(bytes)),
    createXlsx: async () => keep(createXlsx()),
    excel: () => {
      if (!excel) throw new Error("no Excel in this test");
      return excel;
    },
  };
}

export type FakeExcel = ExcelHost & { selected: string[]; fireChange: (changes: ChangedCell[]) => void; watching: () => readonly string[] };

/** The workbook open in Excel, played by an xlsx host: selections are recorded, and a test can "type" into it. */
export function fakeExcel(host: XlsxHost): FakeExcel {
  const selected: string[] = [];
  let listener: ((c: readonly ChangedCell[]) => void) | null = null;
  let watched: readonly string[] = [];
  return {
    capabilities: { protection: true, names: true, conditionalFormats: true, freezeAndEvents: true, dataValidation: true, pageLayout: true },
    applyPlan: (p) => host.applyPlan(p),
    snapshot: (n) => host.snapshot(n),
    writeValues: (w) => host.writeValues(w),
    removeSheets: (n) => host.removeSheets(n),
    selectCell: async (sheet, cell) => {
      selected.push(`'${sheet}'!${cell}`);
      return true;
    },
    watchChanges: async (names, onChange) => {
      watched = names;
      listener = onChange;
      return async () => {
        listener = null;
        watched = [];
      };
    },
    selected,
    fireChange: (changes) => listener?.(changes),
    watching: () => watched,
  };
}

/** scores.csv with U07's rows replaced by copies of U05's: the two tie through every tie-break. */
export function tiedScores(): string {
  const [header, ...rows] = fixtureFile("scores.csv").replace(/\n$/, "").split("\n");
  const others = rows.filter((r) => !r.startsWith("U07,"));
  const copies = rows.filter((r) => r.startsWith("U05,")).map((r) => `U07${r.slice(3)}`);
  return [header, ...others, ...copies].join("\n") + "\n";
}

/** One raw value typed into a unit's cell, as an official would (text where a number belongs, say). */
export type Typed = { unit: string; item: string; stage: string; value: string | number | null };

const made = new Map<string, Promise<Uint8Array>>();

/** The bytes of fixtureWorkbook(options), made once per test file (ExcelJS takes a second to lay a workbook out). */
export function fixtureBytes(options: { scores?: string; typed?: readonly Typed[] } = {}): Promise<Uint8Array> {
  const key = JSON.stringify(options);
  if (!made.has(key)) made.set(key, fixtureWorkbook(options).then((h) => h.save()));
  return made.get(key)!;
}

/** The fixture bloc's workbook, generated and filled by the services, with `typed` values written over it. */
export async function fixtureWorkbook(options: { scores?: string; typed?: readonly Typed[] } = {}): Promise<XlsxHost> {
  const blank = createXlsx();
  const made = await generateWorkbook({ rubric: { text: fixtureFile("rubric.json"), file: "rubric.json" }, bloc: { text: fixtureFile("bloc.json"), file: "bloc.json" } }, blank);
  if (made.exit !== 0) throw new Error(JSON.stringify(made.findings));
  const host = await openXlsx(await blank.save());
  const filled = await fillWorkbook(host, "fixture.xlsx", { text: options.scores ?? fixtureFile("scores.csv"), file: "scores.csv" });
  if (filled.exit !== 0) throw new Error(JSON.stringify(filled.findings));
  if (options.typed?.length) await host.writeValues(await cellsOf(host, options.typed));
  return openXlsx(await host.save());
}

async function cellsOf(host: XlsxHost, typed: readonly Typed[]) {
  const read = await readContents(host, "fixture.xlsx");
  if (!read.ok) throw new Error(JSON.stringify(read.findings));
  return typed.map((t) => {
    const row = read.value.rows.find((r) => r.unit === t.unit && r.item === t.item && r.stage === t.stage);
    if (!row?.source?.cell || !row.source.sheet) throw new Error(`no cell for ${t.unit}/${t.item}/${t.stage}`);
    const at = parseCellRef(row.source.cell)!;
    return { sheet: row.source.sheet, row: at.row, col: at.col, value: t.value };
  });
}

/** The file input behind "Mở tệp .xlsx…", given a file as if chosen in the browser's dialog. */
export async function openInPane(bytes: Uint8Array, name = "khoi-2023.xlsx"): Promise<void> {
  const input = screen.getByLabelText("Chọn tệp sổ chấm điểm (.xlsx) trong máy để mở");
  fireEvent.change(input, { target: { files: [new File([bytes as BlobPart], name)] } });
  await waitFor(() => expect(screen.getByText(`Tệp đang mở: ${name}`)).toBeTruthy());
}

export function renderPane(factory: HostFactory, mode: "file" | "excel" = "file") {
  return render(<App mode={mode} hosts={factory} />);
}
