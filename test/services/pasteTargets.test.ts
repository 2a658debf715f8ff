import { openXlsx } from "../../src/hosts/xlsx/xlsxHost";
import { parseRubric } from "../../src/domain/rubricRules";
import { pasteTargets } from "../../src/services/pasteTargets";
import { unitLayout } from "../../src/workbook/layout";
import { cellAt } from "../../src/workbook/snapshot";
import { measuredTexts } from "../support/fixture";
import { generateBytes } from "../support/workbooks";

const t = measuredTexts();
const rubric = parseRubric(JSON.parse(t.rubric));
if (!rubric.ok) throw new Error("rubric");
const layout = unitLayout(rubric.value);
const units = JSON.parse(t.bloc).units as { id: string; name: string }[];
const row = layout.items.find((i) => i.id === "M1")!.row;

describe("pasteTargets: a column of targets in unit order", () => {
  let blank: Uint8Array;
  beforeAll(async () => {
    blank = await generateBytes(t.rubric, t.bloc);
  }, 60_000);

  const targetsOf = async (host: Awaited<ReturnType<typeof openXlsx>>) => {
    const snap = await host.snapshot();
    return units.map((u) => cellAt(snap.sheets.find((s) => s.name === u.name)!, row, layout.col.target));
  };

  it("writes each line into its unit's target cell, as a spreadsheet copies a column (decimal comma, CRLF, a last newline)", async () => {
    const host = await openXlsx(blank);
    const out = await pasteTargets(host, "k.xlsx", "M1", "100\r\n1.200,5\r\n1500,5\r\n\r\n7.25\r\n");
    expect([out.exit, out.written, out.findings]).toEqual([0, 4, []]);
    // H4's empty line leaves its target as it is (empty)
    expect(await targetsOf(host)).toEqual([100, 1200.5, 1500.5, null, 7.25]);
  });

  it("refuses a column of the wrong length, a target ≤ 0 or text, or a criterion that isn't measured, writing nothing", async () => {
    const host = await openXlsx(blank);
    const short = await pasteTargets(host, "k.xlsx", "M1", "100\n200\n");
    expect([short.exit, short.findings.map((f) => [f.code, f.params])]).toEqual([2, [["ERR_TARGET_COUNT", { found: 2, expected: 5 }]]]);
    const bad = await pasteTargets(host, "k.xlsx", "M1", "100\n0\nmột trăm\n5\n6");
    expect([bad.exit, bad.findings.map((f) => [f.code, f.unit, f.source?.line])]).toEqual([1, [["ERR_TARGET", "H2", 2], ["ERR_NOT_NUMBER", "H3", 3]]]);
    const ambiguous = await pasteTargets(host, "k.xlsx", "M1", "100\n1.200\n3\n4\n5");
    expect([ambiguous.exit, ambiguous.findings.map((f) => [f.code, f.unit, f.params.grouped, f.params.decimal])]).toEqual([1, [["ERR_TARGET_AMBIGUOUS", "H2", 1200, 1.2]]]);
    const typed = await pasteTargets(host, "k.xlsx", "C1", "1\n2\n3\n4\n5");
    expect([typed.exit, typed.findings.map((f) => f.code)]).toEqual([2, ["ERR_TARGET_NOT_MEASURED"]]);
    expect(await targetsOf(host)).toEqual([null, null, null, null, null]);
  });
});
