// The units → bloc → Board round trip on synthetic blocs: `split` and `merge` of one bloc (service in process and
// the whole command), and `board` over a folder of 20 bloc workbooks (one broken, one unsealed, one made from a
// changed rubric).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { createXlsx, openXlsx } from "../src/hosts/xlsx/xlsxHost";
import { checkBoard } from "../src/services/boardCheck";
import { fillWorkbook } from "../src/services/fillWorkbook";
import { generateWorkbook } from "../src/services/generateWorkbook";
import { mergeCopies } from "../src/services/mergeCopies";
import { sealWorkbook } from "../src/services/sealWorkbook";
import { splitWorkbook } from "../src/services/splitWorkbook";
import { unitLayout } from "../src/workbook/layout";
import { makeBloc, type SyntheticBloc } from "./makeBloc";
import { medianMs, printTable } from "./timing";

async function filledWorkbook(s: SyntheticBloc, csv = s.scoresCsv): Promise<Uint8Array> {
  const host = createXlsx();
  const g = await generateWorkbook({ rubric: { text: JSON.stringify(s.rubric), file: "r.json" }, bloc: { text: JSON.stringify(s.bloc), file: "b.json" } }, host);
  if (g.exit !== 0) throw new Error("generate failed");
  const filled = await openXlsx(await host.save());
  const f = await fillWorkbook(filled, "b.xlsx", { text: csv, file: "s.csv" });
  if (f.exit !== 0) throw new Error("fill failed");
  return filled.save();
}

/** Each unit's copy with its self rows typed in (through the xlsx host, as an official's Excel would save it). */
async function typedCopies(s: SyntheticBloc, blank: Uint8Array): Promise<{ file: string; bytes: Uint8Array }[]> {
  const split = await splitWorkbook(await openXlsx(blank), "b.xlsx", createXlsx);
  const layout = unitLayout(s.rubric);
  const rowOf = new Map(layout.items.map((it) => [it.id, it.row]));
  const self = s.scoresCsv.split("\n").slice(1).filter((l) => l.includes(",self,")).map((l) => l.split(","));
  return Promise.all(
    split.copies.map(async (c) => {
      const host = await openXlsx(await c.host.save());
      const sheet = (await host.snapshot()).sheets[0].name;
      await host.writeValues(self.filter((r) => r[0] === c.unit.id).map((r) => ({ sheet, row: rowOf.get(r[1])!, col: layout.col["stage:self"], value: Number(r[3]) })));
      return { file: `${c.unit.id}.xlsx`, bytes: await host.save() };
    }),
  );
}

function run(cli: string, args: string[], cwd: string, ok: readonly number[] = [0]): void {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: "utf8" });
  if (!ok.includes(r.status ?? -1)) throw new Error(`${args[0]} exited ${r.status}: ${r.stderr}`);
}

async function splitMerge(cli: string): Promise<void> {
  const rows: (string | number)[][] = [];
  for (const [units, criteria] of [
    [20, 40],
    [60, 120],
  ] as const) {
    const s = makeBloc(units, criteria);
    const blank = await filledWorkbook(s, "unit,item,stage,value,note\n");
    const copies = await typedCopies(s, blank);
    const splitMs = await medianMs(async () => {
      const out = await splitWorkbook(await openXlsx(blank), "b.xlsx", createXlsx);
      await Promise.all(out.copies.map((c) => c.host.save()));
    }, 3, 1);
    const mergeMs = await medianMs(async () => {
      const host = await openXlsx(blank);
      const list = await Promise.all(copies.map(async (c) => ({ file: c.file, host: await openXlsx(c.bytes) })));
      const out = await mergeCopies(host, "b.xlsx", list, { write: true });
      if (out.exit !== 0) throw new Error(`merge refused: ${JSON.stringify(out.findings.slice(0, 3))}`);
      await host.save();
    }, 3, 1);
    const dir = mkdtempSync(path.join(tmpdir(), "thidua-bench-split-"));
    try {
      writeFileSync(path.join(dir, "b.xlsx"), blank);
      mkdirSync(path.join(dir, "in"));
      for (const c of copies) writeFileSync(path.join(dir, "in", c.file), c.bytes);
      const splitCmd = await medianMs(() => run(cli, ["split", "b.xlsx", "--out", "out", "--force"], dir), 3, 1);
      const mergeCmd = await medianMs(() => {
        writeFileSync(path.join(dir, "b.xlsx"), blank);
        run(cli, ["merge", "b.xlsx", ...copies.map((c) => path.join("in", c.file))], dir);
      }, 3, 1);
      rows.push([`${units}×${criteria}`, splitMs, splitCmd, mergeMs, mergeCmd, Math.round(readFileSync(path.join(dir, "in", copies[0].file)).length / 1024)]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  printTable(["units×criteria", "split ms (service)", "split ms (command)", "merge ms (service)", "merge ms (command)", "copy KB"], rows);
}

async function board(cli: string): Promise<void> {
  const rows: (string | number)[][] = [];
  for (const [units, criteria] of [
    [10, 20],
    [20, 40],
  ] as const) {
    const dir = mkdtempSync(path.join(tmpdir(), "thidua-bench-board-"));
    try {
      const blocs = path.join(dir, "khoi");
      const rubrics = path.join(dir, "tieu-chi");
      mkdirSync(blocs);
      mkdirSync(rubrics);
      for (let i = 1; i <= 20; i++) {
        const s = makeBloc(units, criteria, i);
        const name = `khoi-${String(i).padStart(2, "0")}`;
        const rubric = { ...s.rubric, title: `Bảng điểm khối số ${i}` };
        writeFileSync(path.join(rubrics, `${name}.json`), JSON.stringify(rubric));
        if (i === 3) {
          writeFileSync(path.join(blocs, `${name}.xlsx`), "not a workbook");
          continue;
        }
        const used = i === 11 ? { ...rubric, tieBreak: ["moreBonus"] } : rubric;
        let bytes = await filledWorkbook({ ...s, rubric: used, bloc: { ...s.bloc, name: `Khối thi đua số ${i}` } });
        if (i !== 7 && i !== 11) {
          const host = await openXlsx(bytes);
          await sealWorkbook(host, "b.xlsx", { by: "Trưởng khối", stage: "final", now: new Date() });
          bytes = await host.save();
        }
        writeFileSync(path.join(blocs, `${name}.xlsx`), bytes);
      }
      const files = readdirSync(blocs).sort();
      const agreed = files.map((f) => ({ file: f.replace(".xlsx", ".json"), rubric: JSON.parse(readFileSync(path.join(rubrics, f.replace(".xlsx", ".json")), "utf8")), findings: [] }));
      const serviceMs = await medianMs(async () => {
        const out = await checkBoard(
          files.map((f) => ({ file: f, open: async () => ({ ok: true as const, value: await openXlsx(readFileSync(path.join(blocs, f))), findings: [] }) })),
          agreed,
        );
        if (out.filter((b) => b.status === "ready").length !== 17) throw new Error(`unexpected board: ${out.map((b) => b.status).join(",")}`);
      }, 3, 1);
      const commandMs = await medianMs(() => run(cli, ["board", "khoi", "--rubrics", "tieu-chi", "--json", "--out", "tong-hop.xlsx", "--force"], dir, [1]), 3, 1);
      const mb = files.reduce((n, f) => n + readFileSync(path.join(blocs, f)).length, 0) / 1024 / 1024;
      rows.push([`20 × (${units}×${criteria})`, mb, serviceMs, serviceMs / 20, commandMs]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  printTable(["blocs", "folder MB", "board ms (service)", "ms per bloc", "board ms (command, with --out)"], rows);
}

export default async function boardBench(): Promise<void> {
  const cli = path.resolve(process.cwd(), "dist", "cli.js");
  if (!existsSync(cli)) throw new Error("dist/cli.js is missing: run npm run build:cli (npm run bench does)");
  await splitMerge(cli);
  console.log("split: one copy per unit, saved; merge: every unit's copy (self column filled) into the blank workbook, saved. Medians of 3.");
  await board(cli);
  console.log("board: validate + rank + seal for each of 20 workbooks (1 broken, 1 unsealed, 1 from a changed rubric). Medians of 3.");
}
