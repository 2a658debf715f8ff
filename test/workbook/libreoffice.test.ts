import { readFileSync } from "node:fs";
import { makeBloc } from "../../bench/makeBloc";
import { parseRubric } from "../../src/domain/rubricRules";
import type { Ranking } from "../../src/domain/scoreBloc";
import type { Rubric } from "../../src/domain/types";
import { dropRows, expected, fixtureTexts, setValue } from "../support/fixture";
import { recalcMany } from "../support/libreoffice";
import { openXlsx } from "../../src/hosts/xlsx/xlsxHost";
import { blankToNull, fillBytes, generateBytes, rankBytes, sheetOf, summaryRows, withVotes, writeTemp } from "../support/workbooks";

/**
 * A real spreadsheet engine must agree with ours: each workbook is filled by `fill`, recalculated from scratch
 * by headless LibreOffice (its profile forces recalculation on load), and "Tổng hợp" as LibreOffice computed it
 * is compared with the engine's ranking of the same raw inputs.
 */

interface Case {
  readonly name: string;
  readonly rubric: Rubric;
  readonly bytes: Uint8Array;
  readonly engine: Ranking;
  loBytes?: Uint8Array;
}

const cases = new Map<string, Case>();

function rubricOf(text: string): Rubric {
  const r = parseRubric(JSON.parse(text));
  if (!r.ok) throw new Error("bad rubric");
  return r.value;
}

async function addCase(name: string, rubricText: string, blocText: string, csv: string, votes?: Record<string, number>): Promise<void> {
  const rubric = rubricOf(rubricText);
  let bytes = await fillBytes(await generateBytes(rubricText, blocText), csv);
  if (votes) bytes = await withVotes(bytes, rubric, JSON.parse(blocText).units.map((u: { id: string }) => u.id), votes);
  cases.set(name, { name, rubric, bytes, engine: await rankBytes(bytes) });
}

/** Two units given identical top scores, so that nothing but a vote can separate them. */
function tiedCsv(): { rubric: string; bloc: string; csv: string } {
  const s = makeBloc(6, 15, 7);
  const keep = s.scoresCsv.split("\n").filter((l) => !/^DV00[12],/.test(l) && l !== "");
  const extra: string[] = [];
  for (const id of ["DV001", "DV002"]) {
    for (const c of s.rubric.sections[0].criteria) extra.push(`${id},${c.id},bloc,${c.maxPoints},`);
    extra.push(`${id},B1,bloc,1,`, `${id},D1,bloc,0,`);
  }
  return { rubric: JSON.stringify(s.rubric), bloc: JSON.stringify(s.bloc), csv: [...keep, ...extra].join("\n") + "\n" };
}

beforeAll(async () => {
  const fx = fixtureTexts();
  await addCase("fixture", fx.rubric, fx.bloc, fx.scores);
  await addCase("vetoed", fx.rubric, fx.bloc, setValue(fx.scores, "U01", "D1", "bloc", "1"));
  await addCase("incomplete", fx.rubric, fx.bloc, dropRows(fx.scores, (unit, item) => unit === "U06" && item === "C11"));
  const tie = tiedCsv();
  await addCase("tie-open", tie.rubric, tie.bloc, tie.csv);
  await addCase("tie-voted", tie.rubric, tie.bloc, tie.csv, { DV001: 2, DV002: 1 });
  await addCase("tie-partial", tie.rubric, tie.bloc, tie.csv, { DV001: 1 });
  const big = makeBloc(60, 120, 1);
  await addCase("big", JSON.stringify(big.rubric), JSON.stringify(big.bloc), big.scoresCsv);
  const list = [...cases.values()];
  const outputs = recalcMany(list.map((c) => writeTemp(`${c.name}.xlsx`, c.bytes)));
  list.forEach((c, i) => (c.loBytes = new Uint8Array(readFileSync(outputs[i]))));
}, 600_000);

async function expectAgreement(name: string): Promise<void> {
  const c = cases.get(name)!;
  const rows = summaryRows(await sheetOf(c.loBytes!, "Tổng hợp"));
  const d = c.rubric.scale.decimals;
  const round = (v: unknown) => (typeof v === "number" ? Math.round(v * 10 ** d) / 10 ** d : v);
  const awardLabel = new Map(c.rubric.awards.map((a) => [a.id, a.label]));
  expect(rows.map((r) => r.id).sort()).toEqual(c.engine.units.map((u) => u.id).sort());
  for (const u of c.engine.units) {
    const row = rows.find((r) => r.id === u.id)!.cells;
    const shown = {
      total: round(row["Tổng điểm"]),
      sections: Object.fromEntries(c.rubric.sections.map((s) => [s.id, round(row[`Phần ${s.id}`] ?? 0)])),
      bonus: round(row["Điểm thưởng"] ?? 0),
      deductions: round(row["Điểm trừ"] ?? 0),
      rank: blankToNull(row["Xếp hạng"]),
      place: blankToNull(row["Giải"]),
      classification: blankToNull(row["Xếp loại"]),
      award: blankToNull(row["Đề nghị khen thưởng"]),
    };
    expect({ id: u.id, ...shown }).toEqual({
      id: u.id,
      total: u.total,
      sections: u.sections,
      bonus: u.bonus,
      deductions: u.deductions,
      rank: u.rank,
      place: u.place,
      classification: u.classification,
      award: u.award === null ? null : awardLabel.get(u.award),
    });
  }
}

describe("LibreOffice recalculating the filled workbook", () => {
  it("shows the fixture's expected totals, ranks, places, classifications and awards", async () => {
    await expectAgreement("fixture");
    const exp = expected("final");
    const c = cases.get("fixture")!;
    expect(c.engine.units.map((u) => [u.id, u.total, u.rank, u.award])).toEqual(exp.units.map((u) => [u.id, u.total, u.rank, u.award]));
  });

  it("agrees on a vetoed leader: the flag passes to the next unit, the leader keeps its place", async () => {
    await expectAgreement("vetoed");
    const units = cases.get("vetoed")!.engine.units;
    expect(units.slice(0, 4).map((u) => [u.id, u.total, u.place, u.award])).toEqual([
      ["U05", 92.5, "Nhất", "flag"],
      ["U01", 92.25, "Nhì", null],
      ["U07", 92, "Ba", "certificate"],
      ["U02", 91.75, null, "certificate"],
    ]);
  });

  it("shows an incomplete unit's partial total with no rank, place, classification or award", async () => {
    await expectAgreement("incomplete");
    const u06 = cases.get("incomplete")!.engine.units.find((u) => u.id === "U06")!;
    expect([u06.complete, u06.rank, u06.classification, u06.award]).toEqual([false, null, null, null]);
  });

  it("keeps a tie and stops the award walk when nobody voted", async () => {
    await expectAgreement("tie-open");
    const units = cases.get("tie-open")!.engine.units;
    expect(units.slice(0, 2).map((u) => [u.id, u.rank, u.award])).toEqual([
      ["DV001", 1, null],
      ["DV002", 1, null],
    ]);
  });

  it("orders the tie by the Biểu quyết column alone", async () => {
    await expectAgreement("tie-voted");
    const units = cases.get("tie-voted")!.engine.units;
    expect(units.slice(0, 2).map((u) => [u.id, u.rank, u.award])).toEqual([
      ["DV002", 1, "co"],
      ["DV001", 2, "bk"],
    ]);
  });

  it("leaves the tie when only some of its members have a vote", async () => {
    await expectAgreement("tie-partial");
    expect(cases.get("tie-partial")!.engine.ties).toEqual([["DV001", "DV002"]]);
  });

  it("agrees on a synthetic bloc of 60 units × 120 criteria", async () => {
    await expectAgreement("big");
  });

  it("gives the same `rank` result on LibreOffice's re-saved copy", async () => {
    for (const c of cases.values()) {
      const again = await rankBytes(c.loBytes!);
      expect({ name: c.name, units: again.units, ties: again.ties }).toEqual({ name: c.name, units: c.engine.units, ties: c.engine.ties });
    }
  });

  it("fills LibreOffice's re-saved copy again: values land, stale results are dropped, rank follows", async () => {
    const c = cases.get("fixture")!;
    const again = await fillBytes(c.loBytes!, "unit,item,stage,value,note\nU01,D1,bloc,1,\n");
    const snap = await (await openXlsx(again)).snapshot(["Tổng hợp"]);
    const formulaCells = snap.sheets[0].formulas.flatMap((r, i) => r.map((f, j) => (f ? snap.sheets[0].values[i][j] : undefined))).filter((v) => v !== undefined);
    expect(formulaCells.length).toBeGreaterThan(100);
    expect(formulaCells.every((v) => v === null)).toBe(true);
    const ranked = await rankBytes(again);
    const vetoed = cases.get("vetoed")!.engine;
    expect({ units: ranked.units, ties: ranked.ties }).toEqual({ units: vetoed.units, ties: vetoed.ties });
  });
});
