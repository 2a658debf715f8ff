import { buildTemplatePlan } from "../../src/workbook/buildTemplatePlan";
import { parseBloc } from "../../src/domain/blocRules";
import { parseRubric } from "../../src/domain/rubricRules";
import { fingerprint } from "../../src/workbook/fingerprint";
import { META_SHEET, summaryLayout, unitLayout } from "../../src/workbook/layout";
import { readWorkbook } from "../../src/workbook/readWorkbook";
import { fixtureTexts } from "../support/fixture";
import { planToSnapshot } from "../support/planSnapshot";

function setup() {
  const t = fixtureTexts();
  const r = parseRubric(JSON.parse(t.rubric));
  const b = parseBloc(JSON.parse(t.bloc));
  if (!r.ok || !b.ok) throw new Error("fixture");
  const snap = planToSnapshot(buildTemplatePlan(r.value, b.value));
  return { rubric: r.value, bloc: b.value, snap, sheet: (name: string) => snap.sheets.find((s) => s.name === name)! };
}

describe("readWorkbook", () => {
  it("reads back the stored rubric, bloc and sheet names, with matching fingerprints and no values yet", () => {
    const { rubric, bloc, snap } = setup();
    const read = readWorkbook(snap);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.rubric).toEqual(rubric);
    expect(read.value.bloc).toEqual(bloc);
    expect(read.value.sheets.units).toEqual(bloc.units.map((u) => u.name));
    expect(read.value.fingerprint).toEqual({ stored: fingerprint(rubric), actual: fingerprint(rubric) });
    expect(read.value.rows).toEqual([]);
    expect(read.value.votes.size).toBe(0);
  });

  it("reads every typed input with its sheet and cell, notes included, and the vote column", () => {
    const { rubric, snap, sheet } = setup();
    const layout = unitLayout(rubric);
    const hue = sheet("UBND thành phố Huế");
    const c01 = layout.items.find((i) => i.id === "C01")!.row;
    hue.values[c01][layout.col["stage:bloc"]] = 6.75;
    hue.values[c01][layout.col["stage:self"]] = "7,75";
    hue.values[c01][layout.col.evidence] = "Báo cáo số 12";
    hue.values[c01][layout.col["reason:bloc"]] = "Thiếu biên bản";
    hue.values[c01][layout.col["reason:verified"]] = "Lý do khi chưa có điểm";
    const d1 = layout.items.find((i) => i.id === "D1")!.row;
    hue.values[d1][layout.col["stage:bloc"]] = { error: "#N/A" };
    const s = summaryLayout(rubric, 9);
    sheet("Tổng hợp").values[s.firstUnitRow + 4][s.col.vote] = 2;
    sheet("Tổng hợp").values[s.firstUnitRow + 6][s.col.vote] = "1";
    const read = readWorkbook(snap);
    if (!read.ok) throw new Error("not ok");
    // evidence goes with the first stage, each reason with its stage; a reason beside an empty cell is kept too
    const col = (key: string) => String.fromCharCode(65 + layout.col[key]);
    // each value names its note's cell (evidence or the stage's reason), where a missing reason is reported
    const noteAt = (key: string, row: number) => ({ sheet: "UBND thành phố Huế", cell: `${col(key)}${row + 1}` });
    expect(read.value.rows).toEqual([
      { unit: "U01", item: "C01", stage: "self", raw: "7,75", note: "Báo cáo số 12", source: { sheet: "UBND thành phố Huế", cell: `E${c01 + 1}` }, noteSource: noteAt("evidence", c01) },
      { unit: "U01", item: "C01", stage: "bloc", raw: 6.75, note: "Thiếu biên bản", source: { sheet: "UBND thành phố Huế", cell: `F${c01 + 1}` }, noteSource: noteAt("reason:bloc", c01) },
      { unit: "U01", item: "D1", stage: "bloc", raw: "#N/A", note: undefined, source: { sheet: "UBND thành phố Huế", cell: `F${d1 + 1}` }, noteSource: noteAt("reason:bloc", d1) },
    ]);
    expect(read.value.notes).toEqual([
      { unit: "U01", item: "C01", stage: "self", kind: "evidence", text: "Báo cáo số 12", source: { sheet: "UBND thành phố Huế", cell: `${col("evidence")}${c01 + 1}` } },
      { unit: "U01", item: "C01", stage: "bloc", kind: "reason", text: "Thiếu biên bản", source: { sheet: "UBND thành phố Huế", cell: `${col("reason:bloc")}${c01 + 1}` } },
      { unit: "U01", item: "C01", stage: "verified", kind: "reason", text: "Lý do khi chưa có điểm", source: { sheet: "UBND thành phố Huế", cell: `${col("reason:verified")}${c01 + 1}` } },
    ]);
    expect([...read.value.votes]).toEqual([["U05", 2]]);
    expect(read.findings.map((f) => [f.code, f.unit, f.source?.cell])).toEqual([["ERR_TEXT_NUMBER", "U07", `P${s.firstUnitRow + 7}`]]);
  });

  it("refuses a workbook without the meta sheet, or with a damaged one, as ERR_NOT_WORKBOOK", () => {
    const a = setup();
    a.snap.sheets = a.snap.sheets.filter((s) => s.name !== META_SHEET);
    expect(readWorkbook(a.snap)).toMatchObject({ ok: false, findings: [{ code: "ERR_NOT_WORKBOOK" }] });
    const b = setup();
    b.sheet(META_SHEET).values[0][1] = "something-else";
    expect(readWorkbook(b.snap)).toMatchObject({ ok: false, findings: [{ code: "ERR_NOT_WORKBOOK", params: { reason: "format" } }] });
    const c = setup();
    const rubricRow = c.sheet(META_SHEET).values.findIndex((r) => r[0] === "rubric");
    c.sheet(META_SHEET).values[rubricRow][1] = "{ broken";
    expect(readWorkbook(c.snap)).toMatchObject({ ok: false, findings: [{ code: "ERR_NOT_WORKBOOK", params: { reason: "rubric" } }] });
  });

  it("reports a missing unit sheet and a moved row as ERR_LAYOUT instead of reading the wrong cells", () => {
    const a = setup();
    a.snap.sheets = a.snap.sheets.filter((s) => s.name !== "UBND huyện Phú Vang");
    expect(readWorkbook(a.snap)).toMatchObject({ ok: false, findings: [{ code: "ERR_LAYOUT", unit: "U06", params: { sheet: "UBND huyện Phú Vang" } }] });
    const b = setup();
    const sheet = b.sheet("UBND huyện A Lưới");
    sheet.values.splice(6, 0, Array(sheet.values[0].length).fill(null));
    const read = readWorkbook(b.snap);
    expect(read.ok).toBe(false);
    expect(read.findings[0]).toMatchObject({ code: "ERR_LAYOUT", unit: "U09", params: { sheet: "UBND huyện A Lưới", cell: "A7", found: "" } });
  });
});
