import { parseBloc } from "../../src/domain/blocRules";
import { openXlsx } from "../../src/hosts/xlsx/xlsxHost";
import { cellRef, parseRange } from "../../src/workbook/a1";
import { buildTemplatePlan } from "../../src/workbook/buildTemplatePlan";
import { parseRubric } from "../../src/domain/rubricRules";
import { HEADER_ROW, unitLayout } from "../../src/workbook/layout";
import { cellAt } from "../../src/workbook/snapshot";
import { measuredTexts } from "../support/fixture";
import { refValuesOfCsv, treeReference } from "../support/treeReference";
import { errorCodes, validateBytes } from "../support/tamper";
import { fillBytes, generateBytes, rankBytes } from "../support/workbooks";
import { csvOf, csvRows, splitBytes, typeIntoCopy } from "../support/roundTrip";
import { mergeCopies } from "../../src/services/mergeCopies";
import { sealWorkbook } from "../../src/services/sealWorkbook";
import { readWorkbook } from "../../src/workbook/readWorkbook";
import { sealedChanges } from "../../src/workbook/sealedChanges";
import { applyRegeneration, previewRegeneration } from "../../src/services/regenerate";
import { buildUnitCopyPlan } from "../../src/workbook/unitCopy";

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * A rubric mixing typed and measured criteria in the workbook: targets and actuals filled from the CSV, the points
 * as live formulas, and generate → fill → rank equal to the independent reference at every stage.
 */
const t = measuredTexts();
const rubricJson = JSON.parse(t.rubric);
const blocJson = JSON.parse(t.bloc);
const parsed = parseRubric(rubricJson);
if (!parsed.ok) throw new Error("rubric");
const rubric = parsed.value;
const layout = unitLayout(rubric);
const sheetName = (id: string) => blocJson.units.find((u: any) => u.id === id).name;

describe("a workbook with measured criteria", () => {
  let blank: Uint8Array;
  let filled: Uint8Array;
  beforeAll(async () => {
    blank = await generateBytes(t.rubric, t.bloc);
    filled = await fillBytes(blank, t.scores);
  }, 60_000);

  it.each(["self", "bloc", "final"] as const)("ranks like the independent reference at %s", async (stage) => {
    const ranked = await rankBytes(filled, stage);
    const ref = treeReference(rubricJson, blocJson, refValuesOfCsv(t.scores), stage);
    expect({ units: ranked.units, ties: ranked.ties }).toEqual({ units: ref.units, ties: ref.ties });
  });

  it("writes the target into its own column and the actuals into the stage columns", async () => {
    const snap = await (await openXlsx(filled)).snapshot();
    const sheet = snap.sheets.find((s) => s.name === sheetName("H5"))!;
    const row = layout.items.find((i) => i.id === "M1")!.row;
    expect(cellAt(sheet, row, layout.col.target)).toBe(1500.5);
    expect(cellAt(sheet, row, layout.col["stage:self"])).toBe(1590.6);
    // the points, achievement and the missing-target flag are formulas on those cells
    expect(sheet.formulas[row][layout.col.points]).toMatch(/^=IF\(AND\(ISNUMBER\(/);
    expect(sheet.formulas[row][layout.col.percent]).toMatch(/ROUND\(/);
    const typed = layout.items.find((i) => i.id === "C1")!.row;
    expect(cellAt(sheet, typed, layout.col.target)).toBeNull();
  });

  it("validates: only H4's missing target is an error, at its target cell", async () => {
    const out = await validateBytes(filled);
    expect(errorCodes(out)).toEqual(["ERR_MISSING"]);
    const missing = out.findings.filter((f) => f.severity === "error");
    const row = layout.items.find((i) => i.id === "M1")!.row;
    expect(missing.map((f) => [f.unit, f.item, f.params.what, f.source?.sheet, f.source?.cell])).toEqual([
      ["H4", "M1", "target", sheetName("H4"), cellRef(row, layout.col.target)],
    ]);
  });

  it("validates: an actual typed as text, a negative actual and a target ≤ 0 are errors at their cells", async () => {
    const host = await openXlsx(filled);
    const rowOf = (id: string) => layout.items.find((i) => i.id === id)!.row;
    const self = layout.col["stage:self"];
    await host.writeValues([
      { sheet: sheetName("H1"), row: rowOf("M1"), col: self, value: "104,5" },
      { sheet: sheetName("H2"), row: rowOf("M2"), col: self, value: -3 },
      { sheet: sheetName("H3"), row: rowOf("M3"), col: layout.col.target, value: 0 },
    ]);
    const out = await validateBytes(await host.save());
    const errors = out.findings.filter((f) => f.severity === "error" && f.code !== "ERR_MISSING");
    expect(errors.map((f) => [f.code, f.unit, f.item, f.source?.sheet, f.source?.cell])).toEqual([
      ["ERR_TEXT_NUMBER", "H1", "M1", sheetName("H1"), cellRef(rowOf("M1"), self)],
      ["ERR_NEGATIVE", "H2", "M2", sheetName("H2"), cellRef(rowOf("M2"), self)],
      ["ERR_TARGET", "H3", "M3", sheetName("H3"), cellRef(rowOf("M3"), layout.col.target)],
    ]);
  });
});

describe("the plan of a measured rubric's unit sheet", () => {
  const bloc = parseBloc(blocJson);
  if (!bloc.ok) throw new Error("bloc");
  const plan = buildTemplatePlan(rubric, bloc.value);
  const sheet = plan.sheets.find((s) => s.name === sheetName("H1"))!;
  const inRange = (range: string, row: number, col: number) => {
    const p = parseRange(range)!;
    return row >= p.top && row <= p.bottom && col >= p.left && col <= p.right;
  };
  const unlocked = sheet.formats.filter((f) => f.locked === false).map((f) => f.range);
  const validation = (row: number, col: number) => sheet.validations.find((v) => inRange(v.range, row, col));

  it("opens and validates a measured row's target (a number above 0) and actuals (a number ≥ 0, no maximum, KAD where allowed)", () => {
    for (const id of ["M1", "M2", "M3", "M4", "M5"]) {
      const row = layout.items.find((i) => i.id === id)!.row;
      expect(unlocked.some((r) => inRange(r, row, layout.col.target))).toBe(true);
      expect(validation(row, layout.col.target)).toMatchObject({ kind: "custom", promptTitle: "Chỉ tiêu giao" });
      expect(validation(row, layout.col.target)!.formula).toMatch(/>0\)$/);
      for (const stage of rubric.stages) {
        const v = validation(row, layout.col[`stage:${stage}`])!;
        expect(unlocked.some((r) => inRange(r, row, layout.col[`stage:${stage}`]))).toBe(true);
        if (id === "M5") expect([v.kind, v.formula]).toEqual(["custom", expect.stringMatching(/KAD/)]);
        else expect([v.kind, v.min, v.max, v.promptTitle]).toEqual(["decimal", 0, undefined, "Kết quả thực hiện"]);
      }
    }
  });

  it("keeps a typed criterion's target cell closed and unvalidated, and no formula in an open cell", () => {
    const row = layout.items.find((i) => i.id === "C1")!.row;
    expect(unlocked.some((r) => inRange(r, row, layout.col.target))).toBe(false);
    expect(validation(row, layout.col.target)).toBeUndefined();
    sheet.formulas.forEach((cells, r) => cells.forEach((f, c) => f && expect([r, c, unlocked.some((u) => inRange(u, r, c))]).toEqual([r, c, false])));
  });

  it("heads the target and achievement columns", () => {
    expect(sheet.values[HEADER_ROW][layout.col.target]).toBe("Chỉ tiêu giao");
    expect(sheet.values[HEADER_ROW][layout.col.percent]).toBe("% hoàn thành");
  });
});

it("states each measured criterion's rule in words on the rubric sheet", () => {
  const bloc = parseBloc(blocJson);
  if (!bloc.ok) throw new Error("bloc");
  const sheet = buildTemplatePlan(rubric, bloc.value).sheets.find((s) => s.name === "Tiêu chí")!;
  const row = (id: string) => sheet.values.find((r) => r[0] === id)!;
  expect(sheet.values[HEADER_ROW][5]).toBe("Cách chấm (theo kết quả thực hiện chỉ tiêu)");
  expect(row("M1")[5]).toBe("tỷ lệ; vượt 1% +0,1 tối đa 1");
  expect(row("M3")[5]).toBe("bậc: ≥95% 5; ≥90% 4; ≥80% 3");
  expect(row("M4")[5]).toBe("tỷ lệ; vượt 1% +0,05 tối đa 0,5; càng thấp càng tốt");
  expect(row("C1")[5] ?? null).toBeNull();
});

describe("a measured workbook split into unit copies and merged back", () => {
  it("shows each unit its targets, locked, takes its actuals from its copy, and ranks like the reference afterwards", async () => {
    const rows = csvRows(t.scores);
    const targets = await fillBytes(await generateBytes(t.rubric, t.bloc), csvOf(rows.filter((r) => r.stage === "target")));
    const { bloc, copies } = await splitBytes(targets);
    const m1 = layout.items.find((i) => i.id === "M1")!.row;
    const h1 = copies.find((c) => c.unit === "H1")!;
    const plan = (await (await openXlsx(h1.bytes)).snapshot()).sheets.find((s) => s.visibility === "visible")!;
    expect(cellAt(plan, m1, layout.col.target)).toBe(100);
    const typed = await Promise.all(
      copies.map(async (c) => {
        const self = new Map(rows.filter((r) => r.unit === c.unit && r.stage === "self").map((r) => [r.item, r.value.toLowerCase() === "na" ? "KAD" : Number(r.value)] as const));
        return { file: `${c.unit}.xlsx`, host: await openXlsx(await typeIntoCopy(c.bytes, rubric, self)) };
      }),
    );
    const host = await openXlsx(bloc);
    const merged = await mergeCopies(host, "bloc.xlsx", typed, { write: true });
    expect(merged.exit).toBe(0);
    // the copies bring actuals into the self column, never a target
    expect(merged.changes.every((ch) => ch.stage === "self" || ch.kind === "note")).toBe(true);
    const all = await fillBytes(await host.save(), csvOf(rows.filter((r) => r.stage === "bloc")));
    const ranked = await rankBytes(all);
    const ref = treeReference(rubricJson, blocJson, refValuesOfCsv(t.scores), "final");
    expect({ units: ranked.units, ties: ranked.ties }).toEqual({ units: ref.units, ties: ref.ties });
  });

  it("locks the target cells in a unit's copy, its own stage's actual cells open", () => {
    const copyBloc = parseBloc(blocJson);
    if (!copyBloc.ok) throw new Error("bloc");
    const plan = buildUnitCopyPlan({ rubric, bloc: copyBloc.value, unit: copyBloc.value.units[0], sheet: sheetName("H1"), stage: "self", existing: [], token: "x" });
    const sheet = plan.sheets[0];
    const m1 = layout.items.find((i) => i.id === "M1")!.row;
    const last = [...sheet.formats].reverse().find((f) => f.locked !== undefined && inRangeOf(f.range, m1, layout.col.target));
    expect(last?.locked).toBe(true);
    const self = [...sheet.formats].reverse().find((f) => f.locked !== undefined && inRangeOf(f.range, m1, layout.col["stage:self"]));
    expect(self?.locked).toBe(false);
  });
});

function inRangeOf(range: string, row: number, col: number): boolean {
  const p = parseRange(range)!;
  return row >= p.top && row <= p.bottom && col >= p.left && col <= p.right;
}

it("regenerates over its own targets and actuals, keeping every one (nothing listed as lost)", async () => {
  const filled = await fillBytes(await generateBytes(t.rubric, t.bloc), t.scores);
  const host = await openXlsx(filled);
  const bloc = parseBloc(blocJson);
  if (!bloc.ok) throw new Error("bloc");
  const preview = await previewRegeneration(host, rubric, bloc.value);
  expect(preview.lost).toEqual([]);
  await applyRegeneration(host, preview, { confirmed: true, now: new Date("2025-12-01T08:00:00Z"), reason: "test" });
  const ranked = await rankBytes(await host.save());
  const ref = treeReference(rubricJson, blocJson, refValuesOfCsv(t.scores), "final");
  expect({ units: ranked.units, ties: ranked.ties }).toEqual({ units: ref.units, ties: ref.ties });
});

it("seals the targets too: a target changed after the seal is named with its cell and both values", async () => {
  // sealing wants every unit complete: H4 gets its target
  const host = await openXlsx(await fillBytes(await generateBytes(t.rubric, t.bloc), `${t.scores}H4,M1,target,100,\n`));
  const sealedOut = await sealWorkbook(host, "k.xlsx", { by: "Nguyễn Văn A", stage: "final", now: new Date("2025-12-05T08:30:00Z") });
  expect(sealedOut.exit).toBe(0);
  const row = layout.items.find((i) => i.id === "M1")!.row;
  await host.writeValues([{ sheet: sheetName("H2"), row, col: layout.col.target, value: 150 }]);
  const snap = await host.snapshot();
  const read = readWorkbook(snap);
  if (!read.ok) throw new Error("read");
  const found = sealedChanges(read.value, snap);
  expect(found.map((f) => [f.code, f.unit, f.item, f.source?.cell, f.params.before, f.params.after])).toEqual([["ERR_SEALED_CHANGED", "H2", "M1", cellRef(row, layout.col.target), 200, 150]]);
});
