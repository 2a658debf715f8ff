import { createExcelHost } from "../../hosts/excel/excelHost";
import { officeSetSupported } from "../../hosts/excel/capabilities";
import { loadXlsxHost } from "../lazy/loadXlsxHost";
import type { HostFactory } from "./types";

/** The real hosts: the xlsx host's chunk on demand, and Excel.run once office.js is ready. */
export const defaultHostFactory: HostFactory = {
  openXlsx: async (bytes) => (await loadXlsxHost()).openXlsx(bytes),
  createXlsx: async () => (await loadXlsxHost()).createXlsx(),
  excel: () => createExcelHost((batch) => Excel.run(batch), officeSetSupported, (base64) => Excel.createWorkbook(base64)),
};
