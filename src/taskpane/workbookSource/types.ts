import type { Finding } from "../../domain/findings";
import type { ExcelHost } from "../../hosts/excel/excelHost";
import type { WorkbookHost } from "../../hosts/host";
import type { XlsxHost } from "../../hosts/xlsx/xlsxHost";
import type { TextParams, UiKey } from "../../i18n/ui";
import type { HostMode } from "../hostMode";

/** What only a workbook open in Excel can do: point at a cell, tell when people type, read the selection, open a new workbook. */
export type LiveWorkbook = Pick<ExcelHost, "selectCell" | "watchChanges" | "readSelection" | "capabilities" | "openNewWorkbook">;

/**
 * Where hosts come from. The defaults load the xlsx host as a lazy chunk on first use,
 * and wrap Excel.run in Excel mode; tests pass their own.
 */
export interface HostFactory {
  openXlsx(bytes: Uint8Array): Promise<XlsxHost>;
  createXlsx(): Promise<XlsxHost>;
  /** the workbook open in Excel; only called in Excel mode, after office.js is ready */
  excel(): ExcelHost;
}

/** A problem to show in words: a key of the text table, with what it names, and findings that say more. */
export interface Problem {
  readonly key: UiKey;
  readonly params?: TextParams;
  readonly findings?: readonly Finding[];
}

/** The workbook every job works on, shared by the three views. */
export interface WorkbookSource {
  readonly mode: HostMode;
  /** the open workbook in Excel; in file mode the opened or generated file, null before there is one */
  readonly host: WorkbookHost | null;
  readonly live: LiveWorkbook | null;
  /** file mode: the name the download will carry */
  readonly fileName: string | null;
  /** file mode: written since it was opened, so the user should download it */
  readonly unsaved: boolean;
  /** goes up after every write by a job, so views showing the workbook read it again */
  readonly revision: number;
  readonly busy: "opening" | "saving" | null;
  readonly problem: Problem | null;
  openFile(file: File): Promise<void>;
  closeFile(): void;
  /**
   * The host a generation writes into: the open workbook, or a new file in file mode, which becomes the current
   * one when `keep` is called (after it was generated without error).
   */
  generationTarget(): Promise<GenerationTarget>;
  /** Call after a job wrote into the workbook. */
  touched(): void;
  download(): Promise<void>;
}

export interface GenerationTarget {
  readonly host: WorkbookHost;
  /** a new file, not yet shown as the current one */
  readonly fresh: boolean;
  keep(fileName: string): void;
}
