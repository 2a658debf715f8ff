/* eslint-disable no-control-regex -- these tests look for control characters */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { ensureCli, runCli, tempDir } from "../../support/cli";
import { badCrc, sheetPart, withPart, zipBomb } from "../../support/craftedFiles";
import { fixtureTexts } from "../../support/fixture";
import { fillBytes, generateBytes } from "../../support/workbooks";

/**
 * Crafted files through the built CLI: each ends with our own words and exit 2, or with the verdict of the same
 * file without the trap. Time and memory of each case are measured in bench/craftedFiles.bench.ts.
 */

const fx = fixtureTexts();
const UNIT_SHEET = "UBND thị xã Hương Thủy";
let filled: Uint8Array;

beforeAll(async () => {
  ensureCli();
  filled = await fillBytes(await generateBytes(fx.rubric, fx.bloc), fx.scores);
});

function folder(files: Record<string, Uint8Array | string>) {
  const t = tempDir({});
  for (const [name, data] of Object.entries(files)) writeFileSync(path.join(t.dir, name), data);
  return t;
}

/** exit 2, the finding's code, and nothing of a parser or a stack trace */
function expectRefused(r: { code: number | null; stderr: string; stdout: string }, code: string): void {
  expect({ code: r.code, finding: r.stderr.includes(code) || r.stdout.includes(code) }).toEqual({ code: 2, finding: true });
  expect(r.stderr).not.toMatch(/\n\s+at |Error:|RangeError|invalid|unexpected end/i);
}

describe("damaged and oversized workbooks: exit 2 in our words", () => {
  const cases: [string, () => Uint8Array, string][] = [
    ["a zip bomb (1 GB of zeros in 1 MB)", () => zipBomb(1024, "true"), "ERR_FILE_LIMIT"],
    ["a zip bomb lying about its size", () => zipBomb(1024, "lie"), "ERR_FILE_DAMAGED"],
    ["unclosed tags in a sheet", () => withPart(filled, sheetPart(filled, UNIT_SHEET), (x) => x.replace("</sheetData>", "<row><c>".repeat(20000) + "</sheetData>")), "ERR_FILE_DAMAGED"],
    ["a bad CRC", () => badCrc(filled, sheetPart(filled, UNIT_SHEET)), "ERR_FILE_DAMAGED"],
    ["a value in XFD1048576", () => withPart(filled, sheetPart(filled, UNIT_SHEET), (x) => x.replace("</sheetData>", '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>')), "ERR_FILE_LIMIT"],
  ];
  it.each(cases)("%s: validate and rank exit 2", (_, make, code) => {
    const t = folder({ "k.xlsx": make() });
    try {
      expectRefused(runCli(["validate", "k.xlsx"], t.dir), code);
      expectRefused(runCli(["rank", "k.xlsx"], t.dir), code);
    } finally {
      t.cleanup();
    }
  });
});

describe("an empty cell at XFD1048576 and a far dimension", () => {
  it("give the verdict of the same workbook without them", () => {
    const part = sheetPart(filled, UNIT_SHEET);
    const far = withPart(filled, part, (x) =>
      x.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>').replace("</sheetData>", '<row r="1048576"><c r="XFD1048576" s="1"/></row></sheetData>'),
    );
    expect(far).not.toEqual(filled);
    const t = folder({ "plain.xlsx": filled, "far.xlsx": far });
    try {
      const ranks = ["plain", "far"].map((f) => runCli(["rank", `${f}.xlsx`, "--json"], t.dir));
      expect(ranks.map((r) => r.code)).toEqual([0, 0]);
      expect(JSON.parse(ranks[1].stdout)).toEqual(JSON.parse(ranks[0].stdout));
      const checks = ["plain", "far"].map((f) => runCli(["validate", `${f}.xlsx`, "--json"], t.dir));
      expect(checks[1].code).toBe(checks[0].code);
      expect(JSON.parse(checks[1].stdout)).toEqual(JSON.parse(checks[0].stdout));
    } finally {
      t.cleanup();
    }
  });
});

describe("names are cleaned, not refused", () => {
  it("control characters, _xHHHH_, NFD, U+202E and device names: generate and split exit 0, file names safe and distinct", () => {
    const bloc = JSON.parse(fx.bloc) as { units: { id: string; name: string }[] };
    bloc.units[0].name = "Ho\u0300a Vang\u0007";
    bloc.units[1].name = "U_x0041_ Hu\u00e9";
    bloc.units[2].name = "Huế\u202exslx.exe";
    bloc.units[3].name = "COM1.txt";
    bloc.units[4].name = "CON";
    const t = tempDir({ "rubric.json": fx.rubric, "bloc.json": JSON.stringify(bloc) });
    try {
      const gen = runCli(["generate", "--rubric", "rubric.json", "--bloc", "bloc.json", "--out", "k.xlsx"], t.dir);
      expect(gen.stderr).toBe("");
      expect(gen.code).toBe(0);
      const split = runCli(["split", "k.xlsx", "--out", "out"], t.dir);
      expect(split.stderr).toBe("");
      expect(split.code).toBe(0);
      const files = readdirSync(path.join(t.dir, "out")).map((f) => f.normalize("NFC"));
      expect(files).toHaveLength(bloc.units.length);
      expect(files).toEqual(expect.arrayContaining(["Hòa Vang.xlsx", "UA Hué.xlsx", "Huếxslx.exe.xlsx", "COM1_.txt.xlsx", "CON_.xlsx"]));
      for (const f of files) expect([f, /[\u0000-\u001f\u202a-\u202e\u2066-\u2069]/.test(f)]).toEqual([f, false]);
      expect(runCli(["rank", "k.xlsx"], t.dir).code).toBe(0);
    } finally {
      t.cleanup();
    }
  });

  it("NFC and NFD spellings of one unit name are a duplicate (exit 2)", () => {
    const bloc = JSON.parse(fx.bloc) as { units: { id: string; name: string }[] };
    bloc.units[0].name = "Hòa Vang";
    bloc.units[1].name = "Ho\u0300a Vang";
    const t = tempDir({ "rubric.json": fx.rubric, "bloc.json": JSON.stringify(bloc) });
    try {
      const gen = runCli(["generate", "--rubric", "rubric.json", "--bloc", "bloc.json", "--out", "k.xlsx"], t.dir);
      expect(gen.code).toBe(2);
      expect(gen.stderr).toContain("ERR_DUPLICATE_NAME");
      expect(existsSync(path.join(t.dir, "k.xlsx"))).toBe(false);
    } finally {
      t.cleanup();
    }
  });
});

describe("fill refuses what Excel or the reader can't hold, and writes nothing", () => {
  it("a 40,000-character note: exit 2, the workbook unchanged, no backup", () => {
    const t = folder({ "k.xlsx": filled, "s.csv": `unit,item,stage,value,note\nU01,C01,self,7,${"x".repeat(40000)}\n` });
    try {
      const r = runCli(["fill", "k.xlsx", "--scores", "s.csv"], t.dir);
      expectRefused(r, "ERR_CELL_TOO_LONG");
      expect(readFileSync(path.join(t.dir, "k.xlsx")).equals(Buffer.from(filled))).toBe(true);
      expect(readdirSync(t.dir).sort()).toEqual(["k.xlsx", "s.csv"]);
    } finally {
      t.cleanup();
    }
  });

  it("a Latin-1 CSV: exit 2 naming the line, the workbook unchanged", () => {
    const latin1 = Buffer.from("unit,item,stage,value,note\nU01,C01,self,7,ok\nU01,C02,self,8,Hu\u00e9\n", "latin1");
    const t = folder({ "k.xlsx": filled, "s.csv": latin1 });
    try {
      const r = runCli(["fill", "k.xlsx", "--scores", "s.csv"], t.dir);
      expectRefused(r, "ERR_FILE_ENCODING");
      expect(r.stderr).toContain("3");
      expect(readFileSync(path.join(t.dir, "k.xlsx")).equals(Buffer.from(filled))).toBe(true);
    } finally {
      t.cleanup();
    }
  });

  it("terminal escape sequences from a CSV are printed visible, never raw", () => {
    const t = folder({ "k.xlsx": filled, "s.csv": "unit,item,stage,value,note\n\u001b[2J\u001b]0;owned\u0007,C01,self,7,\n" });
    try {
      const r = runCli(["fill", "k.xlsx", "--scores", "s.csv"], t.dir);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toContain("ERR_UNKNOWN_UNIT");
      expect(r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      expect(r.stderr).toContain("\u241b[2J");
    } finally {
      t.cleanup();
    }
  });
});
