// Crafted files through the built CLI (issue 13): wall time and peak memory (max RSS, from /usr/bin/time) of
// `validate` and `rank` on each, beside the sound workbook; then the cost of the linear well-formedness pass on
// a 60 × 120 bloc's parts. Numbers are reported, nothing fails on them (the tests check verdicts).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { createXlsx, openXlsx } from "../src/hosts/xlsx/xlsxHost";
import { wellFormedXml } from "../src/hosts/xlsx/wellFormed";
import { unzip } from "../src/hosts/xlsx/zip";
import { portableCodec } from "../src/hosts/xlsx/portableCodec";
import { fillWorkbook } from "../src/services/fillWorkbook";
import { generateWorkbook } from "../src/services/generateWorkbook";
import { splitWorkbook } from "../src/services/splitWorkbook";
import { badCrc, sheetPart, withPart, zipBomb } from "../test/support/craftedFiles";
import { editCopyMeta } from "../test/support/roundTrip";
import { makeBloc } from "./makeBloc";
import { medianMs, printTable } from "./timing";

const CLI = path.resolve(__dirname, "..", "dist", "cli.js");

async function filledWorkbook(units: number, criteria: number): Promise<Uint8Array> {
  const { rubric, bloc, scoresCsv } = makeBloc(units, criteria, 1);
  const host = createXlsx();
  await generateWorkbook({ rubric: { text: JSON.stringify(rubric), file: "rubric.json" }, bloc: { text: JSON.stringify(bloc), file: "bloc.json" } }, host);
  const opened = await openXlsx(await host.save());
  await fillWorkbook(opened, "bench.xlsx", { text: scoresCsv, file: "scores.csv" });
  return opened.save();
}

function measure(args: readonly string[], cwd: string): { exit: number | null; seconds: number; mb: number | null } {
  const timed = existsSync("/usr/bin/time");
  const t0 = performance.now();
  const r = timed
    ? spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, CLI, ...args], { cwd, encoding: "utf8" })
    : spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8" });
  const seconds = (performance.now() - t0) / 1000;
  const kb = timed ? Number(r.stderr.trim().split("\n").pop()) : NaN;
  return { exit: r.status, seconds, mb: Number.isFinite(kb) ? kb / 1024 : null };
}

/** The Done-when cases that are not a workbook's bytes: names, a long note, a Latin-1 CSV, forged copies. */
async function inputCases(dir: string, bytes: Uint8Array): Promise<(string | number)[][]> {
  const { rubric, bloc } = makeBloc(9, 20, 1);
  const tricky = { ...bloc, units: bloc.units.map((u, i) => ({ ...u, name: ["Ho\u0300a Vang\u0007", "U_x0041_ Hu\u00e9", "Huế\u202exslx.exe", "COM1.txt", "CON"][i] ?? u.name })) };
  writeFileSync(path.join(dir, "rubric.json"), JSON.stringify(rubric));
  writeFileSync(path.join(dir, "bloc.json"), JSON.stringify(tricky));
  const rows: (string | number)[][] = [];
  const add = (name: string, args: readonly string[]) => {
    const m = measure(args, dir);
    rows.push([name, args[0], String(m.exit), m.seconds, m.mb ?? "n/a"]);
  };
  add("names: control, _xHHHH_, NFD, U+202E, COM1, CON", ["generate", "--rubric", "rubric.json", "--bloc", "bloc.json", "--out", "names.xlsx", "--force"]);
  add("names: split into unit files", ["split", "names.xlsx", "--out", "copies", "--force"]);
  writeFileSync(path.join(dir, "k.xlsx"), bytes);
  const first = bloc.units[0].id;
  const item = rubric.sections[0].criteria[0].id;
  writeFileSync(path.join(dir, "note.csv"), `unit,item,stage,value,note\n${first},${item},self,1,${"x".repeat(40000)}\n`);
  add("40,000-character note", ["fill", "k.xlsx", "--scores", "note.csv"]);
  writeFileSync(path.join(dir, "latin1.csv"), Buffer.from(`unit,item,stage,value,note\n${first},${item},self,1,Hu\u00e9\n`, "latin1"));
  add("Latin-1 CSV", ["fill", "k.xlsx", "--scores", "latin1.csv"]);
  // forged copies: split the workbook, then relabel the first unit's copy as the second's, and forge a stage
  const host = await openXlsx(bytes);
  const split = await splitWorkbook(host, "k.xlsx", createXlsx);
  writeFileSync(path.join(dir, "k.xlsx"), await host.save());
  const own = await split.copies[0].host.save();
  writeFileSync(path.join(dir, "relabelled.xlsx"), await editCopyMeta(own, (m) => m.set("unit", bloc.units[1].id)));
  writeFileSync(path.join(dir, "stage.xlsx"), await editCopyMeta(own, (m) => m.set("stage", "verified")));
  add("relabelled copy (U01 → U02)", ["merge", "k.xlsx", "relabelled.xlsx"]);
  add("copy with a forged stage", ["merge", "k.xlsx", "stage.xlsx"]);
  return rows;
}

export default async function run(): Promise<void> {
  if (!existsSync(CLI)) throw new Error("npm run build:cli first");
  const bytes = await filledWorkbook(9, 20);
  const unit = sheetPart(bytes, (await (await openXlsx(bytes)).snapshot()).sheets[3].name);
  const cases: [string, Uint8Array][] = [
    ["sound workbook (9 × 20)", bytes],
    ["empty cell XFD1048576 + far dimension", withPart(bytes, unit, (x) => x.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>').replace("</sheetData>", '<row r="1048576"><c r="XFD1048576"/></row></sheetData>'))],
    ["value in XFD1048576", withPart(bytes, unit, (x) => x.replace("</sheetData>", '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>'))],
    ["zip bomb 1 GB, size declared", zipBomb(1024, "true")],
    ["zip bomb 1 GB, size lied", zipBomb(1024, "lie")],
    ["20 000 unclosed tags", withPart(bytes, unit, (x) => x.replace("</sheetData>", "<row><c>".repeat(20000) + "</sheetData>"))],
    ["64 KB of unclosed <c", withPart(bytes, unit, (x) => x.replace("</sheetData>", "<c".repeat(32768) + "</sheetData>"))],
    ["bad CRC", badCrc(bytes, unit)],
  ];
  const dir = mkdtempSync(path.join(tmpdir(), "thidua-bench-crafted-"));
  try {
    const rows: (string | number)[][] = [];
    for (const [name, data] of cases) {
      writeFileSync(path.join(dir, "k.xlsx"), data);
      for (const verb of ["validate", "rank"]) {
        const m = measure([verb, "k.xlsx"], dir);
        rows.push([name, verb, String(m.exit), m.seconds, m.mb ?? "n/a"]);
      }
    }
    rows.push(...(await inputCases(dir, bytes)));
    printTable(["case", "command", "exit", "seconds", "max RSS MB"], rows);

    const big = await filledWorkbook(60, 120);
    const parts = [...unzip(big, portableCodec)].filter(([n]) => n.endsWith(".xml") || n.endsWith(".rels")).map(([n, b]) => [n, new TextDecoder().decode(b)] as const);
    const chars = parts.reduce((s, [, t]) => s + t.length, 0);
    const ms = await medianMs(() => parts.forEach(([n, t]) => wellFormedXml(t, n)), 5, 1);
    printTable(["well-formedness pass, 60 × 120 bloc", "XML characters", "ms", "MB/s"], [["all parts", chars, ms, chars / 1e6 / (ms / 1000)]]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
