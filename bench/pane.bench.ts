// The task pane in headless Chromium on the production build (file mode): the first load's JavaScript, the
// time until the pane can be used, and the time each job takes in the browser on the worked example and on a
// 60 × 120 synthetic bloc. Needs Debian's chromium (`sudo apt-get install -y --no-install-recommends chromium`).
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { gzipSync } from "node:zlib";
import webpack, { type Configuration, type StatsCompilation } from "webpack";
import { createXlsx, openXlsx } from "../src/hosts/xlsx/xlsxHost";
import { fillWorkbook } from "../src/services/fillWorkbook";
import { generateWorkbook } from "../src/services/generateWorkbook";
import { launchChromium } from "../test/support/chromium";
import { serveStatic } from "../test/support/staticServer";
import { makeBloc } from "./makeBloc";
import { printTable } from "./timing";

const ROOT = path.resolve(__dirname, "..");
const LOADS = 5;

async function build(outDir: string): Promise<StatsCompilation> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const factory = require(path.join(ROOT, "webpack.config.js")) as (env: object, argv: { mode: string }) => Promise<Configuration>;
  const config = await factory({ WEBPACK_BUILD: true }, { mode: "production" });
  return new Promise((resolve, reject) =>
    webpack({ ...config, mode: "production", output: { ...config.output, path: outDir } }, (err, stats) => {
      if (err || !stats || stats.hasErrors()) return reject(err ?? new Error(JSON.stringify(stats?.toJson().errors)));
      resolve(stats.toJson({ all: false, entrypoints: true, assets: true }));
    }),
  );
}

async function filled(rubric: string, bloc: string, scores: string): Promise<Uint8Array> {
  const host = createXlsx();
  if ((await generateWorkbook({ rubric: { text: rubric, file: "rubric.json" }, bloc: { text: bloc, file: "bloc.json" } }, host)).exit !== 0) throw new Error("generate failed");
  const opened = await openXlsx(await host.save());
  if ((await fillWorkbook(opened, "bench.xlsx", { text: scores, file: "scores.csv" })).exit !== 0) throw new Error("fill failed");
  return opened.save();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export default async function run(): Promise<void> {
  const browser = await launchChromium();
  const outDir = mkdtempSync(path.join(tmpdir(), "thidua-bench-pane-"));
  const stats = await build(outDir);
  const server = await serveStatic(outDir);
  try {
    const initial = [...(stats.entrypoints!.taskpane.assets ?? []).map((a) => a.name).filter((n) => n.endsWith(".js")), "legacy/detect.js"];
    const gz = initial.reduce((n, f) => n + gzipSync(readFileSync(path.join(outDir, f))).length, 0);

    const interactive: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const t0 = Date.now();
      await page.goto(`${server.origin}/taskpane.html`);
      await page.getByRole("button", { name: "Dùng mẫu có sẵn" }).waitFor();
      interactive.push(Date.now() - t0);
      await context.close();
    }

    const fixture = path.join(ROOT, "test", "fixtures", "khoi-huyen-2023");
    const synthetic = makeBloc(60, 120, 1);
    const blocs = [
      { name: "example (9 × 20)", bytes: await filled(readFileSync(path.join(fixture, "rubric.json"), "utf8"), readFileSync(path.join(fixture, "bloc.json"), "utf8"), readFileSync(path.join(fixture, "scores.csv"), "utf8")) },
      { name: "synthetic 60 × 120", bytes: await filled(JSON.stringify(synthetic.rubric), JSON.stringify(synthetic.bloc), synthetic.scoresCsv) },
    ];
    const rows: (string | number)[][] = [];
    for (const b of blocs) {
      const file = path.join(outDir, "bench.xlsx");
      writeFileSync(file, b.bytes);
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.origin}/taskpane.html`);
      let t = Date.now();
      await page.getByLabel("Chọn tệp sổ chấm điểm (.xlsx) trong máy để mở").setInputFiles(file);
      await page.getByText("Tệp đang mở: bench.xlsx", { exact: true }).waitFor({ timeout: 120_000 });
      const open = Date.now() - t;
      t = Date.now();
      await page.getByRole("tab", { name: "Kiểm tra" }).click();
      await page.getByText(/^(Sẵn sàng nộp|Chưa sẵn sàng nộp)$/).waitFor({ timeout: 120_000 });
      const validate = Date.now() - t;
      t = Date.now();
      await page.getByRole("tab", { name: "Xếp hạng" }).click();
      await page.getByRole("table").waitFor({ timeout: 120_000 });
      const rank = Date.now() - t;
      await context.close();
      rows.push([b.name, (b.bytes.length / 1024).toFixed(0), open, validate, rank]);
    }

    printTable(["initial JS (gzip, KB)", "budget (KB)", `interactive, median of ${LOADS} (ms)`], [[(gz / 1024).toFixed(1), "250", median(interactive)]]);
    console.log("");
    printTable(["workbook", "size (KB)", "open (ms)", "validate (ms)", "rank (ms)"], rows);
  } finally {
    await browser.close();
    await server.close();
  }
}
