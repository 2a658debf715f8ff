// The fixture bloc's workbook as the pane's tests (component and end-to-end) need it: generated and filled by
// the services, with values typed over it as an official would. No DOM here, so Node tests can use it too.
import { createXlsx, openXlsx, type XlsxHost } from "../../src/hosts/xlsx/xlsxHost";
import { fillWorkbook } from "../../src/services/fillWorkbook";
import { generateWorkbook } from "../../src/services/generateWorkbook";
import { readContents } from "../../src/services/openWorkbook";
import { parseCellRef } from "../../src/workbook/a1";
import { fixtureFile } from "../support/fixture";

/** scores.csv with U07's rows replaced by copies of U05's: the two tie through every tie-break. */
export function tiedScores(): string {
  const [header, ...rows] = fixtureFile("scores.csv").replace(/\n$/, "").split("\n");
  const others = rows.filter((r) => !r.startsWith("U07,"));
  const copies = rows.filter((r) => r.startsWith("U05,")).map((r) => `U07${r.slice(3)}`);
  return [header, ...others, ...copies].join("\n") + "\n";
}

/** One raw value typed into a unit's cell, as an official would (text where a number belongs, say). */
export type Typed = { unit: string; item: string; stage: string; value: string | number | null };

/**
 * Scores with a reason beside every later-stage row that has none. The example bloc's minutes say why the bloc
 * changed a score; without them every change is a WARN_REASON_MISSING, which would drown the findings a pane
 * test seeds. (The reason rules themselves are tested in the domain and validate tests.)
 */
export function withReasons(csv: string): string {
  const [header, ...rows] = csv.replace(/\r/g, "").replace(/\n$/, "").split("\n");
  const noted = rows.map((line) => {
    const cells = line.split(",");
    if (cells[2] === "self" || (cells[4] ?? "") !== "") return line;
    cells[4] = "Theo biên bản họp khối";
    return cells.join(",");
  });
  return [header, ...noted].join("\n") + "\n";
}

const made = new Map<string, Promise<Uint8Array>>();

/** The bytes of fixtureWorkbook(options), made once per test file (generate and fill take a moment). */
export function fixtureBytes(options: { scores?: string; typed?: readonly Typed[] } = {}): Promise<Uint8Array> {
  const key = JSON.stringify(options);
  if (!made.has(key)) made.set(key, fixtureWorkbook(options).then((h) => h.save()));
  return made.get(key)!;
}

/** The fixture bloc's workbook, generated and filled by the services, with `typed` values written over it. */
export async function fixtureWorkbook(options: { scores?: string; typed?: readonly Typed[] } = {}): Promise<XlsxHost> {
  const blank = createXlsx();
  const made = await generateWorkbook({ rubric: { text: fixtureFile("rubric.json"), file: "rubric.json" }, bloc: { text: fixtureFile("bloc.json"), file: "bloc.json" } }, blank);
  if (made.exit !== 0) throw new Error(JSON.stringify(made.findings));
  const host = await openXlsx(await blank.save());
  const filled = await fillWorkbook(host, "fixture.xlsx", { text: withReasons(options.scores ?? fixtureFile("scores.csv")), file: "scores.csv" });
  if (filled.exit !== 0) throw new Error(JSON.stringify(filled.findings));
  if (options.typed?.length) await host.writeValues(await cellsOf(host, options.typed));
  return openXlsx(await host.save());
}

async function cellsOf(host: XlsxHost, typed: readonly Typed[]) {
  const read = await readContents(host, "fixture.xlsx");
  if (!read.ok) throw new Error(JSON.stringify(read.findings));
  return typed.map((t) => {
    const row = read.value.rows.find((r) => r.unit === t.unit && r.item === t.item && r.stage === t.stage);
    if (!row?.source?.cell || !row.source.sheet) throw new Error(`no cell for ${t.unit}/${t.item}/${t.stage}`);
    const at = parseCellRef(row.source.cell)!;
    return { sheet: row.source.sheet, row: at.row, col: at.col, value: t.value };
  });
}

