import { makeBloc } from "../../bench/makeBloc";
import { parseRubric } from "../../src/domain/rubricRules";
import { createXlsx, openXlsx } from "../../src/hosts/xlsx/xlsxHost";
import { fillWorkbook } from "../../src/services/fillWorkbook";
import { generateWorkbook } from "../../src/services/generateWorkbook";
import { rankWorkbook } from "../../src/services/rankWorkbook";
import { unitLayout } from "../../src/workbook/layout";
import { expected, fixtureTexts, setValue } from "../support/fixture";
import { fillBytes, generateBytes, withVotes } from "../support/workbooks";

const fx = fixtureTexts();

describe("generateWorkbook", () => {
  it("refuses an invalid bloc with exit 2 and lays nothing out", async () => {
    const host = createXlsx();
    const out = await generateWorkbook({ rubric: { text: fx.rubric, file: "rubric.json" }, bloc: { text: "{}", file: "bloc.json" } }, host);
    expect(out.exit).toBe(2);
    expect(out.findings.every((f) => f.source?.file === "bloc.json")).toBe(true);
    expect((await host.snapshot()).sheets).toEqual([]);
  });
});

describe("fillWorkbook", () => {
  it("writes every accepted value and reports how many cells", async () => {
    const host = await openXlsx(await generateBytes(fx.rubric, fx.bloc));
    const out = await fillWorkbook(host, "khoi.xlsx", { text: fx.scores, file: "scores.csv" });
    expect(out.exit).toBe(0);
    expect(out.written).toBe(fx.scores.trim().split("\n").length - 1);
  });

  it("writes nothing when one row breaks the rules (exit 1) or can't be used (exit 2)", async () => {
    const blank = await generateBytes(fx.rubric, fx.bloc);
    for (const [csv, exit] of [
      [setValue(fx.scores, "U05", "C01", "bloc", '"7,75"'), 1],
      [fx.scores + "U01,X99,bloc,1,\n", 2],
    ] as const) {
      const host = await openXlsx(blank);
      const before = await host.snapshot();
      const out = await fillWorkbook(host, "khoi.xlsx", { text: csv, file: "scores.csv" });
      expect([out.exit, out.written]).toEqual([exit, 0]);
      expect(await host.snapshot()).toEqual(before);
    }
  });

  it("refuses a workbook without the very hidden meta sheet (exit 2, ERR_NOT_WORKBOOK)", async () => {
    const out = await fillWorkbook(await openXlsx(await generateBytesWithoutMeta()), "x.xlsx", { text: fx.scores, file: "scores.csv" });
    expect(out.exit).toBe(2);
    expect(out.findings[0].code).toBe("ERR_NOT_WORKBOOK");
  });
});

async function generateBytesWithoutMeta(): Promise<Uint8Array> {
  const host = await openXlsx(await generateBytes(fx.rubric, fx.bloc));
  await host.removeSheets(["_thidua"]);
  return host.save();
}

describe("rankWorkbook", () => {
  it("ranks the filled fixture exactly as expected-final.json, from the raw cells", async () => {
    const out = await rankWorkbook(await openXlsx(await fillBytes(await generateBytes(fx.rubric, fx.bloc), fx.scores)), "khoi.xlsx", "final");
    expect(out.exit).toBe(0);
    expect({ stage: out.ranking!.stage, units: out.ranking!.units, ties: out.ranking!.ties }).toEqual(expected("final"));
  });

  it("reports text typed into a score cell with its sheet and cell (exit 1)", async () => {
    const filled = await fillBytes(await generateBytes(fx.rubric, fx.bloc), fx.scores);
    const host = await openXlsx(filled);
    const rubric = parseRubric(JSON.parse(fx.rubric));
    if (!rubric.ok) throw new Error("rubric");
    const layout = unitLayout(rubric.value);
    const row = layout.items.find((i) => i.id === "C01")!.row;
    await host.writeValues([{ sheet: "UBND huyện Quảng Điền", row, col: layout.col["stage:bloc"], value: "7,75" }]);
    const out = await rankWorkbook(host, "khoi.xlsx", "final");
    expect(out.exit).toBe(1);
    expect(out.findings.find((f) => f.code === "ERR_TEXT_NUMBER")).toMatchObject({ unit: "U05", item: "C01", params: { fix: 7.75 }, source: { sheet: "UBND huyện Quảng Điền", cell: `F${row + 1}` } });
  });

  it("lets --vote override the workbook's vote numbers for its tie group, and refuses unknown units and unused stages", async () => {
    const s = makeBloc(4, 15, 3);
    const rows = s.scoresCsv.split("\n").filter((l) => l && !/^DV00[12],/.test(l));
    for (const id of ["DV001", "DV002"]) for (const c of s.rubric.sections[0].criteria) rows.push(`${id},${c.id},bloc,${c.maxPoints},`);
    const filled = await fillBytes(await generateBytes(JSON.stringify(s.rubric), JSON.stringify(s.bloc)), rows.join("\n") + "\n");
    const voted = await withVotes(filled, s.rubric, s.bloc.units.map((u) => u.id), { DV001: 2, DV002: 1 });
    const byColumn = await rankWorkbook(await openXlsx(voted), "v.xlsx", "final");
    expect(byColumn.ranking!.units.slice(0, 2).map((u) => [u.id, u.rank])).toEqual([["DV002", 1], ["DV001", 2]]);
    const overridden = await rankWorkbook(await openXlsx(voted), "v.xlsx", "final", [["DV001", "DV002"]]);
    expect(overridden.ranking!.units.slice(0, 2).map((u) => [u.id, u.rank])).toEqual([["DV001", 1], ["DV002", 2]]);
    expect((await rankWorkbook(await openXlsx(voted), "v.xlsx", "final", [["DV001", "ZZZ"]])).exit).toBe(2);
    const twoStages = { ...s.rubric, stages: ["self", "bloc"] as const };
    const b2 = await generateBytes(JSON.stringify(twoStages), JSON.stringify(s.bloc));
    expect((await rankWorkbook(await openXlsx(b2), "x.xlsx", "verified")).findings[0].code).toBe("ERR_STAGE_NOT_IN_RUBRIC");
  });
});
