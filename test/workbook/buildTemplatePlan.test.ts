import { makeBloc } from "../../bench/makeBloc";
import { parseBloc } from "../../src/domain/blocRules";
import { parseRubric } from "../../src/domain/rubricRules";
import type { Bloc, Rubric } from "../../src/domain/types";
import { parseRange } from "../../src/workbook/a1";
import { buildTemplatePlan } from "../../src/workbook/buildTemplatePlan";
import { HEADER_ROW, META_SHEET, summaryLayout, unitLayout } from "../../src/workbook/layout";
import { readMeta } from "../../src/workbook/metaSheet";
import type { PlanSheet, WorkbookPlan } from "../../src/workbook/plan";
import { isValidSheetName } from "../../src/workbook/sheetNames";
import { fixtureTexts, measuredTexts } from "../support/fixture";

function parsedOrThrow<T>(r: { ok: true; value: T } | { ok: false }): T {
  if (!r.ok) throw new Error("fixture");
  return r.value;
}

function fixture(): { rubric: Rubric; bloc: Bloc } {
  const t = fixtureTexts();
  const r = parseRubric(JSON.parse(t.rubric));
  const b = parseBloc(JSON.parse(t.bloc));
  if (!r.ok || !b.ok) throw new Error("fixture");
  return { rubric: r.value, bloc: b.value };
}

/** Functions Excel 2010 and LibreOffice both have (DESIGN.md); nothing newer may appear. */
const ALLOWED = new Set(["SUMPRODUCT", "INDEX", "MATCH", "ROUND", "IF", "AND", "OR", "NOT", "MIN", "MAX", "SUM", "COUNT", "COUNTIF", "COUNTIFS", "ISNUMBER", "ISTEXT", "ISBLANK", "ABS", "INT", "MOD", "CHOOSE", "UPPER", "TRIM"]);

function functionsIn(formula: string): string[] {
  const bare = formula.replace(/"(?:[^"]|"")*"/g, '""').replace(/'(?:[^']|'')*'!/g, "S!");
  return [...bare.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]);
}

function* formulas(plan: WorkbookPlan): Generator<{ sheet: PlanSheet; row: number; col: number; formula: string }> {
  for (const sheet of plan.sheets) {
    for (let row = 0; row < sheet.formulas.length; row++) {
      for (let col = 0; col < sheet.formulas[row].length; col++) {
        const f = sheet.formulas[row][col];
        if (f) yield { sheet, row, col, formula: f };
      }
    }
  }
}

function inRanges(ranges: readonly string[], row: number, col: number): boolean {
  return ranges.some((r) => {
    const p = parseRange(r)!;
    return row >= p.top && row <= p.bottom && col >= p.left && col <= p.right;
  });
}

describe("buildTemplatePlan", () => {
  const { rubric, bloc } = fixture();
  const plan = buildTemplatePlan(rubric, bloc);

  it("lays out Tổng hợp, the rubric, one sheet per unit in bloc order and a very hidden meta sheet", () => {
    expect(plan.sheets.map((s) => s.name)).toEqual(["Tổng hợp", "Tiêu chí", ...bloc.units.map((u) => u.name), META_SHEET]);
    expect(plan.sheets.map((s) => s.visibility)).toEqual([...Array(plan.sheets.length - 1).fill("visible"), "veryHidden"]);
    for (const s of plan.sheets) {
      expect(isValidSheetName(s.name)).toBe(true);
      expect(s.protect).toBe(true);
    }
  });

  it("gives Tổng hợp ONE header row with Đơn vị, Tổng điểm, Xếp hạng and Biểu quyết, and one row per unit beneath", () => {
    const summary = plan.sheets[0];
    const rows = summary.values.map((r) => r.filter((v) => ["Đơn vị", "Tổng điểm", "Xếp hạng", "Biểu quyết"].includes(v as string)).length);
    expect(rows.filter((n) => n > 0)).toEqual([4]);
    expect(rows.indexOf(4)).toBe(HEADER_ROW);
    const unitCol = summary.values[HEADER_ROW].indexOf("Đơn vị");
    expect(summary.values.slice(HEADER_ROW + 1, HEADER_ROW + 1 + bloc.units.length).map((r) => r[unitCol])).toEqual(bloc.units.map((u) => u.name));
    expect(summary.values.length).toBe(HEADER_ROW + 1 + bloc.units.length);
  });

  it("uses only functions Excel 2010 and LibreOffice both have, in formulas and conditional formats alike", () => {
    const big = makeBloc(60, 120, 1);
    const measured = measuredTexts();
    const measuredPlan = buildTemplatePlan(parsedOrThrow(parseRubric(JSON.parse(measured.rubric))), parsedOrThrow(parseBloc(JSON.parse(measured.bloc))));
    for (const p of [plan, buildTemplatePlan(big.rubric, big.bloc), measuredPlan]) {
      const used = new Set<string>();
      for (const f of formulas(p)) {
        functionsIn(f.formula).forEach((fn) => used.add(fn));
        expect(f.formula.length).toBeLessThan(8192);
      }
      for (const s of p.sheets) for (const cf of s.conditionalFormats) functionsIn(cf.formula).forEach((fn) => used.add(fn));
      expect([...used].filter((fn) => !ALLOWED.has(fn))).toEqual([]);
    }
  });

  it("never has a formula refer to its own cell (the award walk reads only rows above)", () => {
    for (const f of formulas(plan)) {
      const local = f.formula.replace(/"(?:[^"]|"")*"/g, '""').replace(/'(?:[^']|'')*'![$A-Z0-9:]+/g, "");
      for (const m of local.matchAll(/\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?/g)) {
        const r = parseRange(m[0].replace(/\$/g, ""))!;
        const self = f.row >= r.top && f.row <= r.bottom && f.col >= r.left && f.col <= r.right;
        if (self) throw new Error(`${f.sheet.name}!${m[0]} refers to itself in ${f.formula}`);
      }
    }
  });

  it("validates and unlocks every input cell, and only those", () => {
    const layout = unitLayout(rubric);
    const maxOf = new Map(rubric.sections.flatMap((s) => s.criteria.map((c) => [c.id, c.maxPoints] as const)));
    for (const sheet of plan.sheets.slice(2, -1)) {
      const unlocked = sheet.formats.filter((f) => f.locked === false).map((f) => f.range);
      for (const item of layout.items) {
        for (const stage of rubric.stages) {
          const col = layout.col[`stage:${stage}`];
          expect(inRanges(unlocked, item.row, col)).toBe(true);
          const v = sheet.validations.find((x) => inRanges([x.range], item.row, col));
          expect(v).toBeDefined();
          if (item.kind === "criterion") expect([v!.kind, v!.min, v!.max]).toEqual(["decimal", 0, maxOf.get(item.id)]);
          else expect([v!.kind, v!.min, v!.max]).toEqual(["whole", 0, undefined]);
          expect(v!.prompt).toMatch(/Nhập/);
          expect(v!.error.length).toBeGreaterThan(0);
        }
      }
      for (const f of formulas({ ...plan, sheets: [sheet] })) expect(inRanges(unlocked, f.row, f.col)).toBe(false);
    }
    const summary = plan.sheets[0];
    const layoutS = summaryLayout(rubric, bloc.units.length);
    for (let k = 0; k < bloc.units.length; k++) {
      const row = layoutS.firstUnitRow + k;
      expect(inRanges(summary.formats.filter((f) => f.locked === false).map((f) => f.range), row, layoutS.col.vote)).toBe(true);
      expect(summary.validations.some((v) => v.kind === "whole" && inRanges([v.range], row, layoutS.col.vote))).toBe(true);
    }
  });

  it("flags off-step, above-maximum, text and empty required cells with conditional formats", () => {
    const unit = plan.sheets[2];
    const rules = unit.conditionalFormats.map((c) => c.formula).join("\n");
    expect(rules).toMatch(/ISTEXT/);
    expect(rules).toMatch(/>\$C\d+/);
    expect(rules).toMatch(/ROUND\([A-Z]+\d+\/0\.25,0\)/);
    expect(unit.conditionalFormats.some((c) => c.highlight === "missing" && /COUNT\(/.test(c.formula))).toBe(true);
  });

  it("prints every visible sheet on A4 landscape, fitted to width, repeating its header row", () => {
    for (const s of plan.sheets.filter((x) => x.visibility === "visible")) {
      expect(s.print).toEqual({ paper: "A4", orientation: "landscape", fitToWidth: true, titleRows: { from: HEADER_ROW, to: HEADER_ROW } });
    }
  });

  it("stores the rubric in chunks under Excel's 32767 characters per cell, read back whole", () => {
    const big = makeBloc(3, 600, 2);
    const p = buildTemplatePlan(big.rubric, big.bloc);
    const meta = p.sheets.find((s) => s.name === META_SHEET)!;
    for (const row of meta.values) for (const v of row) if (typeof v === "string") expect(v.length).toBeLessThanOrEqual(32767);
    expect(meta.values.find((r) => r[0] === "rubric")!.filter((v) => typeof v === "string").length).toBeGreaterThan(2);
    const back = readMeta(meta.values);
    expect(back.ok && JSON.parse(back.meta.rubricJson)).toEqual(JSON.parse(JSON.stringify(big.rubric)));
  });
});
