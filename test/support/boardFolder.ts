import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { makeBloc } from "../../bench/makeBloc";
import type { Criterion } from "../../src/domain/types";
import type { Ranking } from "../../src/domain/scoreBloc";
import { openXlsx } from "../../src/hosts/xlsx/xlsxHost";
import { sealWorkbook } from "../../src/services/sealWorkbook";
import { fillBytes, generateBytes, rankBytes } from "./roundTrip";

export type BlocKind = "sealed" | "unsealed" | "broken" | "changedRubric" | "editedAfterSeal";

export interface BoardFixture {
  readonly dir: string;
  readonly blocs: string;
  readonly rubrics: string;
  /** file → what was done to it, and (for readable ones) the engine's ranking */
  readonly files: ReadonlyMap<string, { kind: BlocKind; ranking?: Ranking }>;
}

/**
 * A Board's folder of `count` synthetic bloc workbooks, each with its agreed rubric (same base name) in a rubrics
 * folder; `special` says which files are broken, left unsealed, made from a changed rubric or edited after sealing.
 */
export async function boardFolder(count: number, special: Readonly<Record<number, BlocKind>>, size: [number, number] = [5, 15]): Promise<BoardFixture> {
  const dir = mkdtempSync(path.join(tmpdir(), "thidua-board-"));
  const blocs = path.join(dir, "khoi");
  const rubrics = path.join(dir, "tieu-chi");
  mkdirSync(blocs);
  mkdirSync(rubrics);
  const files = new Map<string, { kind: BlocKind; ranking?: Ranking }>();
  for (let i = 1; i <= count; i++) {
    const kind = special[i] ?? "sealed";
    const name = `khoi-${String(i).padStart(2, "0")}`;
    const s = makeBloc(size[0], size[1], i);
    const rubric = { ...s.rubric, title: `Bảng điểm khối số ${i}` };
    const bloc = { ...s.bloc, name: `Khối thi đua số ${i}` };
    writeFileSync(path.join(rubrics, `${name}.json`), JSON.stringify(rubric, null, 2));
    if (kind === "broken") {
      writeFileSync(path.join(blocs, `${name}.xlsx`), "PK\u0003\u0004 this is not a workbook, cut short by a bad download");
      files.set(`${name}.xlsx`, { kind });
      continue;
    }
    const used = kind === "changedRubric" ? { ...rubric, sections: rubric.sections.map((sec, k) => (k === 0 ? { ...sec, criteria: (sec.criteria as Criterion[]).map((c, j) => (j === 0 ? { ...c, weight: c.weight + 1 } : c)), maxPoints: sec.maxPoints + sec.criteria[0].maxPoints } : sec)) } : rubric;
    let bytes = await fillBytes(await generateBytes(JSON.stringify(used), JSON.stringify(bloc)), s.scoresCsv);
    const ranking = await rankBytes(bytes);
    if (kind !== "unsealed" && kind !== "changedRubric") {
      const host = await openXlsx(bytes);
      const sealed = await sealWorkbook(host, `${name}.xlsx`, { by: "Trưởng khối", stage: "final", now: new Date("2026-12-05T02:00:00Z") });
      if (sealed.exit !== 0) throw new Error(`seal failed: ${JSON.stringify(sealed.findings)}`);
      bytes = await host.save();
    }
    if (kind === "editedAfterSeal") {
      const host = await openXlsx(bytes);
      const snap = await host.snapshot();
      const sheet = snap.sheets.find((x) => x.name === bloc.units[0].name)!;
      // the first criterion's bloc score, typed over after the seal
      await host.writeValues([{ sheet: sheet.name, row: 5, col: 5, value: 0 }]);
      bytes = await host.save();
    }
    writeFileSync(path.join(blocs, `${name}.xlsx`), bytes);
    files.set(`${name}.xlsx`, { kind, ranking });
  }
  return { dir, blocs, rubrics, files };
}
