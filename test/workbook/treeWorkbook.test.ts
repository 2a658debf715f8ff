import { parseBloc } from "../../src/domain/blocRules";
import { openXlsx } from "../../src/hosts/xlsx/xlsxHost";
import { rankWorkbook } from "../../src/services/rankWorkbook";
import { buildTemplatePlan } from "../../src/workbook/buildTemplatePlan";
import { parseRange } from "../../src/workbook/a1";
import { summaryLayout, unitLayout } from "../../src/workbook/layout";
import { cellAt } from "../../src/workbook/snapshot";
import { scoreTexts } from "../support/fixture";
import { nothingApplicableTexts, treeTexts } from "../support/treeCase";
import { mergeCopies } from "../../src/services/mergeCopies";
import { applyRegeneration, previewRegeneration } from "../../src/services/regenerate";
import { csvOf, csvRows, splitBytes, typeIntoCopy } from "../support/roundTrip";
import { errorCodes, validateBytes } from "../support/tamper";
import { fillBytes, generateBytes, rankBytes } from "../support/workbooks";

/**
 * The workbook of a 4-level tree with not-applicable criteria: generate → fill → rank must give exactly what the
 * engine gives on the same CSV, at every stage; the unit sheet shows the tree as officials sign it.
 */
describe("a tree rubric's workbook", () => {
  const t = treeTexts();
  let filled: Uint8Array;
  beforeAll(async () => {
    filled = await fillBytes(await generateBytes(t.rubric, t.bloc), t.scores);
  }, 60_000);

  it.each(["final", "self", "bloc", "verified"] as const)("ranks like the engine at %s (rank --json = score --json)", async (stage) => {
    const engine = scoreTexts(t, stage);
    expect(engine.exit).toBe(0);
    const ranked = await rankBytes(filled, stage);
    expect({ units: ranked.units, ties: ranked.ties }).toEqual({ units: engine.ranking!.units, ties: engine.ranking!.ties });
  });

  it("validates clean: its layout, rubric cells and formulas are what generation wrote (only T06's missing score is an error)", async () => {
    const out = await validateBytes(filled);
    expect(errorCodes(out)).toEqual(["ERR_MISSING"]);
    expect(out.findings.filter((f) => f.severity === "error").map((f) => f.unit)).toEqual(["T06"]);
  });

  it("regenerates over its own scores (the plan applied onto the opened file) keeping values, KAD, notes and results", async () => {
    const host = await openXlsx(filled);
    const bloc = parseBloc(JSON.parse(t.bloc));
    if (!bloc.ok) throw new Error("bloc");
    const preview = await previewRegeneration(host, t.parsed, bloc.value);
    expect(preview.lost).toEqual([]);
    await applyRegeneration(host, preview, { confirmed: true, now: new Date("2025-12-01T08:00:00Z"), reason: "test" });
    const again = await host.save();
    const ranked = await rankBytes(again);
    expect({ units: ranked.units, ties: ranked.ties }).toEqual({ units: scoreTexts(t).ranking!.units, ties: scoreTexts(t).ranking!.ties });
    expect(errorCodes(await validateBytes(again))).toEqual(["ERR_MISSING"]);
  });

  it("covers the cases it was made for: na kept, na at the bloc stage, a bloc overruling na, a tie broken on the nested group I.1", () => {
    const units = scoreTexts(t).ranking!.units;
    const by = (id: string) => units.find((u) => u.id === id)!;
    expect([by("T01").total, by("T01").rank, by("T08").total, by("T08").rank]).toEqual([by("T08").total, 1, by("T01").total, 2]);
    expect(by("T06").complete).toBe(false);
    // T05 left out every rescale criterion: its total is not the sum of its (unscaled) sections
    const sum = (u: (typeof units)[number]) => Object.values(u.sections).reduce((a, b) => a + b, 0) + u.bonus - u.deductions;
    expect(Math.abs(sum(by("T05")) - by("T05").total)).toBeGreaterThan(1);
    expect(Math.abs(sum(by("T01")) - by("T01").total)).toBeLessThan(0.005);
  });

  it("numbers and indents the tree I, 1, 1.1, a) with group rows holding their maximum and live subtotal", async () => {
    const layout = unitLayout(t.parsed);
    const snap = await (await openXlsx(filled)).snapshot();
    const sheet = snap.sheets.find((s) => s.name === JSON.parse(t.bloc).units[0].name)!;
    const names = layout.nodes.map((n) => String(cellAt(sheet, n.row, layout.col.name)));
    expect(names.slice(0, 4)).toEqual(["I. Thực hiện nhiệm vụ chuyên môn", "    1. Đấu tranh, phòng chống tội phạm", "        1.1. Kiềm chế, kéo giảm tội phạm về trật tự xã hội", "            a) Tỷ lệ điều tra, khám phá án đạt chỉ tiêu"]);
    const group = layout.nodes.find((n) => n.node.id === "I.1.1")!;
    expect(cellAt(sheet, group.row, layout.col.max)).toBe(12);
    expect(sheet.formulas[group.row][layout.col.points]).toMatch(/^=MIN\(C\d+,ROUND\(SUM\(/);
    expect(cellAt(sheet, layout.signature.row, layout.col["stage:self"])).toBe("THỦ TRƯỞNG ĐƠN VỊ");
    expect(cellAt(sheet, layout.signature.hintRow, layout.col["stage:self"])).toBe("(Ký, ghi rõ họ tên, đóng dấu)");
    expect(cellAt(sheet, layout.totals.scaled!, layout.col.name)).toMatch(/Quy đổi/);
  });

  it("accepts KAD (or a number up to the maximum) only in the stage cells of not-applicable criteria, and says so", () => {
    const bloc = parseBloc(JSON.parse(t.bloc));
    if (!bloc.ok) throw new Error("bloc");
    const plan = buildTemplatePlan(t.parsed, bloc.value);
    const sheet = plan.sheets[2];
    const layout = unitLayout(t.parsed);
    const validationAt = (id: string) => {
      const row = layout.items.find((i) => i.id === id)!.row;
      return sheet.validations.find((v) => {
        const r = parseRange(v.range)!;
        return row >= r.top && row <= r.bottom && layout.col["stage:bloc"] >= r.left && layout.col["stage:bloc"] <= r.right;
      })!;
    };
    const kad = validationAt("k1c");
    expect([kad.kind, kad.formula]).toEqual(["custom", expect.stringMatching(/^OR\(AND\(ISNUMBER\(E\d+\),E\d+>=0,E\d+<=4\),UPPER\(TRIM\(E\d+\)\)="KAD"\)$/)]);
    expect(kad.prompt).toMatch(/KAD/);
    const plain = validationAt("k1a");
    expect([plain.kind, plain.min, plain.max, plain.prompt.includes("KAD")]).toEqual(["decimal", 0, 6, false]);
    // nested tie-break key: a hidden column of Tổng hợp holds I.1's points
    expect(summaryLayout(t.parsed, 9).col["group:I.1"]).toBeGreaterThan(summaryLayout(t.parsed, 9).visible);
  });
});

describe("a tree workbook split into unit copies and merged back", () => {
  it("carries KAD and the unit's evidence through its copy, and ranks like the engine afterwards", async () => {
    const t = treeTexts();
    const rows = csvRows(t.scores);
    const layout = unitLayout(t.parsed);
    const { bloc, copies } = await splitBytes(await generateBytes(t.rubric, t.bloc));
    const typed = await Promise.all(
      copies.map(async (c) => {
        const self = new Map(rows.filter((r) => r.unit === c.unit && r.stage === "self").map((r) => [r.item, r.value.toLowerCase() === "na" ? "KAD" : Number(r.value)] as const));
        let bytes = await typeIntoCopy(c.bytes, t.parsed, self);
        if (c.unit === "T02") {
          const host = await openXlsx(bytes);
          const sheet = (await host.snapshot()).sheets.find((s) => s.visibility === "visible")!.name;
          await host.writeValues([{ sheet, row: layout.items.find((i) => i.id === "k1c")!.row, col: layout.col.evidence, value: "Địa bàn không có đối tượng truy nã" }]);
          bytes = await host.save();
        }
        return { file: `${c.unit}.xlsx`, host: await openXlsx(bytes) };
      }),
    );
    const blank = await openXlsx(bloc);
    const merged = await mergeCopies(blank, "bloc.xlsx", typed, { write: true });
    expect(merged.exit).toBe(0);
    const later = csvOf(rows.filter((r) => r.stage !== "self"));
    const filled = await fillBytes(await blank.save(), later);
    const snap = await (await openXlsx(filled)).snapshot();
    const t02 = snap.sheets.find((s) => s.name === JSON.parse(t.bloc).units[1].name)!;
    const k1c = layout.items.find((i) => i.id === "k1c")!.row;
    expect([cellAt(t02, k1c, layout.col["stage:self"]), cellAt(t02, k1c, layout.col.evidence)]).toEqual(["KAD", "Địa bàn không có đối tượng truy nã"]);
    const ranked = await rankBytes(filled);
    const engine = scoreTexts(t).ranking!;
    expect({ units: ranked.units.map((u) => [u.id, u.total, u.rank, u.award]), ties: ranked.ties }).toEqual({
      units: engine.units.map((u) => [u.id, u.total, u.rank, u.award]),
      ties: engine.ties,
    });
  });
});

describe("a unit with nothing applicable", () => {
  it("is a data error for rank (exit 1, ERR_NOTHING_APPLICABLE), never a division by zero", async () => {
    const n = nothingApplicableTexts();
    const bytes = await fillBytes(await generateBytes(n.rubric, n.bloc), n.scores);
    const out = await rankWorkbook(await openXlsx(bytes), "t.xlsx", "final");
    expect(out.exit).toBe(1);
    expect(out.findings.filter((f) => f.severity === "error").map((f) => [f.code, f.unit])).toEqual([["ERR_NOTHING_APPLICABLE", "A2"]]);
  });
});
