import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { recalcXlsx } from "../support/libreoffice";
import { unzip } from "../../src/hosts/xlsx/zip";
import { portableCodec } from "../../src/hosts/xlsx/portableCodec";
import { EditWorkbook } from "../support/sheetEditor";
import { makeBloc } from "../../bench/makeBloc";
import { parseRubric } from "../../src/domain/rubricRules";
import type { Rubric } from "../../src/domain/types";
import { createXlsx, openXlsx } from "../../src/hosts/xlsx/xlsxHost";
import { mergeCopies, type MergeCopy } from "../../src/services/mergeCopies";
import { splitWorkbook } from "../../src/services/splitWorkbook";
import { copyTokensOf, TOKEN_PATTERN } from "../../src/workbook/copyTokens";
import { META_SHEET, unitLayout } from "../../src/workbook/layout";
import { readUnitCopy } from "../../src/workbook/readUnitCopy";
import { editJson, fixtureFile } from "../support/fixture";
import { csvOf, csvRows, editCopyMeta, fillBytes, generateBytes, rankBytes, rankingCore, splitBytes, typeIntoCopy } from "../support/roundTrip";

const rubricText = fixtureFile("rubric.json");
const blocText = fixtureFile("bloc.json");
const scores = fixtureFile("scores.csv");
const rubric = (() => {
  const r = parseRubric(JSON.parse(rubricText));
  if (!r.ok) throw new Error("fixture rubric");
  return r.value;
})();

async function merge(bloc: Uint8Array, copies: readonly { file: string; bytes: Uint8Array }[], write = true) {
  const host = await openXlsx(bloc);
  const list: MergeCopy[] = await Promise.all(copies.map(async (c) => ({ file: c.file, host: await openXlsx(c.bytes) })));
  const outcome = await mergeCopies(host, "bloc.xlsx", list, { write });
  return { outcome, bytes: await host.save() };
}

/** Splits `blank`, types each unit's self rows of `csv` into its copy, merges them all back. */
async function roundTrip(blank: Uint8Array, r: Rubric, csv: string) {
  const rows = csvRows(csv);
  const { bloc, copies } = await splitBytes(blank);
  const filled = await Promise.all(
    copies.map(async (c) => ({
      file: `${c.unit}.xlsx`,
      bytes: await typeIntoCopy(c.bytes, r, new Map(rows.filter((x) => x.unit === c.unit && x.stage === "self").map((x) => [x.item, Number(x.value)]))),
    })),
  );
  return merge(bloc, filled);
}

describe("splitWorkbook", () => {
  it("makes one copy per unit holding only that unit's sheet, its self column alone unlocked", async () => {
    const blank = await generateBytes(rubricText, blocText);
    const out = await splitWorkbook(await openXlsx(blank), "bloc.xlsx", createXlsx);
    expect(out.exit).toBe(0);
    expect(out.copies.map((c) => c.unit.id)).toEqual(["U01", "U02", "U03", "U04", "U05", "U06", "U07", "U08", "U09"]);
    const bytes = await out.copies[1].host.save();
    const snap = await (await openXlsx(bytes)).snapshot();
    expect(snap.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["UBND thị xã Hương Thủy", "visible"],
      [META_SHEET, "veryHidden"],
    ]);
    const ws = new EditWorkbook(unzip(bytes, portableCodec)).getWorksheet("UBND thị xã Hương Thủy")!;
    const layout = unitLayout(rubric);
    const row = layout.items[0].row + 1;
    const locked = (key: string) => ws.getCell(row, layout.col[key] + 1).protection.locked;
    expect([locked("stage:self"), locked("stage:bloc"), locked("stage:verified"), locked("evidence"), locked("reason:bloc"), locked("reason:verified"), locked("points")]).toEqual([
      false,
      true,
      true,
      false,
      true,
      true,
      true,
    ]);
  });

  it("carries the unit's values already in the workbook into its copy", async () => {
    const filled = await fillBytes(await generateBytes(rubricText, blocText), scores);
    const { copies } = await splitBytes(filled);
    const sheet = (await (await openXlsx(copies[0].bytes)).snapshot()).sheets[0];
    const layout = unitLayout(rubric);
    const c01 = layout.items.find((i) => i.id === "C01")!.row;
    const self = csvRows(scores).find((r) => r.unit === "U01" && r.item === "C01" && r.stage === "self")!;
    expect(sheet.values[c01][layout.col["stage:self"]]).toBe(Number(self.value));
  });

  it("refuses a workbook that is not a Thi đua workbook (exit 2, no copy)", async () => {
    const other = createXlsx();
    await other.applyPlan({ sheets: [], font: { name: "Arial", size: 10 }, styles: {} as never, highlights: {} as never, names: [] });
    const out = await splitWorkbook(other, "other.xlsx", createXlsx);
    expect([out.exit, out.copies.length, out.findings[0]?.code]).toEqual([2, 0, "ERR_NOT_WORKBOOK"]);
  });
});

describe("mergeCopies", () => {
  it("gives the ranking of filling the workbook directly, on the fixture", async () => {
    const blank = await generateBytes(rubricText, blocText);
    const directly = await fillBytes(blank, scores);
    const merged = await roundTrip(blank, rubric, scores);
    expect(merged.outcome.exit).toBe(0);
    expect(merged.outcome.changes.length).toBe(csvRows(scores).filter((r) => r.stage === "self").length);
    const others = csvOf(csvRows(scores).filter((r) => r.stage !== "self"));
    const viaCopies = await fillBytes(merged.bytes, others);
    // the self stage's ranking depends on nothing but the merged values; final on everything
    for (const stage of ["self", "final"] as const) expect(rankingCore(await rankBytes(viaCopies, stage))).toEqual(rankingCore(await rankBytes(directly, stage)));
  });

  it("gives the ranking of filling the workbook directly, on a synthetic bloc", async () => {
    const s = makeBloc(12, 30, 7);
    const blank = await generateBytes(JSON.stringify(s.rubric), JSON.stringify(s.bloc));
    const directly = await fillBytes(blank, s.scoresCsv);
    const merged = await roundTrip(blank, s.rubric, s.scoresCsv);
    expect(merged.outcome.exit).toBe(0);
    const viaCopies = await fillBytes(merged.bytes, csvOf(csvRows(s.scoresCsv).filter((r) => r.stage !== "self")));
    for (const stage of ["self", "final"] as const) expect(rankingCore(await rankBytes(viaCopies, stage))).toEqual(rankingCore(await rankBytes(directly, stage)));
  });

  it("lists each changed cell with the value before and after, and writes nothing on a dry run", async () => {
    const {
      bloc: blank,
      copies: [u1],
    } = await splitBytes(await generateBytes(rubricText, blocText));
    const typed = await typeIntoCopy(u1.bytes, rubric, new Map([["C01", 7.5], ["B1", 2]]));
    const first = await merge(blank, [{ file: "u1.xlsx", bytes: typed }]);
    expect(first.outcome.changes.map((c) => [c.sheet, c.cell, c.item, c.kind, c.before, c.after])).toEqual([
      ["UBND thành phố Huế", "E6", "C01", "score", null, 7.5],
      ["UBND thành phố Huế", expect.stringMatching(/^E\d+$/), "B1", "count", null, 2],
    ]);
    const again = await typeIntoCopy(typed, rubric, new Map([["C01", 6.75]]));
    const dry = await merge(first.bytes, [{ file: "u1.xlsx", bytes: again }], false);
    expect(dry.outcome.changes.map((c) => [c.cell, c.before, c.after])).toEqual([["E6", 7.5, 6.75]]);
    expect(dry.outcome.written).toBe(false);
    const sheet = (await (await openXlsx(dry.bytes)).snapshot(["UBND thành phố Huế"])).sheets[0];
    expect(sheet.values[5][4]).toBe(7.5);
  });

  it("takes a copy the unit filled and saved in LibreOffice", async () => {
    const {
      bloc: blank,
      copies: [, u2],
    } = await splitBytes(await generateBytes(rubricText, blocText));
    const file = path.join(mkdtempSync(path.join(tmpdir(), "thidua-copy-")), "u2.xlsx");
    writeFileSync(file, await typeIntoCopy(u2.bytes, rubric, new Map([["C01", 7.25], ["D3", 1]])));
    const resaved = new Uint8Array(readFileSync(recalcXlsx(file)));
    const { outcome } = await merge(blank, [{ file: "u2.xlsx", bytes: resaved }]);
    expect([outcome.exit, outcome.changes.map((c) => [c.unit, c.item, c.after])]).toEqual([0, [["U02", "C01", 7.25], ["U02", "D3", 1]]]);
  });

  it("refuses a copy whose hidden rubric was edited (ERR_COPY_RUBRIC, exit 2)", async () => {
    const {
      bloc: blank,
      copies: [u1, u2],
    } = await splitBytes(await generateBytes(rubricText, blocText));
    const tampered = await editCopyMeta(u2.bytes, (rows) => {
      const r = rows.get("rubric")!;
      rows.set("rubric", r.replace('"maxPoints":8', '"maxPoints":9'));
    });
    const { outcome } = await merge(blank, [{ file: "u1.xlsx", bytes: await typeIntoCopy(u1.bytes, rubric, new Map([["C01", 7]])) }, { file: "u2.xlsx", bytes: tampered }]);
    expect([outcome.exit, outcome.written, outcome.changes.length]).toEqual([2, false, 0]);
    expect(outcome.findings.map((f) => [f.code, f.unit, f.source?.file])).toEqual([["ERR_COPY_RUBRIC", "U02", "u2.xlsx"]]);
  });

  it("refuses a copy whose hidden stage was relabelled to reach the Board's column; nothing is written", async () => {
    const {
      bloc: blank,
      copies: [u1],
    } = await splitBytes(await generateBytes(rubricText, blocText));
    const forged = await editCopyMeta(u1.bytes, (rows) => rows.set("stage", "verified"));
    const typed = await typeIntoCopy(forged, rubric, new Map([["C01", 7]]), "verified");
    const { outcome, bytes } = await merge(blank, [{ file: "u1.xlsx", bytes: typed }]);
    expect([outcome.exit, outcome.written, outcome.changes.length]).toEqual([2, false, 0]);
    expect(outcome.findings.map((f) => [f.code, f.params.reason, f.params.key])).toEqual([["ERR_NOT_UNIT_COPY", "stage", "verified"]]);
    expect(bytes).toEqual(blank);
  });

  it("refuses U01's copy relabelled as U02's, a forged stage and a made-up token, one finding per copy, nothing written", async () => {
    const {
      bloc: blank,
      copies: [u1, u2, u3],
    } = await splitBytes(await generateBytes(rubricText, blocText));
    const relabelled = await editCopyMeta(await typeIntoCopy(u1.bytes, rubric, new Map([["C01", 8]])), (rows) => {
      rows.set("unit", "U02");
      rows.set("unitName", "UBND thị xã Hương Thủy");
    });
    const forgedStage = await typeIntoCopy(await editCopyMeta(u3.bytes, (rows) => rows.set("stage", "verified")), rubric, new Map([["C01", 7]]), "verified");
    const madeUp = await editCopyMeta(await typeIntoCopy(u2.bytes, rubric, new Map([["C01", 6]])), (rows) => rows.set("token", "0123456789abcdef0123456789abcdef"));
    const { outcome, bytes } = await merge(blank, [
      { file: "u1.xlsx", bytes: relabelled },
      { file: "u3.xlsx", bytes: forgedStage },
      { file: "u2.xlsx", bytes: madeUp },
    ]);
    expect([outcome.exit, outcome.written, outcome.changes.length]).toEqual([2, false, 0]);
    expect(outcome.findings.map((f) => [f.code, f.source?.file ?? f.params.file, f.params.claimed ?? f.params.key ?? null, f.params.owner ?? null])).toEqual([
      ["ERR_COPY_RELABELLED", "u1.xlsx", "U02", "U01"],
      ["ERR_NOT_UNIT_COPY", "u3.xlsx", "verified", null],
      ["ERR_COPY_TOKEN_UNKNOWN", "u2.xlsx", null, null],
    ]);
    expect(bytes).toEqual(blank);
  });

  it("writes a copy only into the self column of the unit whose token it carries, whatever sheet it claims", async () => {
    const {
      bloc: blank,
      copies: [u1],
    } = await splitBytes(await generateBytes(rubricText, blocText));
    const typed = await typeIntoCopy(u1.bytes, rubric, new Map([["C01", 8]]));
    const elsewhere = await editCopyMeta(typed, (rows) => rows.set("sheet", "UBND thị xã Hương Thủy"), "UBND thị xã Hương Thủy");
    const { outcome } = await merge(blank, [{ file: "u1.xlsx", bytes: elsewhere }]);
    expect([outcome.exit, outcome.changes.map((c) => [c.unit, c.sheet, c.cell, c.stage, c.after])]).toEqual([0, [["U01", "UBND thành phố Huế", "E6", "self", 8]]]);
  });

  it("gives each unit its own random token, kept in the workbook's hidden sheet and in that unit's copy only; a second split keeps them", async () => {
    const blank = await generateBytes(rubricText, blocText);
    const host = await openXlsx(blank);
    const first = await splitWorkbook(host, "bloc.xlsx", createXlsx);
    const tokens = copyTokensOf(await host.snapshot([META_SHEET]));
    expect([first.newTokens, [...tokens.keys()]]).toEqual([9, ["U01", "U02", "U03", "U04", "U05", "U06", "U07", "U08", "U09"]]);
    expect([...tokens.values()].every((t) => TOKEN_PATTERN.test(t))).toBe(true);
    expect(new Set(tokens.values()).size).toBe(9);
    for (const c of first.copies) {
      const snap = await c.host.snapshot();
      const read = readUnitCopy(snap);
      expect(read.ok && read.value.token).toBe(tokens.get(c.unit.id));
      const everything = JSON.stringify(snap.sheets.map((s) => s.values));
      expect([...tokens].filter(([unit, t]) => unit !== c.unit.id && everything.includes(t))).toEqual([]);
    }
    const second = await splitWorkbook(host, "bloc.xlsx", createXlsx);
    expect(second.newTokens).toBe(0);
    expect(copyTokensOf(await host.snapshot([META_SHEET]))).toEqual(tokens);
    // another split of the same blank workbook draws other tokens
    const other = await openXlsx(blank);
    await splitWorkbook(other, "bloc.xlsx", createXlsx);
    expect([...copyTokensOf(await other.snapshot([META_SHEET])).values()].filter((t) => [...tokens.values()].includes(t))).toEqual([]);
  });

  it("refuses copies of a workbook split before tokens existed, saying to split again; the new copies merge", async () => {
    const blank = await generateBytes(rubricText, blocText);
    // as an earlier version split: the workbook keeps no token and the copy carries none
    const {
      copies: [u1],
    } = await splitBytes(blank);
    const old = await typeIntoCopy(await editCopyMeta(u1.bytes, (rows) => rows.set("token", "")), rubric, new Map([["C01", 8]]));
    const before = await merge(blank, [{ file: "u1.xlsx", bytes: old }]);
    expect([before.outcome.exit, before.outcome.findings.map((f) => [f.code, f.unit, f.source?.file])]).toEqual([2, [["ERR_COPY_NO_TOKEN", "U01", "u1.xlsx"]]]);
    expect(before.bytes).toEqual(blank);
    const again = await splitBytes(blank);
    const stillOld = await merge(again.bloc, [{ file: "u1.xlsx", bytes: old }]);
    expect(stillOld.outcome.findings.map((f) => f.code)).toEqual(["ERR_COPY_NO_TOKEN"]);
    // a copy with a token merged into a workbook that has none (split by hand from a token-less file) is refused too
    expect((await merge(blank, [{ file: "u1.xlsx", bytes: again.copies[0].bytes }])).outcome.findings.map((f) => f.code)).toEqual(["ERR_COPY_NO_TOKEN"]);
    const fresh = await merge(again.bloc, [{ file: "u1.xlsx", bytes: await typeIntoCopy(again.copies[0].bytes, rubric, new Map([["C01", 8]])) }]);
    expect([fresh.outcome.exit, fresh.outcome.changes.map((c) => [c.unit, c.cell, c.after])]).toEqual([0, [["U01", "E6", 8]]]);
  });

  it("refuses a copy split from a workbook made from another rubric", async () => {
    const changed = editJson(rubricText, (j) => (j.sections[0].criteria[0].name = "Tăng trưởng kinh tế"));
    const {
      copies: [other],
    } = await splitBytes(await generateBytes(changed, blocText));
    const { outcome } = await merge(await generateBytes(rubricText, blocText), [{ file: "x.xlsx", bytes: other.bytes }]);
    expect([outcome.exit, outcome.findings.map((f) => f.code)]).toEqual([2, ["ERR_COPY_RUBRIC"]]);
  });

  it("refuses a copy of another bloc, whether or not its unit id exists here", async () => {
    const renamed = editJson(blocText, (j) => (j.name = "Khối thi đua khác"));
    const foreignIds = editJson(blocText, (j) => {
      j.units.forEach((u: { id: string }) => (u.id = u.id.replace("U", "X")));
      Object.assign(j, { head: "X05", deputy: "X04" });
    });
    const {
      copies: [foreign],
    } = await splitBytes(await generateBytes(rubricText, renamed));
    const {
      copies: [stranger],
    } = await splitBytes(await generateBytes(rubricText, foreignIds));
    const { outcome } = await merge(await generateBytes(rubricText, blocText), [
      { file: "a.xlsx", bytes: foreign.bytes },
      { file: "b.xlsx", bytes: stranger.bytes },
    ]);
    expect(outcome.exit).toBe(2);
    expect(outcome.findings.map((f) => [f.code, f.source?.file])).toEqual([
      ["ERR_COPY_FOREIGN", "a.xlsx"],
      ["ERR_UNKNOWN_UNIT", "b.xlsx"],
    ]);
  });

  it("refuses two copies of one unit, naming both files", async () => {
    const {
      bloc: blank,
      copies: [u1],
    } = await splitBytes(await generateBytes(rubricText, blocText));
    const { outcome } = await merge(blank, [
      { file: "first.xlsx", bytes: u1.bytes },
      { file: "second.xlsx", bytes: u1.bytes },
    ]);
    expect(outcome.findings.map((f) => [f.code, f.params.file, f.params.first])).toEqual([["ERR_COPY_DUPLICATE", "second.xlsx", "first.xlsx"]]);
  });

  it("refuses the bloc's workbook given as a copy", async () => {
    const blank = await generateBytes(rubricText, blocText);
    const { outcome } = await merge(blank, [{ file: "bloc.xlsx", bytes: blank }]);
    expect(outcome.findings.map((f) => [f.code, f.params.reason])).toEqual([["ERR_NOT_UNIT_COPY", "workbook"]]);
  });

  it("refuses values that break the rubric with exit 1, naming the copy and its cell", async () => {
    const {
      bloc: blank,
      copies: [u1, u2],
    } = await splitBytes(await generateBytes(rubricText, blocText));
    const { outcome } = await merge(blank, [
      { file: "u1.xlsx", bytes: await typeIntoCopy(u1.bytes, rubric, new Map<string, number | string>([["C01", "7,75"]])) },
      { file: "u2.xlsx", bytes: await typeIntoCopy(u2.bytes, rubric, new Map([["C01", 9]])) },
    ]);
    expect([outcome.exit, outcome.written]).toEqual([1, false]);
    expect(outcome.findings.map((f) => [f.code, f.unit, f.source?.file, f.source?.cell])).toEqual([
      ["ERR_TEXT_NUMBER", "U01", "u1.xlsx", "E6"],
      ["ERR_ABOVE_MAX", "U02", "u2.xlsx", "E6"],
    ]);
  });
});
