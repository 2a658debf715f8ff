// Shared by the pane's component tests: what jsdom lacks, the real xlsx host behind a recording factory, a
// stand-in for the workbook open in Excel, and the fixture bloc's workbook generated and filled by the services.
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";
import type { ChangedCell } from "../../src/hosts/excel/session";
import type { ExcelHost } from "../../src/hosts/excel/excelHost";
import { createXlsx, openXlsx, type XlsxHost } from "../../src/hosts/xlsx/xlsxHost";
import { App } from "../../src/taskpane/App";
import { loadUiText } from "../../src/taskpane/lazy/loadUiText";
import { preloadViews } from "../../src/taskpane/views/registry";
import type { HostFactory } from "../../src/taskpane/workbookSource/types";

export { fixtureBytes, fixtureWorkbook, tiedScores, type Typed } from "./fixtureWorkbooks";

// Fluent's MessageBar measures itself; jsdom has no ResizeObserver, nor TextEncoder/TextDecoder.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(window as { ResizeObserver?: unknown }).ResizeObserver ??= NoResizeObserver;
(globalThis as { TextEncoder?: unknown }).TextEncoder ??= NodeTextEncoder;
(globalThis as { TextDecoder?: unknown }).TextDecoder ??= NodeTextDecoder;

// Views and the English words are chunks fetched on first use (the words as the language button is reached);
// fetched once up front, the pane renders them at once as in a warm pane. test/taskpane/lazy/loadUiText.test.tsx
// switches language in a cold pane.
beforeAll(() => Promise.all([preloadViews(), loadUiText("en")]));

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

export type FakeExcel = ExcelHost & { opened: Uint8Array[]; selected: string[]; selection: string[][]; fireChange: (changes: ChangedCell[]) => void; watching: () => readonly string[] };

/** The workbook open in Excel, played by an xlsx host: selections are recorded, and a test can "type" into it. */
export function fakeExcel(host: XlsxHost): FakeExcel {
  const selected: string[] = [];
  let listener: ((c: readonly ChangedCell[]) => void) | null = null;
  let watched: readonly string[] = [];
  const fake: FakeExcel = {
    capabilities: { protection: true, names: true, conditionalFormats: true, freezeAndEvents: true, dataValidation: true, newWorkbook: true, pageLayout: true },
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
    readSelection: async () => fake.selection,
    openNewWorkbook: async (bytes) => {
      fake.opened.push(bytes);
    },
    opened: [],
    selected,
    selection: [],
    fireChange: (changes) => listener?.(changes),
    watching: () => watched,
  };
  return fake;
}

/** Waiting for work on a real workbook: seconds, on a machine shared with other test runs. */
export const SLOW = { timeout: 20_000 };

/** The file input behind "Mở tệp .xlsx…", given a file as if chosen in the browser's dialog. */
export async function openInPane(bytes: Uint8Array, name = "khoi-2023.xlsx"): Promise<void> {
  const input = screen.getByLabelText("Chọn tệp sổ chấm điểm (.xlsx) trong máy để mở");
  fireEvent.change(input, { target: { files: [new File([bytes as BlobPart], name)] } });
  await waitFor(() => expect(screen.getByText(`Tệp đang mở: ${name}`)).toBeTruthy(), SLOW);
}

export function renderPane(factory: HostFactory, mode: "file" | "excel" = "file") {
  return render(<App mode={mode} hosts={factory} />);
}

/** Every download the pane starts: the file name and the bytes behind the object URL (restore with jest.restoreAllMocks). */
export function captureDownloads(): { name: string; blob: Blob }[] {
  const got: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  let n = 0;
  URL.createObjectURL = (b: Blob) => {
    const url = `blob:test/${++n}`;
    blobs.set(url, b);
    return url;
  };
  URL.revokeObjectURL = () => undefined;
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    got.push({ name: this.download, blob: blobs.get(this.href)! });
  });
  return got;
}

export async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve) => {
    const r = new FileReader();
    r.onload = () => resolve(new Uint8Array(r.result as ArrayBuffer));
    r.readAsArrayBuffer(blob);
  });
}
