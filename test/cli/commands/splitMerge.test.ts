import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { parseRubric } from "../../../src/domain/rubricRules";
import { openXlsx } from "../../../src/hosts/xlsx/xlsxHost";
import { recordedAt } from "../../../src/i18n/clock";
import { sealStateOf } from "../../../src/workbook/seal";
import { META_SHEET } from "../../../src/workbook/layout";
import { copyTokensOf } from "../../../src/workbook/copyTokens";
import { ensureCli, runCli, tempDir } from "../../support/cli";
import { editJson, fixtureFile } from "../../support/fixture";
import { csvRows, editCopyMeta, generateBytes, splitBytes, typeIntoCopy } from "../../support/roundTrip";

const rubricText = fixtureFile("rubric.json");
const blocText = fixtureFile("bloc.json");
const rubric = (() => {
  const r = parseRubric(JSON.parse(rubricText));
  if (!r.ok) throw new Error("fixture rubric");
  return r.value;
})();
const UNIT_NAMES = (JSON.parse(blocText) as { units: { name: string }[] }).units.map((u) => u.name);

beforeAll(() => ensureCli());

/** A folder holding the fixture's blank workbook as bloc.xlsx. */
async function blocFolder() {
  const t = tempDir({});
  writeFileSync(path.join(t.dir, "bloc.xlsx"), await generateBytes(rubricText, blocText));
  return t;
}

describe("thidua split", () => {
  it("records the units' tokens in the bloc's workbook once (keeping the old file as .bak); a second split writes nothing", async () => {
    const t = await blocFolder();
    try {
      const blank = readFileSync(path.join(t.dir, "bloc.xlsx"));
      const first = runCli(["split", "bloc.xlsx", "--out", "copies"], t.dir);
      expect(first.code).toBe(0);
      expect(first.stdout).toContain("9 đơn vị");
      expect(readFileSync(path.join(t.dir, "bloc.bak.xlsx")).equals(blank)).toBe(true);
      const tokens = copyTokensOf(await (await openXlsx(readFileSync(path.join(t.dir, "bloc.xlsx")))).snapshot([META_SHEET]));
      expect(tokens.size).toBe(9);
      const split = readFileSync(path.join(t.dir, "bloc.xlsx"));
      expect(runCli(["split", "bloc.xlsx", "--out", "copies", "--force"], t.dir).code).toBe(0);
      expect(readFileSync(path.join(t.dir, "bloc.xlsx")).equals(split)).toBe(true);
      expect(readdirSync(t.dir).filter((f) => f.includes("thidua") || f.includes(".tmp"))).toEqual([]);
    } finally {
      t.cleanup();
    }
  });

  it("writes one copy per unit named after it, and never overwrites one without --force", async () => {
    const t = await blocFolder();
    try {
      const first = runCli(["split", "bloc.xlsx", "--out", "bản đơn vị"], t.dir);
      expect(first.code).toBe(0);
      const out = path.join(t.dir, "bản đơn vị");
      expect(readdirSync(out).map((f) => f.normalize("NFC")).sort()).toEqual(UNIT_NAMES.map((n) => `${n}.xlsx`).sort());
      const copy = path.join(out, `${UNIT_NAMES[0]}.xlsx`);
      const before = readFileSync(copy);
      writeFileSync(copy, "changed by the unit");
      const again = runCli(["split", "bloc.xlsx", "--out", "bản đơn vị"], t.dir);
      expect(again.code).toBe(2);
      expect(readFileSync(copy, "utf8")).toBe("changed by the unit");
      expect(runCli(["split", "bloc.xlsx", "--out", "bản đơn vị", "--force"], t.dir).code).toBe(0);
      expect(readFileSync(copy).length).toBe(before.length);
    } finally {
      t.cleanup();
    }
  });
});

describe("thidua merge", () => {
  /** The fixture's blank workbook, and each unit's copy with its self rows typed in. */
  async function withCopies() {
    const t = await blocFolder();
    const split = await splitBytes(readFileSync(path.join(t.dir, "bloc.xlsx")));
    const blank = Buffer.from(split.bloc);
    writeFileSync(path.join(t.dir, "bloc.xlsx"), blank);
    const rows = csvRows(fixtureFile("scores.csv")).filter((r) => r.stage === "self");
    const copies = split.copies;
    const files: string[] = [];
    for (const c of copies) {
      const file = `${c.unit}.xlsx`;
      writeFileSync(path.join(t.dir, file), await typeIntoCopy(c.bytes, rubric, new Map(rows.filter((r) => r.unit === c.unit).map((r) => [r.item, Number(r.value)]))));
      files.push(file);
    }
    return { ...t, blank, files, rows };
  }

  it("shows every change on a dry run and writes nothing; then writes them, keeping bloc.bak.xlsx", async () => {
    const t = await withCopies();
    try {
      const dry = runCli(["merge", "bloc.xlsx", ...t.files, "--dry-run"], t.dir);
      expect(dry.code).toBe(0);
      expect(dry.stdout).toContain("U01.xlsx: 'UBND thành phố Huế'!E6");
      expect(dry.stdout.split("\n").filter((l) => l.includes("→")).length).toBe(t.rows.length);
      expect(readFileSync(path.join(t.dir, "bloc.xlsx")).equals(t.blank)).toBe(true);
      const real = runCli(["merge", "bloc.xlsx", ...t.files], t.dir);
      expect(real.code).toBe(0);
      expect(readFileSync(path.join(t.dir, "bloc.bak.xlsx")).equals(t.blank)).toBe(true);
      const rank = runCli(["rank", "bloc.xlsx", "--stage", "self", "--json"], t.dir);
      expect(rank.code).toBe(0);
      expect((JSON.parse(rank.stdout) as { units: { complete: boolean }[] }).units.every((u) => u.complete)).toBe(true);
    } finally {
      t.cleanup();
    }
  });

  it("refuses a tampered or foreign copy with exit 2 and leaves the workbook's bytes as they were", async () => {
    const t = await withCopies();
    try {
      const {
        copies: [tampered],
      } = await splitBytes(await generateBytes(editJson(rubricText, (j) => (j.sections[0].criteria[1].weight = 2)), blocText));
      const {
        copies: [foreign],
      } = await splitBytes(await generateBytes(rubricText, editJson(blocText, (j) => (j.name = "Khối thi đua các sở, ban, ngành"))));
      writeFileSync(path.join(t.dir, "tampered.xlsx"), tampered.bytes);
      writeFileSync(path.join(t.dir, "foreign.xlsx"), foreign.bytes);
      for (const [bad, code] of [
        ["tampered.xlsx", "ERR_COPY_RUBRIC"],
        ["foreign.xlsx", "ERR_COPY_FOREIGN"],
      ]) {
        const r = runCli(["merge", "bloc.xlsx", ...t.files.slice(1), bad], t.dir);
        expect([bad, r.code]).toEqual([bad, 2]);
        expect(r.stderr).toContain(code);
        expect(r.stderr).toContain(bad);
        expect(readFileSync(path.join(t.dir, "bloc.xlsx")).equals(t.blank)).toBe(true);
        expect(existsSync(path.join(t.dir, "bloc.bak.xlsx"))).toBe(false);
      }
    } finally {
      t.cleanup();
    }
  });

  it("refuses a copy relabelled to another unit (exit 2, a finding naming the copy), writing nothing", async () => {
    const t = await withCopies();
    try {
      const relabelled = await editCopyMeta(readFileSync(path.join(t.dir, t.files[0])), (rows) => rows.set("unit", "U02"));
      writeFileSync(path.join(t.dir, "U02 (sửa).xlsx"), relabelled);
      const r = runCli(["merge", "bloc.xlsx", ...t.files.slice(2), "U02 (sửa).xlsx"], t.dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("ERR_COPY_RELABELLED");
      expect(r.stderr).toContain("U02 (sửa).xlsx");
      expect(readFileSync(path.join(t.dir, "bloc.xlsx")).equals(t.blank)).toBe(true);
    } finally {
      t.cleanup();
    }
  });

  it("refuses two copies of the same unit, and a copy with a value above the maximum (exit 1)", async () => {
    const t = await withCopies();
    try {
      expect(runCli(["merge", "bloc.xlsx", t.files[0], t.files[0]], t.dir).stderr).toContain("ERR_COPY_DUPLICATE");
      const over = await typeIntoCopy(readFileSync(path.join(t.dir, t.files[1])), rubric, new Map([["C01", 99]]));
      writeFileSync(path.join(t.dir, "over.xlsx"), over);
      const r = runCli(["merge", "bloc.xlsx", "over.xlsx"], t.dir);
      expect([r.code, r.stderr.includes("ERR_ABOVE_MAX"), r.stderr.includes("over.xlsx")]).toEqual([1, true, true]);
      expect(readFileSync(path.join(t.dir, "bloc.xlsx")).equals(t.blank)).toBe(true);
    } finally {
      t.cleanup();
    }
  });

  it("takes the copies sent out before generate --force dropped a unit, and refuses the dropped unit's copy by name", async () => {
    const t = await withCopies();
    try {
      writeFileSync(path.join(t.dir, "bloc.json"), editJson(blocText, (j) => (j.units = j.units.filter((u: { id: string }) => u.id !== "U09"))));
      writeFileSync(path.join(t.dir, "rubric.json"), rubricText);
      const gen = runCli(["generate", "--rubric", "rubric.json", "--bloc", "bloc.json", "--out", "bloc.xlsx", "--force"], t.dir);
      expect(gen.code).toBe(0);
      expect(gen.stderr).toContain("Lưu ý: 1 đơn vị (U09) không còn trong khối");
      const removed = runCli(["merge", "bloc.xlsx", "U01.xlsx", "U09.xlsx"], t.dir);
      expect([removed.code, removed.stderr.includes("ERR_COPY_UNIT_REMOVED"), removed.stderr.includes("đã được bỏ khỏi khối")]).toEqual([2, true, true]);
      expect(removed.stderr).not.toContain("U01.xlsx");
      const kept = runCli(["merge", "bloc.xlsx", ...t.files.filter((f) => f !== "U09.xlsx")], t.dir);
      expect([kept.code, kept.stderr]).toEqual([0, ""]);
    } finally {
      t.cleanup();
    }
  });
});

describe("thidua seal / unseal", () => {
  it("refuses to seal an incomplete workbook (exit 1), seals a complete one, and unseals only with a reason", async () => {
    const t = tempDir({ "rubric.json": rubricText, "bloc.json": blocText, "scores.csv": fixtureFile("scores.csv") });
    try {
      expect(runCli(["generate", "--rubric", "rubric.json", "--bloc", "bloc.json", "--out", "bloc.xlsx"], t.dir).code).toBe(0);
      expect(runCli(["seal", "bloc.xlsx", "--by", "Nguyễn Văn A"], t.dir).code).toBe(1);
      expect(runCli(["fill", "bloc.xlsx", "--scores", "scores.csv"], t.dir).code).toBe(0);
      const sealed = runCli(["seal", "bloc.xlsx", "--by", "Nguyễn Văn A", "--stage", "bloc"], t.dir);
      expect(sealed.code).toBe(0);
      const state = sealStateOf(await (await openXlsx(readFileSync(path.join(t.dir, "bloc.xlsx")))).snapshot([META_SHEET]));
      expect([state.current?.by, state.current?.stage]).toEqual(["Nguyễn Văn A", "bloc"]);
      // the time as a reader says it (Vietnam's clock, day first), never the raw ISO text
      expect(sealed.stdout).toContain(`lúc ${recordedAt.vi(state.current!.at)},`);
      expect(sealed.stdout).not.toMatch(/\d{4}-\d\d-\d\dT/);
      // the .bak line says what was done before it, here a seal: nothing was entered
      expect(sealed.stdout).toContain("Bản trước khi chốt kết quả được giữ ở bloc.bak.xlsx.");
      expect(sealed.stdout).not.toContain("nhập");
      expect(runCli(["seal", "bloc.xlsx", "--by", "B"], t.dir).stderr).toContain("ERR_SEALED");
      expect(runCli(["unseal", "bloc.xlsx", "--by", "B"], t.dir).code).toBe(2);
      const unsealed = runCli(["unseal", "bloc.xlsx", "--by", "B", "--reason", "Sửa điểm", "--lang", "en"], t.dir);
      expect([unsealed.code, unsealed.stdout.includes("The file as it was before unsealing is kept as bloc.bak.xlsx.")]).toEqual([0, true]);
      expect(runCli(["unseal", "bloc.xlsx", "--by", "B", "--reason", "Sửa điểm"], t.dir).stderr).toContain("ERR_NOT_SEALED");
    } finally {
      t.cleanup();
    }
  });
});
