import { nodeZipCodec } from "../src/cli/zipCodec";
import { walkTree } from "../src/domain/rubricTree";
import { createXlsx, openXlsx } from "../src/hosts/xlsx/xlsxHost";
import { exportRubricTable, importRubricTable, rubricTablePlan } from "../src/services/rubricTable";
import { readRubricTable } from "../src/workbook/rubricTable/readRubricTable";
import type { WorkbookSnapshot } from "../src/workbook/snapshot";
import { makeTreeBloc } from "./makeTree";
import { medianMs, printTable } from "./timing";

/**
 * `rubric import` of a 300-row criteria table (a 4-level tree of 225 criteria with its "Quy định chấm" sheet), in
 * process: from the cells (what the pane's Excel host hands over), the same cells as a pasted table with the "Mã"
 * column cleared (ids from the numbering), and from the .xlsx bytes (open + snapshot + read). Target: under 200 ms.
 */
export default async function run(): Promise<void> {
  const { rubric } = makeTreeBloc(1, 225, 1);
  const rows = walkTree(rubric).length;
  const plan = rubricTablePlan(rubric, "vi");
  const snapshot: WorkbookSnapshot = { sheets: plan.sheets.map((s) => ({ name: s.name, visibility: s.visibility, protected: false, values: s.values, formulas: s.formulas })) };
  // the same table without its ids, as an official would paste it: every id comes from the numbering
  // (its tie-break named the fixture's ids, so that sheet has none)
  const rules = rubricTablePlan({ ...rubric, tieBreak: [] }, "vi").sheets[1];
  const criteria = snapshot.sheets[0];
  const pasted: WorkbookSnapshot = {
    sheets: [{ ...criteria, values: criteria.values.map((r, j) => (j <= 3 ? r : r.map((v, c) => (c === 1 ? null : v)))) }, { ...snapshot.sheets[1], values: rules.values, formulas: rules.formulas }],
  };
  const options = { file: "bang.xlsx", year: 2025 };
  const check = (ok: boolean) => {
    if (!ok) throw new Error("import failed");
  };
  const cells = await medianMs(() => check(readRubricTable(snapshot, options).ok), 9, 2);
  const pastedMs = await medianMs(() => check(readRubricTable(pasted, options).ok), 9, 2);
  const host = createXlsx({ codec: nodeZipCodec });
  await exportRubricTable(rubric, host, "vi");
  const bytes = await host.save();
  const file = await medianMs(async () => check((await importRubricTable(await openXlsx(bytes, { codec: nodeZipCodec }), options)).exit === 0), 9, 2);
  printTable(
    [`rubric import (${rows} rows, ${rubric.sections.length} parts, 4 levels)`, "median ms"],
    [
      ["from the cells (readRubricTable)", cells],
      ["pasted, ids from the numbering", pastedMs],
      [`from .xlsx bytes (${(bytes.length / 1024).toFixed(0)} KB: open + snapshot + read)`, file],
    ],
  );
}
