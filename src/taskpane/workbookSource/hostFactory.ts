import { officeSetSupported } from "../../hosts/excel/capabilities";
import { excelHostModule } from "../lazy/loadExcelHost";
import { loadXlsxHost } from "../lazy/loadXlsxHost";
import type { HostFactory } from "./types";

/**
 * The real hosts: the xlsx host's chunk on demand, and Excel.run once office.js is ready (index.tsx fetches
 * the Excel host's chunk before the first render in Excel mode; had it failed, `excel()` throws and the pane
 * says so, as for any Excel host that cannot be made).
 */
export const defaultHostFactory: HostFactory = {
  openXlsx: async (bytes) => (await loadXlsxHost()).openXlsx(bytes),
  createXlsx: async () => (await loadXlsxHost()).createXlsx(),
  excel: () => excelHostModule().createExcelHost((batch) => Excel.run(batch), officeSetSupported, (base64) => Excel.createWorkbook(base64)),
};
