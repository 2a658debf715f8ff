import type ExcelJS from "exceljs";
import type { WorkbookPlan } from "../../workbook/plan";
import type { CellWrite, WorkbookSnapshot } from "../../workbook/snapshot";
import { checkPlan, checkWrites } from "../fileProblem";
import type { WorkbookHost } from "../host";
import { applyPlanToWorkbook } from "./applyPlan";
import { invalidateResults, readPackage, savePackage, snapshotPackage, writePackageCells, type XlsxPackage } from "./xlsxPackage";
import { portableCodec, unzip, zip, type ZipCodec } from "./zip";
import { BASE_FONT, HIGHLIGHTS, STYLES } from "../../workbook/formats";
import { writePlanXlsx } from "./writePlan";

/** A second plan on a new workbook: its sheets replace those of the same names, the rest are added after. */
function mergePlans(a: WorkbookPlan, b: WorkbookPlan): WorkbookPlan {
  const replaced = new Set(b.sheets.map((s) => s.name));
  return { ...b, sheets: [...a.sheets.filter((s) => !replaced.has(s.name)), ...b.sheets], names: [...a.names.filter((n) => !b.names.some((m) => m.name === n.name)), ...b.names] };
}

export interface XlsxOptions {
  /** how parts are (de)compressed: portable JavaScript by default; the CLI passes Node's zlib */
  readonly codec?: ZipCodec;
}

/** The xlsx host: a workbook held in memory, read from and saved to bytes (no file system: it runs in a browser too). */
export interface XlsxHost extends WorkbookHost {
  save(): Promise<Uint8Array>;
}

/**
 * Two representations, each used where it is good: ExcelJS lays out a new workbook from a plan (styles,
 * validations, conditional formats…); an opened file stays a zip of XML parts that is read with a fast scan
 * and patched in place. ExcelJS needs about a second to load a 60-unit workbook and rewrites every part it
 * saves; the patch touches only the written rows, so everything else a user or LibreOffice put in the file
 * survives a `fill` byte for byte.
 */
type State =
  | { kind: "new" }
  | { kind: "plan"; plan: WorkbookPlan }
  | { kind: "exceljs"; wb: ExcelJS.Workbook }
  | { kind: "package"; pkg: XlsxPackage; written: boolean };

/** ExcelJS is loaded on first use: reading and patching files never needs it, and it is most of the CLI's start-up. */
async function newExcelJsWorkbook(): Promise<ExcelJS.Workbook> {
  const mod = await import("exceljs");
  const lib = (mod as unknown as { default?: typeof ExcelJS }).default ?? (mod as unknown as typeof ExcelJS);
  return new lib.Workbook();
}

/** A new, empty workbook. */
export function createXlsx(options: XlsxOptions = {}): XlsxHost {
  return host({ kind: "new" }, options.codec ?? portableCodec);
}

/**
 * Opens .xlsx bytes.
 * @throws when the bytes are not a zip holding a workbook (the service turns this into a finding)
 */
export async function openXlsx(bytes: Uint8Array | ArrayBuffer, options: XlsxOptions = {}): Promise<XlsxHost> {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const codec = options.codec ?? portableCodec;
  return host({ kind: "package", pkg: readPackage(data, codec), written: false }, codec);
}

async function excelJsBytes(wb: ExcelJS.Workbook, codec: ZipCodec): Promise<Uint8Array> {
  // the file carries no cached results: every program must calculate on opening
  wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
  // ExcelJS stores, the codec compresses: its JavaScript deflate is the slowest step of a generate
  const stored = await wb.xlsx.writeBuffer({ zip: { compression: "STORE" } } as ExcelJS.XlsxWriteOptions);
  return zip(unzip(new Uint8Array(stored as ArrayBuffer), codec), codec);
}

function host(initial: State, codec: ZipCodec): XlsxHost {
  let state = initial;
  const asPackage = async (): Promise<Extract<State, { kind: "package" }>> => {
    if (state.kind === "new" || state.kind === "plan") state = { kind: "package", pkg: readPackage(await saveBytes(), codec), written: false };
    if (state.kind === "exceljs") state = { kind: "package", pkg: readPackage(await excelJsBytes(state.wb, codec), codec), written: false };
    return state;
  };
  const asExcelJs = async (): Promise<ExcelJS.Workbook> => {
    if (state.kind === "new") state = { kind: "exceljs", wb: await newExcelJsWorkbook() };
    if (state.kind === "package" || state.kind === "plan") {
      const wb = await newExcelJsWorkbook();
      const bytes = await saveBytes();
      await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
      state = { kind: "exceljs", wb };
    }
    return state.wb;
  };
  const saveBytes = async (): Promise<Uint8Array> => {
    if (state.kind === "new") state = { kind: "plan", plan: { sheets: [], names: [], styles: STYLES, highlights: HIGHLIGHTS, font: BASE_FONT } };
    if (state.kind === "plan") return writePlanXlsx(state.plan, codec);
    if (state.kind === "exceljs") return excelJsBytes(state.wb, codec);
    if (state.written) {
      invalidateResults(state.pkg);
      state.written = false;
    }
    return savePackage(state.pkg, codec);
  };
  return {
    async applyPlan(plan: WorkbookPlan) {
      checkPlan(plan);
      // a new workbook is written straight from its plan; an existing one is edited through ExcelJS
      if (state.kind === "new") state = { kind: "plan", plan };
      else if (state.kind === "plan") state = { kind: "plan", plan: mergePlans(state.plan, plan) };
      else await applyPlanToWorkbook(await asExcelJs(), plan);
    },
    async snapshot(sheetNames?: readonly string[]): Promise<WorkbookSnapshot> {
      return { sheets: snapshotPackage((await asPackage()).pkg, sheetNames) };
    },
    async writeValues(writes: readonly CellWrite[]) {
      checkWrites(writes);
      const p = await asPackage();
      writePackageCells(p.pkg, writes);
      p.written = true;
    },
    async removeSheets(names: readonly string[]) {
      const wb = await asExcelJs();
      for (const name of names) {
        const ws = wb.getWorksheet(name);
        if (ws) wb.removeWorksheet(ws.id);
      }
    },
    save: saveBytes,
  };
}
