import { readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { openXlsx } from "../../../src/hosts/xlsx/xlsxHost";
import { META_SHEET, noteColumn, unitLayout } from "../../../src/workbook/layout";
import { readWorkbook } from "../../../src/workbook/readWorkbook";
import { ensureCli, runCli, tempDir } from "../../support/cli";
import { fixtureTexts } from "../../support/fixture";
import { editWorkbook } from "../../support/sheetEditor";
import { sheet, workbookMap } from "../../support/tamper";
import { fillBytes, generateBytes } from "../../support/workbooks";
import { splitBytes } from "../../support/roundTrip";
import { copyTokensOf } from "../../../src/workbook/copyTokens";

/**
 * A workbook made before the evidence and reason columns (format 1: one note column where the evidence column is
 * now, the hidden helper column right after it), crafted from today's layout: validate and rank say it is from an
 * earlier version and how to move it; `generate --force` moves it, scores and notes carried over.
 */

const fx = fixtureTexts();
const map = workbookMap(fx.rubric, fx.bloc);
const layout = unitLayout(map.rubric);
const NOTE = "Biên bản kiểm tra số 12/BB-UBND ngày 05/12/2023";
let filled: Uint8Array;
let formatOne: Uint8Array;

/** Today's workbook laid out as format 1: the reason columns taken out, the note in the evidence column's place. */
async function asFormatOne(bytes: Uint8Array): Promise<Uint8Array> {
  return editWorkbook(bytes, (wb) => {
    const evidence = noteColumn(layout, map.rubric.stages[0]);
    const reasons = map.rubric.stages.length - 1;
    for (const name of map.sheets.units) {
      const ws = sheet(wb, name);
      ws.spliceColumns(evidence + 2, reasons);
      ws.getCell(4, evidence + 1).value = "Ghi chú";
    }
    const c01 = layout.items.find((i) => i.id === "C01")!.row;
    sheet(wb, map.unitSheet("U01")).getCell(c01 + 1, evidence + 1).value = NOTE;
    sheet(wb, META_SHEET).getCell("C1").value = 1;
  });
}

beforeAll(async () => {
  ensureCli();
  filled = await fillBytes(await generateBytes(fx.rubric, fx.bloc), fx.scores);
  formatOne = await asFormatOne(filled);
});

describe("a workbook of format 1", () => {
  it("is refused by validate and rank (exit 2) with what to do, not as a broken layout", () => {
    const t = tempDir({});
    try {
      writeFileSync(path.join(t.dir, "khoi.xlsx"), formatOne);
      for (const verb of ["validate", "rank"]) {
        const r = runCli([verb, "khoi.xlsx"], t.dir);
        expect([verb, r.code, r.stderr.includes("ERR_WORKBOOK_OLD"), r.stderr.includes("ERR_LAYOUT")]).toEqual([verb, 2, true, false]);
        expect(r.stderr).toContain("thidua generate --rubric rubric.json --bloc bloc.json --out khoi.xlsx --force");
      }
    } finally {
      t.cleanup();
    }
  });

  it("is moved to the new format by generate --force: scores, votes and its note carried over, the old file kept as .bak", async () => {
    const t = tempDir({ "rubric.json": fx.rubric, "bloc.json": fx.bloc });
    try {
      writeFileSync(path.join(t.dir, "khoi.xlsx"), formatOne);
      writeFileSync(path.join(t.dir, "today.xlsx"), filled);
      const r = runCli(["generate", "--rubric", "rubric.json", "--bloc", "bloc.json", "--out", "khoi.xlsx", "--force"], t.dir);
      expect([r.code, r.stderr]).toEqual([0, ""]);
      expect(readFileSync(path.join(t.dir, "khoi.bak.xlsx")).equals(Buffer.from(formatOne))).toBe(true);
      const v = runCli(["validate", "khoi.xlsx"], t.dir);
      expect([v.code, v.stderr.includes("ERR_")]).toEqual([0, false]);
      const ranked = (file: string) => JSON.parse(runCli(["rank", file, "--json"], t.dir).stdout) as { units: unknown[] };
      expect(ranked("khoi.xlsx").units).toEqual(ranked("today.xlsx").units);
      const read = readWorkbook(await (await openXlsx(new Uint8Array(readFileSync(path.join(t.dir, "khoi.xlsx"))))).snapshot());
      if (!read.ok) throw new Error(JSON.stringify(read.findings));
      expect(read.value.notes.map((n) => [n.unit, n.item, n.kind, n.text])).toEqual([["U01", "C01", "evidence", NOTE]]);
    } finally {
      t.cleanup();
    }
  });

  it("keeps the units' copy tokens when generate --force moves a split workbook to the new format", async () => {
    const split = await splitBytes(filled);
    const tokens = async (bytes: Uint8Array) => copyTokensOf(await (await openXlsx(bytes)).snapshot([META_SHEET]));
    const before = await tokens(split.bloc);
    const t = tempDir({ "rubric.json": fx.rubric, "bloc.json": fx.bloc });
    try {
      writeFileSync(path.join(t.dir, "khoi.xlsx"), await asFormatOne(split.bloc));
      const r = runCli(["generate", "--rubric", "rubric.json", "--bloc", "bloc.json", "--out", "khoi.xlsx", "--force"], t.dir);
      expect([r.code, r.stderr]).toEqual([0, ""]);
      const after = await tokens(new Uint8Array(readFileSync(path.join(t.dir, "khoi.xlsx"))));
      expect([before.size, after]).toEqual([9, before]);
    } finally {
      t.cleanup();
    }
  });
});
