import { openXlsx } from "../../src/hosts/xlsx/xlsxHost";
import { fillWorkbook } from "../../src/services/fillWorkbook";
import { cellRef } from "../../src/workbook/a1";
import { reasonCell, unitLayout } from "../../src/workbook/layout";
import { editJson, fixtureTexts } from "../support/fixture";
import { errorCodes, sheet, tamper, validateBytes, where, workbookMap } from "../support/tamper";
import { fillBytes, generateBytes } from "../support/workbooks";

const fx = fixtureTexts();
const map = workbookMap(fx.rubric, fx.bloc);
const reasonAt = (item: string, stage: "bloc" | "verified") => {
  const c = reasonCell(unitLayout(map.rubric), item, stage)!;
  return cellRef(c.row, c.col);
};
let filled: Uint8Array;

beforeAll(async () => {
  filled = await fillBytes(await generateBytes(fx.rubric, fx.bloc), fx.scores);
});

describe("validate: reasons for changed scores", () => {
  it("warns of a bloc score that differs from the self-score without a reason, at the bloc's reason cell (exit 0)", async () => {
    const out = await validateBytes(filled);
    expect(out.exit).toBe(0);
    expect(where(out, "WARN_REASON_MISSING")).toContainEqual({ sheet: map.unitSheet("U01"), cell: reasonAt("C01", "bloc"), unit: "U01", item: "C01" });
    // U01 C02 is 8 at self and at bloc: nothing to explain
    expect(where(out, "WARN_REASON_MISSING").filter((w) => w.unit === "U01" && w.item === "C02")).toEqual([]);
    // U07 C02 changed at verified (7.25 → 6.75): its own stage's reason cell
    expect(where(out, "WARN_REASON_MISSING")).toContainEqual({ sheet: map.unitSheet("U07"), cell: reasonAt("C02", "verified"), unit: "U07", item: "C02" });
  });

  it("takes a reason typed in the reason cell; the evidence cell is not a reason", async () => {
    const bytes = await tamper(filled, (wb) => void (sheet(wb, map.unitSheet("U01")).getCell(reasonAt("C01", "bloc")).value = "Thiếu minh chứng tỷ lệ giải ngân"));
    const out = await validateBytes(bytes);
    expect(where(out, "WARN_REASON_MISSING").filter((w) => w.unit === "U01" && w.item === "C01")).toEqual([]);
    const before = (await validateBytes(filled)).findings.filter((f) => f.code === "WARN_REASON_MISSING").length;
    expect(out.findings.filter((f) => f.code === "WARN_REASON_MISSING")).toHaveLength(before - 1);
  });

  it('is an error (ERR_REASON_MISSING, exit 1) when the rubric says "requireReason": true', async () => {
    const rubric = editJson(fx.rubric, (r) => (r.requireReason = true));
    const [header, ...rows] = fx.scores.trim().split(/\r?\n/);
    const selfOnly = [header, ...rows.filter((r) => r.split(",")[2] === "self")].join("\n") + "\n";
    const filled = await fillBytes(await generateBytes(rubric, fx.bloc), selfOnly);
    // the bloc's score typed straight into the sheet, past fill's checks, without a reason
    const typed = await tamper(filled, (wb) => void (sheet(wb, map.unitSheet("U01")).getCell(map.inputCell("C01", "bloc")).value = 6.75));
    const out = await validateBytes(typed);
    expect(out.exit).toBe(1);
    expect(errorCodes(out)).toEqual(["ERR_REASON_MISSING"]);
    expect(where(out, "ERR_REASON_MISSING")).toEqual([{ sheet: map.unitSheet("U01"), cell: reasonAt("C01", "bloc"), unit: "U01", item: "C01" }]);
    const reasoned = await tamper(typed, (wb) => void (sheet(wb, map.unitSheet("U01")).getCell(reasonAt("C01", "bloc")).value = "Thiếu minh chứng"));
    expect((await validateBytes(reasoned)).exit).toBe(0);
  });
});

describe("validate: a unit with nothing applicable", () => {
  it("reports ERR_NOTHING_APPLICABLE at the unit's criteria total (exit 1), never dividing by zero", async () => {
    const rubric = editJson(fx.rubric, (r) => {
      for (const s of r.sections) for (const c of s.criteria) c.notApplicable = "rescale";
    });
    const ids = Array.from({ length: 20 }, (_, i) => `C${String(i + 1).padStart(2, "0")}`);
    const csv = ["unit,item,stage,value,note", ...ids.map((id) => `U01,${id},self,na,`), "U02,C01,self,5,"].join("\n") + "\n";
    const bytes = await fillBytes(await generateBytes(rubric, fx.bloc), csv);
    const out = await validateBytes(bytes, { stage: "self" });
    expect(out.exit).toBe(1);
    const layout = unitLayout(map.rubric);
    expect(where(out, "ERR_NOTHING_APPLICABLE")).toEqual([{ sheet: map.unitSheet("U01"), cell: cellRef(layout.totals.criteria, layout.col.points), unit: "U01", item: undefined }]);
  });
});

describe("fill: reasons judged with the workbook's values", () => {
  const [header, ...rows] = fx.scores.trim().split(/\r?\n/);
  const csvOf = (keep: (stage: string) => boolean, edit: (row: string) => string = (r) => r) => [header, ...rows.filter((r) => keep(r.split(",")[2])).map(edit)].join("\n") + "\n";

  it("warns of a bloc score filled over a different self-score without a reason; a note in the CSV is the reason", async () => {
    const selfDone = await fillBytes(await generateBytes(fx.rubric, fx.bloc), csvOf((s) => s === "self"));
    const out = await fillWorkbook(await openXlsx(selfDone), "k.xlsx", { text: csvOf((s) => s === "bloc"), file: "bloc.csv" });
    expect(out.exit).toBe(0);
    const u01c01 = out.findings.filter((f) => f.code === "WARN_REASON_MISSING" && f.unit === "U01" && f.item === "C01");
    expect(u01c01).toEqual([expect.objectContaining({ stage: "bloc", source: { file: "bloc.csv", line: csvOf((s) => s === "bloc").split("\n").findIndex((l) => l.startsWith("U01,C01,bloc")) + 1 } })]);
    const noted = await fillWorkbook(await openXlsx(selfDone), "k.xlsx", { text: csvOf((s) => s === "bloc", (r) => (r.startsWith("U01,C01,bloc,") ? `${r}Thiếu minh chứng` : r)), file: "bloc.csv" });
    expect(noted.findings.filter((f) => f.code === "WARN_REASON_MISSING" && f.unit === "U01" && f.item === "C01")).toEqual([]);
  });

  it('refuses, writing nothing, under "requireReason": true until the CSV gives the reasons', async () => {
    const rubric = editJson(fx.rubric, (r) => (r.requireReason = true));
    const host = await openXlsx(await fillBytes(await generateBytes(rubric, fx.bloc), csvOf((s) => s === "self")));
    const out = await fillWorkbook(host, "k.xlsx", { text: csvOf((s) => s === "bloc"), file: "bloc.csv" });
    expect([out.exit, out.written]).toEqual([1, 0]);
    expect(new Set(out.findings.filter((f) => f.severity === "error").map((f) => f.code))).toEqual(new Set(["ERR_REASON_MISSING"]));
    const ok = await fillWorkbook(host, "k.xlsx", { text: csvOf((s) => s === "bloc", (r) => `${r}Theo biên bản họp khối`), file: "bloc.csv" });
    expect(ok.exit).toBe(0);
  });
});
