/**
 * The hosts the contract runs against, each behind a recorder that logs every WorkbookHost call the services
 * make (the real plans and writes), so the model can replay them:
 * - xlsx, new workbook: one createXlsx() host for the whole run; read by save → openXlsx → snapshot;
 * - xlsx, opened workbook: after every verb the file is saved and opened again, as the CLI does, so every plan
 *   after the first is applied onto an opened workbook;
 * - Office.js on the fake Excel at an API level: one open workbook for the whole run.
 * Each starts with the user's own sheet "Sheet1" (a new Excel workbook has one), which must survive.
 */
import { createExcelHost } from "../../../src/hosts/excel/excelHost";
import type { WorkbookHost } from "../../../src/hosts/host";
import { createXlsx, openXlsx, type XlsxHost } from "../../../src/hosts/xlsx/xlsxHost";
import { BASE_FONT, HIGHLIGHTS, STYLES } from "../../../src/workbook/formats";
import type { WorkbookPlan } from "../../../src/workbook/plan";
import type { CellWrite, WorkbookSnapshot } from "../../../src/workbook/snapshot";
import { FakeExcel, type ApiLevel } from "../../support/fakeExcel";
import type { BookState, Box } from "./contractState";
import { ALL_PARTS, type Parts } from "./model";
import { fakeState, xlsxState } from "./readState";

export type HostCall = { readonly op: "applyPlan"; readonly plan: WorkbookPlan } | { readonly op: "writeValues"; readonly writes: readonly CellWrite[] } | { readonly op: "removeSheets"; readonly names: readonly string[] };

export interface HostUnderTest {
  /** what the services are given: the current host, every call logged */
  readonly host: WorkbookHost;
  readonly calls: HostCall[];
  /** between two verbs: the xlsx host saves and opens its file again; Excel keeps the workbook open */
  nextVerb(): Promise<void>;
  read(boxes: ReadonlyMap<string, Box>): Promise<{ state: BookState; snapshot: WorkbookSnapshot }>;
}

export interface HostKind {
  readonly label: string;
  /** the parts of the contract this host carries (all but for Excel below some API sets) */
  readonly parts: Parts;
  create(): Promise<HostUnderTest>;
}

/** The user's own sheet every run starts with. */
export const USER_SHEET = "Sheet1";
export const USER_CELLS: readonly CellWrite[] = [
  { sheet: USER_SHEET, row: 0, col: 0, value: "Ghi chú của tôi" },
  { sheet: USER_SHEET, row: 1, col: 1, value: 42 },
];

/** The user's sheet as a plan: how it enters a new .xlsx (and the model). */
export const USER_PLAN: WorkbookPlan = {
  sheets: [
    {
      name: USER_SHEET,
      visibility: "visible",
      values: [["Ghi chú của tôi", null], [null, 42]],
      formulas: [[null, null], [null, null]],
      columns: [],
      rowHeights: [],
      formats: [],
      merges: [],
      validations: [],
      conditionalFormats: [],
      protect: false,
    },
  ],
  font: BASE_FONT,
  styles: STYLES,
  highlights: HIGHLIGHTS,
  names: [],
};

function recorder(current: () => WorkbookHost, calls: HostCall[]): WorkbookHost {
  return {
    applyPlan: async (plan) => {
      calls.push({ op: "applyPlan", plan });
      await current().applyPlan(plan);
    },
    writeValues: async (writes) => {
      calls.push({ op: "writeValues", writes });
      await current().writeValues(writes);
    },
    removeSheets: async (names) => {
      calls.push({ op: "removeSheets", names });
      await current().removeSheets(names);
    },
    snapshot: (names) => current().snapshot(names),
  };
}

function xlsxKind(label: string, reopen: boolean): HostKind {
  return {
    label,
    parts: ALL_PARTS,
    async create() {
      let host: XlsxHost = createXlsx();
      await host.applyPlan(USER_PLAN);
      if (reopen) host = await openXlsx(await host.save());
      const calls: HostCall[] = [];
      return {
        host: recorder(() => host, calls),
        calls,
        async nextVerb() {
          if (reopen) host = await openXlsx(await host.save());
        },
        async read(boxes) {
          const bytes = await host.save();
          const snapshot = await (await openXlsx(bytes)).snapshot();
          return { state: xlsxState(snapshot, bytes, boxes), snapshot };
        },
      };
    },
  };
}

const minor = (v: string) => Number(v.split(".")[1]);

/**
 * Office.js on the fake Excel. What it carries follows the requirement set of each member (Office.js reference):
 * Worksheet.protection / RangeFormat.protection / setting visibility 1.2, NamedItemCollection.add 1.4,
 * Range.conditionalFormats 1.6, Range.dataValidation 1.8.
 */
function excelKind(level: ApiLevel): HostKind {
  const has = (v: string) => minor(level) >= minor(v);
  return {
    label: `Office.js, ExcelApi ${level} (fake Excel)`,
    parts: { protection: has("1.2"), names: has("1.4"), conditionalFormats: has("1.6"), dataValidation: has("1.8") },
    async create() {
      const fake = new FakeExcel([USER_SHEET], { api: level });
      for (const w of USER_CELLS) fake.sheet(USER_SHEET)!.set(w.row, w.col, w.value as string | number);
      const excel = createExcelHost(fake.run, fake.isSetSupported);
      const calls: HostCall[] = [];
      return {
        host: recorder(() => excel, calls),
        calls,
        async nextVerb() {},
        async read(boxes) {
          const snapshot = await excel.snapshot();
          return { state: fakeState(snapshot, fake, boxes), snapshot };
        },
      };
    },
  };
}

export const HOST_KINDS: readonly HostKind[] = [xlsxKind("xlsx, new workbook (createXlsx)", false), xlsxKind("xlsx, opened workbook (openXlsx after every verb)", true), excelKind("1.12"), excelKind("1.8"), excelKind("1.1")];

/** The levels between, where some parts are there and others not (run on one scenario: the machine is shared). */
export const PARTIAL_KINDS: readonly HostKind[] = [excelKind("1.2"), excelKind("1.4"), excelKind("1.6")];
