import { parseRubric } from "../../src/domain/rubricRules";
import { parseBloc } from "../../src/domain/blocRules";
import { openXlsx } from "../../src/hosts/xlsx/xlsxHost";
import { cellRef } from "../../src/workbook/a1";
import { evidenceCell, noteColumn, reasonCell, unitLayout } from "../../src/workbook/layout";
import { noteCellRef } from "../../src/workbook/noteCells";
import { readWorkbook } from "../../src/workbook/readWorkbook";
import { cellAt } from "../../src/workbook/snapshot";
import { fixtureTexts } from "../support/fixture";
import { fillBytes, generateBytes } from "../support/workbooks";

/** Evidence (minh chứng) with the first stage, a reason (lý do) per later stage: written by fill, read back as notes. */
describe("evidence and reason cells", () => {
  const fx = fixtureTexts();
  const rubric = (() => {
    const r = parseRubric(JSON.parse(fx.rubric));
    if (!r.ok) throw new Error("rubric");
    return r.value;
  })();
  const bloc = (() => {
    const b = parseBloc(JSON.parse(fx.bloc));
    if (!b.ok) throw new Error("bloc");
    return b.value;
  })();
  const layout = unitLayout(rubric);

  it("lays out one evidence column and one reason column per later stage, right after the points", () => {
    expect(layout.keys.slice(layout.col.points + 1)).toEqual(["evidence", "reason:bloc", "reason:verified", "helper"]);
    expect(noteColumn(layout, "self")).toBe(layout.col.evidence);
    expect(noteColumn(layout, "verified")).toBe(layout.col["reason:verified"]);
    const row = layout.items.find((i) => i.id === "C01")!.row;
    expect(reasonCell(layout, "C01", "bloc")).toEqual({ row, col: layout.col["reason:bloc"] });
    expect(reasonCell(layout, "C01", "self")).toBeNull();
    expect(reasonCell(layout, "nope", "bloc")).toBeNull();
    expect(evidenceCell(layout, "C01")).toEqual({ row, col: layout.col.evidence });
    expect(noteCellRef(rubric, bloc, { summary: "Tổng hợp", rubric: "Tiêu chí", units: bloc.units.map((u) => u.name) }, "U02", "C01", "bloc")).toEqual({
      sheet: bloc.units[1].name,
      cell: cellRef(row, layout.col["reason:bloc"]),
    });
  });

  it("fill puts a self note into the evidence cell and a later stage's note into that stage's reason cell, and reads them back", async () => {
    const csv = "unit,item,stage,value,note\nU01,C01,self,8,Báo cáo số 12\nU01,C01,bloc,7,Thiếu biên bản họp\nU01,C02,verified,3,\n";
    const bytes = await fillBytes(await generateBytes(fx.rubric, fx.bloc), csv);
    const snap = await (await openXlsx(bytes)).snapshot();
    const sheet = snap.sheets.find((s) => s.name === bloc.units[0].name)!;
    const row = layout.items.find((i) => i.id === "C01")!.row;
    expect([layout.col.evidence, layout.col["reason:bloc"], layout.col["reason:verified"]].map((c) => cellAt(sheet, row, c))).toEqual([
      "Báo cáo số 12",
      "Thiếu biên bản họp",
      null,
    ]);
    const read = readWorkbook(snap);
    if (!read.ok) throw new Error("not ok");
    const c01 = read.value.rows.filter((r) => r.unit === "U01" && r.item === "C01").map((r) => [r.stage, r.note]);
    expect(c01).toEqual([
      ["self", "Báo cáo số 12"],
      ["bloc", "Thiếu biên bản họp"],
    ]);
    expect(read.value.notes.map((n) => [n.unit, n.item, n.stage, n.kind, n.text])).toEqual([
      ["U01", "C01", "self", "evidence", "Báo cáo số 12"],
      ["U01", "C01", "bloc", "reason", "Thiếu biên bản họp"],
    ]);
  });
});
