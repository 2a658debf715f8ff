import type { ExcelCapabilities } from "./capabilities";

/** Excel.createWorkbook's shape (ExcelApi 1.8): opens a new workbook window from an .xlsx in base64. */
export type CreateWorkbook = (base64: string) => Promise<void>;

/** Thrown below ExcelApi 1.8, where an add-in cannot open a new workbook; the pane says what to do instead. */
export class NewWorkbookUnavailable extends Error {
  constructor() {
    super("NewWorkbookUnavailable: Excel.createWorkbook needs ExcelApi 1.8");
  }
}

/** Base64 without Buffer (the pane runs in a browser), in slices so a large workbook never overflows the call stack. */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * An .xlsx opened as a new workbook in Excel, for the official to save or mail (a unit's copy, the Board's
 * summary). Checked against the capabilities first: calling Excel.createWorkbook below 1.8 throws ApiNotFound,
 * which says nothing a person could act on.
 */
export async function openNewWorkbookExcel(create: CreateWorkbook | undefined, capabilities: ExcelCapabilities, bytes: Uint8Array): Promise<void> {
  if (!capabilities.newWorkbook || !create) throw new NewWorkbookUnavailable();
  await create(toBase64(bytes));
}
