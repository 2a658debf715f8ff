import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type { Bloc, Rubric } from "../../src/domain/types";
import { openXlsx } from "../../src/hosts/xlsx/xlsxHost";
import { restoreBackup } from "../../src/services/backup";
import { applyRegeneration, previewRegeneration } from "../../src/services/regenerate";
import { reportWorkbook } from "../../src/services/reportWorkbook";
import { BACKUP_INDEX } from "../../src/workbook/backupSheets";
import { fixtureFile } from "../support/fixture";
import { recalcSheetsWithGnumeric } from "../support/gnumeric";
import { recalcXlsx } from "../support/libreoffice";
import { fillBytes, generateBytes } from "../support/roundTrip";
import { entries, USER_NAME_XML, USER_PARTS, USER_SHEET, withUserParts } from "../support/userParts";

const rubric = JSON.parse(fixtureFile("rubric.json")) as Rubric;
const bloc = JSON.parse(fixtureFile("bloc.json")) as Bloc;
const now = new Date("2026-12-02T10:00:00Z");
const decoder = new TextDecoder();

let userFile: Uint8Array;
beforeAll(async () => {
  userFile = withUserParts(await fillBytes(await generateBytes(fixtureFile("rubric.json"), fixtureFile("bloc.json")), fixtureFile("scores.csv")));
});

/** Section V without C20, U09 gone, a new U10: a regeneration that replaces, adds and removes sheets. */
function changedRubricAndBloc(): { rubric: Rubric; bloc: Bloc } {
  const sections = rubric.sections.map((s) => (s.id === "V" ? { ...s, maxPoints: 7, criteria: s.criteria.filter((c) => c.id !== "C20") } : s));
  return { rubric: { ...rubric, sections }, bloc: { ...bloc, units: [...bloc.units.filter((u) => u.id !== "U09"), { id: "U10", name: "UBND huyện mới" }] } };
}

const section = (xml: string, name: string) => new RegExp(`<${name}\\b[^>]*>([\\s\\S]*?)</${name}>`).exec(xml)?.[1] ?? "";

/** The user's parts byte for byte, and their name, relationship, content types and styles still in place. */
function expectUserPartsKept(before: Uint8Array, after: Uint8Array): void {
  const a = entries(before);
  const b = entries(after);
  for (const p of USER_PARTS) expect({ part: p, same: Buffer.from(b.get(p) ?? []).equals(Buffer.from(a.get(p)!)) }).toEqual({ part: p, same: true });
  const text = (m: Map<string, Uint8Array>, p: string) => decoder.decode(m.get(p));
  expect(text(b, "xl/workbook.xml")).toContain(USER_NAME_XML);
  expect(text(b, "xl/workbook.xml")).toMatch(new RegExp(`<sheet name="${USER_SHEET}" sheetId="\\d+" r:id="rId91"/>`));
  expect(text(b, "xl/_rels/workbook.xml.rels")).toContain('Id="rId91" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet91.xml"');
  for (const o of ["/xl/worksheets/sheet91.xml", "/xl/drawings/drawing91.xml", "/xl/charts/chart91.xml", "/xl/comments91.xml"]) expect(text(b, "[Content_Types].xml")).toContain(`PartName="${o}"`);
  // styles: every font and cell format the file had keeps its index (the plan's come after, if any)
  for (const s of ["fonts", "fills", "borders", "cellXfs", "dxfs"]) expect(section(text(b, "xl/styles.xml"), s).startsWith(section(text(a, "xl/styles.xml"), s))).toBe(true);
}

/** Every relationship target and every content-type override names a part that exists. */
function danglingReferences(bytes: Uint8Array): string[] {
  const parts = entries(bytes);
  const out: string[] = [];
  for (const [p, data] of parts) {
    if (!p.endsWith(".rels")) continue;
    const base = p.replace(/(^|\/)_rels\/[^/]*$/, "$1");
    for (const m of decoder.decode(data).matchAll(/<Relationship\b[^>]*>/g)) {
      if (m[0].includes('TargetMode="External"')) continue;
      const target = /Target="([^"]+)"/.exec(m[0])![1];
      const resolved = target.startsWith("/") ? target.slice(1) : path.posix.normalize(base + target);
      if (!parts.has(resolved)) out.push(`${p} → ${resolved}`);
    }
    if (p !== "_rels/.rels" && !parts.has(p.replace(/(^|\/)_rels\/([^/]*)\.rels$/, "$1$2"))) out.push(`orphan ${p}`);
  }
  for (const m of decoder.decode(parts.get("[Content_Types].xml")).matchAll(/PartName="\/([^"]+)"/g)) if (!parts.has(m[1])) out.push(`content type of ${m[1]}`);
  return out;
}

async function regenerate(bytes: Uint8Array): Promise<Uint8Array> {
  const host = await openXlsx(bytes);
  const next = changedRubricAndBloc();
  const result = await applyRegeneration(host, await previewRegeneration(host, next.rubric, next.bloc), { confirmed: true, now, reason: "test" });
  expect(result.done).toBe(true);
  return host.save();
}

describe("a user's own sheet, chart and comment through the verbs that edit an opened workbook", () => {
  it("regenerate replaces, adds and removes the add-in's sheets and leaves the user's parts byte for byte", async () => {
    const out = await regenerate(userFile);
    expectUserPartsKept(userFile, out);
    expect(danglingReferences(out)).toEqual([]);
    const snap = await (await openXlsx(out)).snapshot();
    const names = snap.sheets.map((s) => s.name);
    expect(names).toContain("UBND huyện mới");
    expect(names).not.toContain("UBND huyện A Lưới");
    expect(names).toContain(BACKUP_INDEX);
    // the user's sheet keeps its place after the add-in's sheets that were there before it, and its values
    expect(names.indexOf(USER_SHEET)).toBeLessThan(names.indexOf("UBND huyện mới"));
    const mine = snap.sheets.find((s) => s.name === USER_SHEET)!;
    expect(mine.values[4][1]).toBe(24.5);
  });

  it("a regeneration with nothing changed adds nothing to styles.xml or the shared strings", async () => {
    const host = await openXlsx(userFile);
    await applyRegeneration(host, await previewRegeneration(host, rubric, bloc), { confirmed: true, now, reason: "test" });
    const first = entries(await host.save());
    const again = await openXlsx(await host.save());
    await applyRegeneration(again, await previewRegeneration(again, rubric, bloc), { confirmed: true, now, reason: "test" });
    const second = entries(await again.save());
    expect(Buffer.from(second.get("xl/styles.xml")!).equals(Buffer.from(entries(userFile).get("xl/styles.xml")!))).toBe(true);
    expect(second.get("xl/sharedStrings.xml")!.length).toBe(first.get("xl/sharedStrings.xml")!.length);
  });

  it("restore after a regeneration puts the add-in's sheets back and leaves the user's parts byte for byte", async () => {
    const regenerated = await regenerate(userFile);
    const host = await openXlsx(regenerated);
    const outcome = await restoreBackup(host);
    expect(outcome.removed).toContain("UBND huyện mới");
    const out = await host.save();
    expectUserPartsKept(userFile, out);
    expect(danglingReferences(out)).toEqual([]);
    const names = (await (await openXlsx(out)).snapshot()).sheets.map((s) => s.name);
    expect(names).toContain("UBND huyện A Lưới");
    expect(names).not.toContain("UBND huyện mới");
  });

  it("report adds its sheet and leaves the user's parts byte for byte; LibreOffice and Gnumeric open the result", async () => {
    const host = await openXlsx(userFile);
    const outcome = await reportWorkbook(host, "bloc.xlsx", { place: "Huế", date: { y: 2023, m: 12, d: 5 } });
    expect(outcome.exit).toBe(0);
    const out = await host.save();
    expectUserPartsKept(userFile, out);
    expect(danglingReferences(out)).toEqual([]);
    expect((await (await openXlsx(out)).snapshot()).sheets.map((s) => s.name)).toContain("Báo cáo");

    const dir = mkdtempSync(path.join(tmpdir(), "thidua-userparts-"));
    const file = path.join(dir, "bloc.xlsx");
    writeFileSync(file, out);
    const loBytes = new Uint8Array(readFileSync(recalcXlsx(file)));
    // LibreOffice read the user's chart and comment (it writes them again in its own words)
    const loParts = [...entries(loBytes).keys()];
    expect(loParts.some((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))).toBe(true);
    expect(loParts.some((p) => /^xl\/comments\d*\.xml$/.test(p))).toBe(true);
    const lo = await (await openXlsx(loBytes)).snapshot();
    expect(lo.sheets.find((s) => s.name === USER_SHEET)?.values[4][1]).toBe(24.5);
    expect(lo.sheets.some((s) => s.name === "Báo cáo")).toBe(true);
    const gnumeric = recalcSheetsWithGnumeric(file);
    expect(gnumeric.get(USER_SHEET)?.[4]?.[1]).toBe("24.5");
    expect(gnumeric.has("Báo cáo")).toBe(true);
  });
});
