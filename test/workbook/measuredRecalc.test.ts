import { readFileSync } from "node:fs";
import { parseRubric } from "../../src/domain/rubricRules";
import { workbookLabels } from "../../src/i18n/workbook";
import { unitLayout } from "../../src/workbook/layout";
import { cellAt } from "../../src/workbook/snapshot";
import { measuredTexts } from "../support/fixture";
import { parseQ, roundQ, toNumber } from "../support/rational";
import { recalcMany } from "../support/libreoffice";
import { errorCodes, validateBytes } from "../support/tamper";
import { measuredQ, refValuesOfCsv, treeReference } from "../support/treeReference";
import { fillBytes, generateBytes, sheetOf, summaryRows, writeTemp } from "../support/workbooks";

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * LibreOffice recalculates the measured fixture's workbook from scratch: every measured row's points and "Tổng
 * hợp"'s results must be the independent reference's (test/support/treeReference.ts), never the engine's own.
 */
const L = workbookLabels.vi;
const t = measuredTexts();
const rubricJson = JSON.parse(t.rubric);
const blocJson = JSON.parse(t.bloc);
const parsed = parseRubric(rubricJson);
if (!parsed.ok) throw new Error("rubric");
const layout = unitLayout(parsed.value);
const values = refValuesOfCsv(t.scores);

let recalculated: Uint8Array;
beforeAll(async () => {
  const file = writeTemp("measured.xlsx", await fillBytes(await generateBytes(t.rubric, t.bloc), t.scores));
  recalculated = new Uint8Array(readFileSync(recalcMany([file])[0]));
}, 300_000);

/** a cell holding an exact subtotal, rounded as the JSON reports it (the cell shows it so through its format) */
const rounded = (v: unknown) => (typeof v === "number" ? toNumber(roundQ(parseQ(v.toFixed(6)), rubricJson.scale.decimals)) : shown(v));
const shown = (v: unknown) => (v === null || v === undefined || v === "" ? null : typeof v === "number" ? Math.round(v * 1e6) / 1e6 : String(v));

describe("LibreOffice recalculating a workbook with measured criteria", () => {
  it("shows each measured criterion's points as the reference computes them", async () => {
    const measured = rubricJson.sections.flatMap((s: any) => s.criteria).filter((c: any) => c.measure);
    for (const unit of blocJson.units) {
      const sheet = await sheetOf(recalculated, unit.name);
      for (const c of measured) {
        const row = layout.items.find((i) => i.id === c.id)!.row;
        const byStage = values.get(unit.id)?.get(c.id);
        const actual = byStage?.get("bloc") ?? byStage?.get("self");
        const target = byStage?.get("target");
        let want: number | null = null;
        if (actual !== undefined && actual.toLowerCase() === "na") want = c.notApplicable === "full" ? c.maxPoints * (c.weight ?? 1) : 0;
        else if (actual !== undefined && target !== undefined) {
          want = toNumber(roundQ(roundQ(measuredQ(c.measure, parseQ(c.maxPoints), parseQ(actual), parseQ(target)), 6), 6)) * (c.weight ?? 1);
        }
        expect([unit.id, c.id, shown(cellAt(sheet, row, layout.col.points))]).toEqual([unit.id, c.id, want === null ? null : shown(want)]);
      }
    }
  });

  it("shows the reference's results in Tổng hợp", async () => {
    const ref = treeReference(rubricJson, blocJson, values, "final");
    const awardLabel = new Map(rubricJson.awards.map((a: any) => [a.id, a.label]));
    const rows = summaryRows(await sheetOf(recalculated, "Tổng hợp"));
    const got = rows.map((r) => ({
      id: r.id,
      sections: rubricJson.sections.map((s: any) => rounded(r.cells[L.summary.section(s.id)])),
      bonus: rounded(r.cells[L.summary.bonus]),
      deductions: rounded(r.cells[L.summary.deductions]),
      total: shown(r.cells[L.summary.total]),
      rank: shown(r.cells[L.summary.rank]),
      place: shown(r.cells[L.summary.place]),
      classification: shown(r.cells[L.summary.classification]),
      award: shown(r.cells[L.summary.award]),
    }));
    const want = blocJson.units.map((u: any) => {
      const x = ref.units.find((v) => v.id === u.id)!;
      return {
        id: u.id,
        sections: rubricJson.sections.map((s: any) => shown(x.sections[s.id])),
        bonus: shown(x.bonus),
        deductions: shown(x.deductions),
        total: shown(x.total),
        rank: shown(x.rank),
        place: shown(x.place),
        classification: shown(x.classification),
        award: x.award === null ? null : shown(awardLabel.get(x.award)),
      };
    });
    expect(got).toEqual(want);
  });

  it("validate finds LibreOffice's cached results equal to the engine's and the formulas unchanged", async () => {
    expect(errorCodes(await validateBytes(recalculated))).toEqual(["ERR_MISSING"]);
  });
});
