import { parseBloc } from "../../src/domain/blocRules";
import { parseRubric } from "../../src/domain/rubricRules";
import type { Bloc } from "../../src/domain/types";
import { openXlsx } from "../../src/hosts/xlsx/xlsxHost";
import { restoreBackup } from "../../src/services/backup";
import { generateWorkbook } from "../../src/services/generateWorkbook";
import { mergeCopies } from "../../src/services/mergeCopies";
import { applyRegeneration, previewRegeneration } from "../../src/services/regenerate";
import { splitWorkbook } from "../../src/services/splitWorkbook";
import { allCopyTokensOf } from "../../src/workbook/copyTokens";
import { META_SHEET } from "../../src/workbook/layout";
import { fixtureFile } from "../support/fixture";
import { createXlsx } from "../../src/hosts/xlsx/xlsxHost";
import { generateBytes, splitBytes, typeIntoCopy } from "../support/roundTrip";

/**
 * Copies sent to the units before the bloc's workbook is regenerated (a typo fixed, a unit dropped) or restored:
 * the tokens of the units that remain are carried, so their copies still merge; a unit that left is refused by name.
 */

const rubricText = fixtureFile("rubric.json");
const blocText = fixtureFile("bloc.json");
const rubric = (() => {
  const r = parseRubric(JSON.parse(rubricText));
  if (!r.ok) throw new Error("fixture rubric");
  return r.value;
})();
const bloc = (() => {
  const b = parseBloc(JSON.parse(blocText));
  if (!b.ok) throw new Error("fixture bloc");
  return b.value;
})();
const NOW = new Date("2026-12-02T09:00:00Z");

/** Without U09, and the bloc's name retyped (so its fingerprint changes too). */
const smaller: Bloc = { ...bloc, name: `${bloc.name} (sửa)`, units: bloc.units.filter((u) => u.id !== "U09") };

/** The workbook split, and the copies of U01 and U09 each with one self-score typed in. */
async function splitAndFill() {
  const split = await splitBytes(await generateBytes(rubricText, blocText));
  const typed = async (unit: string, value: number) => ({ file: `${unit}.xlsx`, bytes: await typeIntoCopy(split.copies.find((c) => c.unit === unit)!.bytes, rubric, new Map([["C01", value]])) });
  return { bloc: split.bloc, u01: await typed("U01", 8), u09: await typed("U09", 7) };
}

async function regenerate(bytes: Uint8Array, to: Bloc) {
  const host = await openXlsx(bytes);
  const preview = await previewRegeneration(host, rubric, to);
  const out = await applyRegeneration(host, preview, { confirmed: true, now: NOW, reason: "test" });
  if (!out.done) throw new Error("regeneration refused");
  return { preview, bytes: await host.save() };
}

async function merge(bytes: Uint8Array, copies: readonly { file: string; bytes: Uint8Array }[]) {
  const host = await openXlsx(bytes);
  const list = await Promise.all(copies.map(async (c) => ({ file: c.file, host: await openXlsx(c.bytes) })));
  const outcome = await mergeCopies(host, "bloc.xlsx", list, { write: true });
  return { outcome, bytes: await host.save() };
}

async function tokensOf(bytes: Uint8Array) {
  return allCopyTokensOf(await (await openXlsx(bytes)).snapshot([META_SHEET]));
}

describe("copies sent before a regeneration", () => {
  it("merge after regenerating with the same units: every unit keeps its token", async () => {
    const s = await splitAndFill();
    const before = await tokensOf(s.bloc);
    const { preview, bytes } = await regenerate(s.bloc, bloc);
    expect(preview.retiredCopies).toEqual([]);
    expect((await tokensOf(bytes)).current).toEqual(before.current);
    const { outcome } = await merge(bytes, [s.u01, s.u09]);
    expect([outcome.exit, outcome.findings, outcome.changes.map((c) => [c.unit, c.cell, c.after])]).toEqual([0, [], [["U01", "E6", 8], ["U09", "E6", 7]]]);
  });

  it("merge for the units that remain after one is dropped and the bloc renamed; the dropped unit's copy is refused by name and nothing is written", async () => {
    const s = await splitAndFill();
    const before = await tokensOf(s.bloc);
    const { preview, bytes } = await regenerate(s.bloc, smaller);
    expect(preview.retiredCopies).toEqual(["U09"]);
    const after = await tokensOf(bytes);
    expect([[...after.current.keys()], [...after.retired]]).toEqual([smaller.units.map((u) => u.id), [["U09", before.current.get("U09")]]]);

    const refused = await merge(bytes, [s.u01, s.u09]);
    expect([refused.outcome.exit, refused.outcome.findings.map((f) => [f.code, f.params, f.source?.file])]).toEqual([2, [["ERR_COPY_UNIT_REMOVED", { file: "U09.xlsx", unit: "U09" }, "U09.xlsx"]]]);
    expect(refused.bytes).toEqual(bytes);
    const { outcome } = await merge(bytes, [s.u01]);
    expect([outcome.exit, outcome.changes.map((c) => [c.unit, c.cell, c.after])]).toEqual([0, [["U01", "E6", 8]]]);
  });

  it("gives a unit added by the regeneration no token until the next split, which keeps the others'", async () => {
    const s = await splitAndFill();
    const before = await tokensOf(s.bloc);
    const bigger: Bloc = { ...bloc, units: [...bloc.units, { id: "U10", name: "UBND huyện mới" }] };
    const { bytes } = await regenerate(s.bloc, bigger);
    expect((await tokensOf(bytes)).current.has("U10")).toBe(false);
    const host = await openXlsx(bytes);
    const split = await splitWorkbook(host, "bloc.xlsx", createXlsx);
    const now = allCopyTokensOf(await host.snapshot([META_SHEET])).current;
    expect([split.newTokens, now.size, [...before.current].every(([u, t]) => now.get(u) === t)]).toEqual([1, 10, true]);
  });

  it("takes the dropped unit's copy again once the unit is added back, by a regeneration or by restoring the backup", async () => {
    const s = await splitAndFill();
    const dropped = await regenerate(s.bloc, smaller);
    const back = await regenerate(dropped.bytes, bloc);
    expect((await merge(back.bytes, [s.u01, s.u09])).outcome.exit).toBe(0);

    const host = await openXlsx(dropped.bytes);
    expect((await restoreBackup(host)).restored.length).toBeGreaterThan(0);
    const restored = await host.save();
    expect((await tokensOf(restored)).retired.size).toBe(0);
    const { outcome } = await merge(restored, [s.u01, s.u09]);
    expect([outcome.exit, outcome.changes.map((c) => c.unit)]).toEqual([0, ["U01", "U09"]]);
  });

  it("generate over a split workbook (the CLI's generate --force) keeps the tokens of the units that remain", async () => {
    const s = await splitAndFill();
    const host = createXlsx();
    const out = await generateWorkbook({ rubric: { text: rubricText, file: "rubric.json" }, bloc: { text: JSON.stringify(smaller), file: "bloc.json" }, previousTokens: await tokensOf(s.bloc) }, host);
    expect([out.exit, out.retiredCopies]).toEqual([0, ["U09"]]);
    const bytes = await host.save();
    expect((await merge(bytes, [s.u09])).outcome.findings.map((f) => f.code)).toEqual(["ERR_COPY_UNIT_REMOVED"]);
    expect((await merge(bytes, [s.u01])).outcome.exit).toBe(0);
  });

  it("still refuses a copy of another bloc with the same unit ids (its token is not this workbook's)", async () => {
    const s = await splitAndFill();
    const other = await splitBytes(await generateBytes(rubricText, JSON.stringify({ ...JSON.parse(blocText), name: "Khối khác" })));
    const { outcome } = await merge(s.bloc, [{ file: "x.xlsx", bytes: other.copies[0].bytes }]);
    expect(outcome.findings.map((f) => f.code)).toEqual(["ERR_COPY_FOREIGN"]);
  });
});
