import { writeFileSync } from "node:fs";
import * as path from "node:path";
import { text } from "../../../src/i18n";
import { cfbWith } from "../../support/badFiles";
import { ensureCli, runCli, tempDir } from "../../support/cli";
import { editJson, fixtureTexts } from "../../support/fixture";
import { sheet, tamper, workbookMap } from "../../support/tamper";
import { userWorkbook } from "../../support/sheetEditor";
import { fillBytes, generateBytes } from "../../support/workbooks";

const fx = fixtureTexts();
const map = workbookMap(fx.rubric, fx.bloc);
const STACK = /\n\s+at .+[(:]\d+/;
const KEYS = ["severity", "code", "sheet", "cell", "unit", "item", "stage", "message"];
let dir: string;
let cleanup: () => void;

function put(name: string, bytes: Uint8Array | string): string {
  writeFileSync(path.join(dir, name), bytes);
  return name;
}

function validate(...args: string[]): { code: number | null; json: { ok: boolean; findings: Record<string, unknown>[] } | null; stdout: string; stderr: string } {
  const r = runCli(["validate", ...args], dir);
  let json = null;
  if (args.includes("--json")) json = JSON.parse(r.stdout);
  return { ...r, json };
}

beforeAll(async () => {
  ensureCli();
  ({ dir, cleanup } = tempDir({ "rubric.json": fx.rubric }));
  const filled = await fillBytes(await generateBytes(fx.rubric, fx.bloc), fx.scores);
  put("khoi.xlsx", filled);
  put("text.xlsx", await tamper(filled, (wb) => void (sheet(wb, map.unitSheet("U05")).getCell(map.inputCell("C01", "bloc")).value = "7,75")));
  put("truncated.xlsx", filled.slice(0, Math.floor(filled.length / 2)));
  put("foreign.xlsx", userWorkbook([{ name: "Sheet1", cells: { A1: "Báo cáo" } }]));
  put("empty.xlsx", "");
  put("password.xlsx", cfbWith("EncryptedPackage"));
  put("old.xls", cfbWith("Workbook"));
  put("scores.xlsx", fx.scores);
  put("scores.csv", fx.scores);
  put("agreed.json", editJson(fx.rubric, (r) => void (r.sections[0].criteria[5].maxPoints = 7)));
  put("broken.json", "{");
}, 60_000);

afterAll(() => cleanup());

describe("thidua validate (built CLI)", () => {
  it("exits 0 on the filled workbook, --json lists findings with every field, U08's self-score gap among them", () => {
    const r = validate("khoi.xlsx", "--json");
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(r.json!.ok).toBe(true);
    for (const f of r.json!.findings) expect(Object.keys(f).sort()).toEqual([...KEYS].sort());
    expect(r.json!.findings.filter((f) => f.code === "WARN_SELF_GAP")).toEqual([expect.objectContaining({ severity: "warning", sheet: map.unitSheet("U08"), cell: "E44", unit: "U08" })]);
  });

  it("ends the readable report with the ready-to-submit line", () => {
    const r = validate("khoi.xlsx");
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split("\n").pop()).toBe(text("vi", "validate.ready"));
    expect(r.stdout).toContain(`U08 — ${map.bloc.units[7].name}:`);
  });

  it("exits 1 on a number typed as text, naming the cell, and says the workbook is not ready", () => {
    const r = validate("text.xlsx", "--json");
    expect(r.code).toBe(1);
    expect(r.json!.ok).toBe(false);
    expect(r.json!.findings.filter((f) => f.severity === "error")).toEqual([
      expect.objectContaining({ code: "ERR_TEXT_NUMBER", sheet: map.unitSheet("U05"), cell: map.inputCell("C01", "bloc"), unit: "U05", item: "C01", stage: "bloc" }),
    ]);
    expect(validate("text.xlsx").stdout.trim().split("\n").pop()).toBe(text("vi", "validate.notReady"));
  });

  it("exits 1 when the workbook's rubric differs from --rubric AGREED.json, and 2 when that file is broken", () => {
    const r = validate("khoi.xlsx", "--rubric", "agreed.json", "--json");
    expect(r.code).toBe(1);
    expect(r.json!.findings.filter((f) => f.code === "ERR_RUBRIC_CHANGED")).toEqual([expect.objectContaining({ sheet: map.sheets.rubric, item: "C06" })]);
    expect(validate("khoi.xlsx", "--rubric", "rubric.json").code).toBe(0);
    const broken = validate("khoi.xlsx", "--rubric", "broken.json", "--json");
    expect([broken.code, broken.json!.findings.map((f) => f.code)]).toEqual([2, ["ERR_JSON_SYNTAX"]]);
  });

  it("checks completeness at --stage and refuses an unknown stage (exit 2)", () => {
    expect(validate("khoi.xlsx", "--stage", "bloc").code).toBe(0);
    expect(validate("khoi.xlsx", "--stage", "board").code).toBe(2);
  });

  it.each([
    ["empty.xlsx", "ERR_FILE_FORMAT"],
    ["password.xlsx", "ERR_FILE_FORMAT"],
    ["old.xls", "ERR_FILE_FORMAT"],
    ["scores.xlsx", "ERR_FILE_FORMAT"],
    ["truncated.xlsx", "ERR_FILE_DAMAGED"],
    ["foreign.xlsx", "ERR_NOT_WORKBOOK"],
    ["missing.xlsx", "ERR_FILE_UNREADABLE"],
  ])("exits 2 on %s with %s and a message, never a stack trace", (file, code) => {
    const r = validate(file, "--json");
    expect([r.code, r.json!.ok, r.json!.findings.map((f) => f.code)]).toEqual([2, false, [code]]);
    expect(String(r.json!.findings[0].message)).not.toBe("");
    const plain = validate(file);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toContain(code);
    expect(plain.stderr).not.toMatch(STACK);
  });

  it("tells a password-protected file apart from an old .xls (different advice)", () => {
    const pw = validate("password.xlsx", "--json").json!.findings[0].message;
    const xls = validate("old.xls", "--json").json!.findings[0].message;
    expect(pw).not.toBe(xls);
  });

  it.each([["rank"], ["fill", "--scores", "scores.csv"]])("refuses a password-protected file in `%s` too (exit 2, ERR_FILE_FORMAT)", (verb, ...rest) => {
    const r = runCli([verb, "password.xlsx", ...rest], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("ERR_FILE_FORMAT");
    expect(r.stderr).not.toMatch(STACK);
  });
});
