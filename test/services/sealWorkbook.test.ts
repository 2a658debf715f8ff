import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { recalcXlsx } from "../support/libreoffice";
import { openXlsx } from "../../src/hosts/xlsx/xlsxHost";
import { mergeCopies } from "../../src/services/mergeCopies";
import { sealWorkbook, unsealWorkbook } from "../../src/services/sealWorkbook";
import { META_SHEET } from "../../src/workbook/layout";
import { readWorkbook } from "../../src/workbook/readWorkbook";
import { canonicalJson } from "../../src/workbook/fingerprint";
import { keyedRowWrites } from "../../src/workbook/metaRows";
import { captureSealValues, makeSeal, sealStateOf, sealWrites, SEAL_KEY, SEAL_LOG_KEY, SEAL_MARK_COL } from "../../src/workbook/seal";
import { sealedChanges } from "../../src/workbook/sealedChanges";
import { fixtureFile } from "../support/fixture";
import { editWorkbook, type EditValue } from "../support/sheetEditor";
import { fillBytes, generateBytes, splitBytes, typeIntoCopy } from "../support/roundTrip";
import { parseRubric } from "../../src/domain/rubricRules";
import { validateWorkbook } from "../../src/services/validateWorkbook";
import { restoreBackup } from "../../src/services/backup";
import { applyRegeneration, previewRegeneration } from "../../src/services/regenerate";

const NOW = new Date("2023-12-05T08:30:00Z");
const U01 = "UBND thành phố Huế";

let filled: Uint8Array;
beforeAll(async () => {
  filled = await fillBytes(await generateBytes(fixtureFile("rubric.json"), fixtureFile("bloc.json")), fixtureFile("scores.csv"));
});

async function sealed(bytes = filled, stage: "final" | "bloc" = "final"): Promise<Uint8Array> {
  const host = await openXlsx(bytes);
  const out = await sealWorkbook(host, "bloc.xlsx", { by: "Nguyễn Văn A", stage, now: NOW });
  if (out.exit !== 0) throw new Error(JSON.stringify(out.findings));
  return host.save();
}

/** Types into cells, as someone editing the file in Excel would: [sheet, A1, value]. */
async function edit(bytes: Uint8Array, cells: readonly [string, string, EditValue][]): Promise<Uint8Array> {
  return editWorkbook(bytes, (wb) => {
    for (const [sheet, ref, value] of cells) wb.getWorksheet(sheet)!.getCell(ref).value = value;
  });
}

async function changesIn(bytes: Uint8Array) {
  const snapshot = await (await openXlsx(bytes)).snapshot();
  const read = readWorkbook(snapshot);
  if (!read.ok) throw new Error(JSON.stringify(read.findings));
  return sealedChanges(read.value, snapshot);
}

describe("sealWorkbook", () => {
  it("records who sealed, when, the stage and a digest of every value, and starts the history", async () => {
    const state = sealStateOf(await (await openXlsx(await sealed())).snapshot());
    expect(state.current).toMatchObject({ by: "Nguyễn Văn A", at: "2023-12-05T08:30:00.000Z", stage: "final", units: expect.arrayContaining(["U01", "U09"]) });
    expect(state.current?.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(state.log.map((e) => [e.action, e.by, e.at])).toEqual([["seal", "Nguyễn Văn A", "2023-12-05T08:30:00.000Z"]]);
  });

  it("refuses to seal while validation finds an error (exit 1), writing nothing", async () => {
    const blank = await generateBytes(fixtureFile("rubric.json"), fixtureFile("bloc.json"));
    const host = await openXlsx(blank);
    const out = await sealWorkbook(host, "bloc.xlsx", { by: "A", stage: "final", now: NOW });
    expect(out.exit).toBe(1);
    expect(new Set(out.findings.filter((f) => f.severity === "error").map((f) => f.code))).toEqual(new Set(["ERR_MISSING"]));
    expect(sealStateOf(await host.snapshot([META_SHEET])).current).toBeNull();
  });

  it("refuses to seal a sealed workbook again (ERR_SEALED, exit 2)", async () => {
    const out = await sealWorkbook(await openXlsx(await sealed()), "bloc.xlsx", { by: "B", stage: "final", now: NOW });
    expect([out.exit, out.findings.map((f) => f.code)]).toEqual([2, ["ERR_SEALED"]]);
  });

  it("refuses a merge into a sealed workbook", async () => {
    const {
      bloc: bytes,
      copies: [u1],
    } = await splitBytes(await sealed());
    const r = parseRubric(JSON.parse(fixtureFile("rubric.json")));
    if (!r.ok) throw new Error("rubric");
    const copy = await openXlsx(await typeIntoCopy(u1.bytes, r.value, new Map([["C01", 5]])));
    const out = await mergeCopies(await openXlsx(bytes), "bloc.xlsx", [{ file: "u1.xlsx", host: copy }], { write: true });
    expect([out.exit, out.written, out.findings.map((f) => f.code)]).toEqual([2, false, ["ERR_SEALED"]]);
  });
});

describe("sealedChanges", () => {
  it("finds nothing in a workbook never sealed, nor in one sealed and left alone", async () => {
    expect(await changesIn(filled)).toEqual([]);
    expect(await changesIn(await sealed())).toEqual([]);
  });

  it("names each score, count and vote cell changed after the seal, with both values", async () => {
    const bytes = await edit(await sealed(), [
      [U01, "F6", 6.5],
      [U01, "E7", null],
      ["Tổng hợp", "P5", 1],
    ]);
    const found = await changesIn(bytes);
    expect(found.map((f) => [f.code, f.source?.sheet, f.source?.cell, f.unit, f.params.before, f.params.after])).toEqual([
      ["ERR_SEALED_CHANGED", U01, "F6", "U01", 6.75, 6.5],
      ["ERR_SEALED_CHANGED", U01, "E7", "U01", 8, null],
      ["ERR_SEALED_CHANGED", "Tổng hợp", "P5", "U01", null, 1],
    ]);
  });

  it("reports a seal record edited by hand once, as damaged", async () => {
    const bytes = await sealed();
    const snapshot = await (await openXlsx(bytes)).snapshot([META_SHEET]);
    const row = snapshot.sheets[0].values.findIndex((r) => r[0] === SEAL_KEY);
    const text = String(snapshot.sheets[0].values[row][1]);
    const tampered = await edit(bytes, [[META_SHEET, `B${row + 1}`, text.replace('"by":"Nguyễn Văn A"', '"by":"Người khác"')]]);
    expect((await changesIn(tampered)).map((f) => [f.code, f.params.reason])).toEqual([["ERR_SEALED_CHANGED", "record"]]);
  });
});

/** Empties every cell of the meta sheet's rows `keys` (and the seal's mark when asked), as an editor unhiding it would. */
async function clearMeta(bytes: Uint8Array, keys: readonly string[], mark = false): Promise<Uint8Array> {
  return editWorkbook(bytes, (wb) =>
    wb.getWorksheet(META_SHEET)!.eachRow((row) => {
      const key = String(row.getCell(1).value);
      if (keys.includes(key)) for (let c = 2; c <= row.cellCount; c++) row.getCell(c).value = null;
      if (mark && key === "format") row.getCell(SEAL_MARK_COL + 1).value = null;
    }),
  );
}

describe("a seal record removed or replaced", () => {
  it("is reported when the seal's rows were deleted: from the history, and from the mark when the history went too", async () => {
    const bytes = await sealed();
    const noRecord = await changesIn(await clearMeta(bytes, [SEAL_KEY]));
    expect(noRecord.map((f) => [f.code, f.params.by, f.params.at])).toEqual([["ERR_SEAL_REMOVED", "Nguyễn Văn A", NOW.toISOString()]]);
    const noHistory = await changesIn(await clearMeta(bytes, [SEAL_KEY, SEAL_LOG_KEY]));
    expect(noHistory.map((f) => [f.code, f.params.by])).toEqual([["ERR_SEAL_REMOVED", null]]);
    const out = await validateWorkbook(await openXlsx(await clearMeta(bytes, [SEAL_KEY])), "bloc.xlsx");
    expect([out.exit, out.findings.filter((f) => f.severity === "error").map((f) => f.code)]).toEqual([1, ["ERR_SEAL_REMOVED"]]);
  });

  it("is reported when a value was edited and the record recomputed to match it (the history keeps the sealed digest)", async () => {
    const bytes = await edit(await sealed(), [[U01, "F6", 6.5]]);
    const host = await openXlsx(bytes);
    const snapshot = await host.snapshot();
    const read = readWorkbook(snapshot);
    if (!read.ok) throw new Error("workbook");
    const state = sealStateOf(snapshot);
    const forged = makeSeal(captureSealValues(read.value, snapshot), { by: state.current!.by, at: state.current!.at, stage: state.current!.stage });
    const withOldHistory = keyedRowWrites(META_SHEET, snapshot.sheets.find((x) => x.name === META_SHEET)!.values, [[SEAL_KEY, canonicalJson(forged)]]);
    await host.writeValues(withOldHistory);
    expect((await changesIn(await host.save())).map((f) => [f.code, f.params.reason])).toEqual([["ERR_SEALED_CHANGED", "record"]]);
  });

  it("passes when the record, the history and the mark are all rewritten: the digest is unkeyed, not a signature", async () => {
    const bytes = await edit(await sealed(), [[U01, "F6", 6.5]]);
    const host = await openXlsx(bytes);
    const snapshot = await host.snapshot();
    const read = readWorkbook(snapshot);
    if (!read.ok) throw new Error("workbook");
    const old = sealStateOf(snapshot);
    const forged = makeSeal(captureSealValues(read.value, snapshot), { by: old.current!.by, at: old.current!.at, stage: old.current!.stage });
    await host.writeValues(sealWrites(snapshot, forged, [{ ...old.log[0], digest: forged.digest }]));
    expect(await changesIn(await host.save())).toEqual([]);
  });
});

describe("unsealWorkbook", () => {
  it("lifts the seal and keeps the history, so the workbook can be changed and sealed again", async () => {
    const host = await openXlsx(await sealed());
    const out = await unsealWorkbook(host, "bloc.xlsx", { by: "Trần Thị B", reason: "Sửa điểm tiêu chí C01 theo biên bản họp", now: new Date("2023-12-06T01:00:00Z") });
    expect(out.exit).toBe(0);
    const unsealed = await host.save();
    const edited = await edit(unsealed, [[U01, "F6", 6.5]]);
    expect(await changesIn(edited)).toEqual([]);
    const again = await sealed(edited, "bloc");
    const state = sealStateOf(await (await openXlsx(again)).snapshot([META_SHEET]));
    expect(state.log.map((e) => [e.action, e.by, e.reason ?? null, e.stage ?? null])).toEqual([
      ["seal", "Nguyễn Văn A", null, "final"],
      ["unseal", "Trần Thị B", "Sửa điểm tiêu chí C01 theo biên bản họp", "final"],
      ["seal", "Nguyễn Văn A", null, "bloc"],
    ]);
    expect(state.current?.stage).toBe("bloc");
  });

  it("refuses to unseal a workbook that is not sealed (ERR_NOT_SEALED, exit 2)", async () => {
    const out = await unsealWorkbook(await openXlsx(filled), "bloc.xlsx", { by: "A", reason: "x", now: NOW });
    expect([out.exit, out.findings.map((f) => f.code)]).toEqual([2, ["ERR_NOT_SEALED"]]);
  });
});

describe("validateWorkbook on a sealed workbook", () => {
  it("does not cry wolf on a sealed workbook LibreOffice opened and saved again", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "thidua-seal-")), "sealed.xlsx");
    writeFileSync(file, await sealed());
    const resaved = new Uint8Array(readFileSync(recalcXlsx(file)));
    const out = await validateWorkbook(await openXlsx(resaved), "sealed.xlsx");
    expect(sealStateOf(await (await openXlsx(resaved)).snapshot()).current?.by).toBe("Nguyễn Văn A");
    expect(out.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("is clean when nothing changed, and reports ERR_SEALED_CHANGED with the cell of an edit (exit 1)", async () => {
    const bytes = await sealed();
    expect((await validateWorkbook(await openXlsx(bytes), "bloc.xlsx")).findings.filter((f) => f.severity === "error")).toEqual([]);
    const out = await validateWorkbook(await openXlsx(await edit(bytes, [[U01, "G6", 6.5]])), "bloc.xlsx");
    expect(out.exit).toBe(1);
    expect(out.findings.filter((f) => f.code === "ERR_SEALED_CHANGED").map((f) => [f.source?.sheet, f.source?.cell, f.params.before, f.params.after])).toEqual([[U01, "G6", 6.75, 6.5]]);
  });
});

describe("restoreBackup of a sealed workbook", () => {
  it("brings the seal, its history and its mark back with the sheets, intact: validate finds no seal problem", async () => {
    const bytes = await sealed();
    const before = sealStateOf(await (await openXlsx(bytes)).snapshot([META_SHEET]));
    const host = await openXlsx(bytes);
    const read = readWorkbook(await host.snapshot());
    if (!read.ok) throw new Error("sealed fixture unreadable");
    const smaller = { ...read.value.bloc, units: read.value.bloc.units.filter((u) => u.id !== "U09") };
    const preview = await previewRegeneration(host, read.value.rubric, smaller);
    expect((await applyRegeneration(host, preview, { confirmed: true, now: NOW, reason: "U09 rời khối" })).done).toBe(true);
    expect(sealStateOf(await host.snapshot([META_SHEET])).current).toBeNull();
    await restoreBackup(host);
    const meta = await host.snapshot([META_SHEET]);
    const after = sealStateOf(meta);
    expect([after.current, after.log, after.damaged]).toEqual([before.current, before.log, false]);
    const formatRow = meta.sheets[0].values.find((r) => r[0] === "format")!;
    expect(formatRow[SEAL_MARK_COL]).toBe(before.current!.digest);
    const checked = await validateWorkbook(host, "bloc.xlsx");
    expect(checked.findings.filter((f) => f.code.startsWith("ERR_SEAL") || f.code.startsWith("WARN_SEAL"))).toEqual([]);
  });
});
