import { buildScoreBook } from "../../src/domain/scoreBook";
import { parseScoresCsv } from "../../src/domain/scoresCsv";
import type { Bloc, Rubric } from "../../src/domain/types";
import { createXlsx, openXlsx, type XlsxHost } from "../../src/hosts/xlsx/xlsxHost";
import { restoreBackup } from "../../src/services/backup";
import { applyRegeneration, needsConfirmation, previewRegeneration } from "../../src/services/regenerate";
import { BACKUP_INDEX } from "../../src/workbook/backupSheets";
import { buildTemplatePlan } from "../../src/workbook/buildTemplatePlan";
import { fillWrites } from "../../src/workbook/fillWrites";
import { readWorkbook } from "../../src/workbook/readWorkbook";
import { fixtureFile } from "../support/fixture";
import { userWorkbook } from "../support/sheetEditor";

const rubric = JSON.parse(fixtureFile("rubric.json")) as Rubric;
const bloc = JSON.parse(fixtureFile("bloc.json")) as Bloc;
const now = new Date("2026-11-27T10:00:00Z");

async function filledFixture(): Promise<XlsxHost> {
  const host = createXlsx();
  await host.applyPlan(buildTemplatePlan(rubric, bloc));
  const read = readWorkbook(await host.snapshot());
  if (!read.ok) throw new Error("fixture workbook unreadable");
  const book = buildScoreBook(rubric, bloc, parseScoresCsv(fixtureFile("scores.csv")).rows);
  await host.writeValues(fillWrites(rubric, bloc, read.value.sheets, book.entries));
  return openXlsx(await host.save());
}

async function inputs(host: XlsxHost) {
  const read = readWorkbook(await host.snapshot());
  if (!read.ok) throw new Error(JSON.stringify(read.findings));
  return read.value;
}

const key = (r: { unit: string; item: string; stage: string; raw: unknown }) => `${r.unit}/${r.item}/${r.stage}=${String(r.raw)}`;

/** Section V without C20, U09 gone, a new U10. */
function changedRubricAndBloc(): { rubric: Rubric; bloc: Bloc } {
  const sections = rubric.sections.map((s) => (s.id === "V" ? { ...s, maxPoints: 7, criteria: s.criteria.filter((c) => c.id !== "C20") } : s));
  const units = [...bloc.units.filter((u) => u.id !== "U09"), { id: "U10", name: "UBND huyện mới" }];
  return { rubric: { ...rubric, sections }, bloc: { ...bloc, units } };
}

describe("previewRegeneration / applyRegeneration", () => {
  it("keeps every score of the same rubric and bloc: nothing lost, no question asked", async () => {
    const host = await filledFixture();
    const before = (await inputs(host)).rows.map(key).sort();
    const preview = await previewRegeneration(host, rubric, bloc);
    expect(preview.existing).toBe(true);
    expect(preview.lost).toEqual([]);
    expect(needsConfirmation(preview)).toBe(false);
    expect(await applyRegeneration(host, preview, { confirmed: false, now, reason: "test" })).toEqual({ done: true, kept: preview.keep.length });
    const after = await inputs(await openXlsx(await host.save()));
    expect(after.rows.map(key).sort()).toEqual(before);
  });

  it("lists the scores of a removed unit and criterion, and writes nothing until the user confirms", async () => {
    const host = await filledFixture();
    const bytes = await host.save();
    const next = changedRubricAndBloc();
    const preview = await previewRegeneration(host, next.rubric, next.bloc);
    expect(new Set(preview.lost.map((l) => l.reason))).toEqual(new Set(["unit", "item"]));
    expect(preview.lost.filter((l) => l.unit === "U09").length).toBeGreaterThan(0);
    const c20Rows = parseScoresCsv(fixtureFile("scores.csv")).rows.filter((r) => r.item === "C20" && r.unit !== "U09");
    expect(preview.lost.filter((l) => l.item === "C20" && l.unit !== "U09").length).toBe(c20Rows.length);
    expect(preview.removed).toEqual(["UBND huyện A Lưới"]);
    expect(await applyRegeneration(host, preview, { confirmed: false, now, reason: "test" })).toEqual({ done: false, reason: "confirm" });
    expect(Buffer.from(await host.save()).equals(Buffer.from(bytes))).toBe(true);
  });

  it("after confirmation carries the rest over, removes the old unit's sheet and keeps a hidden backup", async () => {
    const host = await filledFixture();
    const old = await inputs(host);
    const next = changedRubricAndBloc();
    const preview = await previewRegeneration(host, next.rubric, next.bloc);
    await applyRegeneration(host, preview, { confirmed: true, now, reason: "test" });
    const reopened = await openXlsx(await host.save());
    const after = await inputs(reopened);
    const expectedRows = old.rows.filter((r) => r.unit !== "U09" && r.item !== "C20").map(key).sort();
    expect(after.rows.map(key).sort()).toEqual(expectedRows);
    expect(after.bloc.units.map((u) => u.id)).toContain("U10");
    const names = (await reopened.snapshot()).sheets.map((s) => s.name);
    expect(names).not.toContain("UBND huyện A Lưới");
    expect(names).toContain(BACKUP_INDEX);
    expect((await reopened.snapshot([BACKUP_INDEX])).sheets[0].visibility).toBe("hidden");
  });

  it("restores the previous workbook in one action: rubric, units and every value", async () => {
    const host = await filledFixture();
    const old = await inputs(host);
    const next = changedRubricAndBloc();
    await applyRegeneration(host, await previewRegeneration(host, next.rubric, next.bloc), { confirmed: true, now, reason: "test" });
    const outcome = await restoreBackup(host);
    expect(outcome.takenAt).toBe(now.toISOString());
    expect(outcome.removed).toContain("UBND huyện mới");
    const back = await inputs(await openXlsx(await host.save()));
    expect(back.bloc).toEqual(old.bloc);
    expect(back.rubric).toEqual(old.rubric);
    expect(back.rows.map(key).sort()).toEqual(old.rows.map(key).sort());
    const names = (await host.snapshot()).sheets.map((s) => s.name);
    expect(names).not.toContain("UBND huyện mới");
  });

  it("asks before taking over a sheet of the user's that has the same name, and can give it back", async () => {
    const host = await openXlsx(userWorkbook([{ name: "Tổng hợp", cells: { A1: "bảng của tôi" } }]));
    const preview = await previewRegeneration(host, rubric, bloc);
    expect(preview.existing).toBe(false);
    expect(preview.replacedForeign).toEqual(["Tổng hợp"]);
    expect(needsConfirmation(preview)).toBe(true);
    await applyRegeneration(host, preview, { confirmed: true, now, reason: "test" });
    await restoreBackup(host);
    const snap = await host.snapshot();
    expect(snap.sheets.find((s) => s.name === "Tổng hợp")?.values[0][0]).toBe("bảng của tôi");
    expect(snap.sheets.some((s) => s.name === "_thidua")).toBe(false);
  });

  it("has nothing to restore when no backup was taken", async () => {
    expect(await restoreBackup(await filledFixture())).toEqual({ restored: [], removed: [], takenAt: null });
  });
});
