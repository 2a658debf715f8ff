import { readFileSync } from "node:fs";
import * as path from "node:path";
import type { StageChoice } from "../../src/domain/types";
import { scoreFiles, type ScoreOutcome } from "../../src/services/scoreFiles";

/** The worked example bloc (a copy of ../shared/fixtures; tests never read ../shared). */
export const FIXTURE_DIR = path.join(__dirname, "..", "fixtures", "khoi-huyen-2023");
/** Small hand-written files, one per way an input goes wrong. */
export const CASES_DIR = path.join(__dirname, "..", "fixtures", "cases");

export interface Texts {
  readonly rubric: string;
  readonly bloc: string;
  readonly scores: string;
}

export function fixtureFile(name: string): string {
  return readFileSync(path.join(FIXTURE_DIR, name), "utf8");
}

/** The 4-level tree bloc (rubric part 2: groups, not-applicable criteria, reasons). */
export const TREE_DIR = path.join(__dirname, "..", "fixtures", "tree");

export function treeFile(name: string): string {
  return readFileSync(path.join(TREE_DIR, name), "utf8");
}

/** Typed and measured criteria side by side (DESIGN.md part 2, measured criteria). */
export const MEASURED_DIR = path.join(__dirname, "..", "fixtures", "measured");

export function measuredFile(name: string): string {
  return readFileSync(path.join(MEASURED_DIR, name), "utf8");
}

export function measuredTexts(): Texts {
  return { rubric: measuredFile("rubric.json"), bloc: measuredFile("bloc.json"), scores: measuredFile("scores.csv") };
}

export function caseFile(name: string): string {
  return readFileSync(path.join(CASES_DIR, name), "utf8");
}

export function fixtureTexts(): Texts {
  return { rubric: fixtureFile("rubric.json"), bloc: fixtureFile("bloc.json"), scores: fixtureFile("scores.csv") };
}

export function expected(stage: "bloc" | "final"): { stage: string; units: Record<string, unknown>[]; ties: string[][] } {
  return JSON.parse(fixtureFile(stage === "bloc" ? "expected-bloc.json" : "expected-final.json"));
}

/** scoreFiles on three texts, as the CLI calls it. */
export function scoreTexts(texts: Texts, stage: StageChoice = "final", votes?: string[][]): ScoreOutcome {
  return scoreFiles({
    rubric: { text: texts.rubric, file: "rubric.json" },
    bloc: { text: texts.bloc, file: "bloc.json" },
    scores: { text: texts.scores, file: "scores.csv" },
    stage,
    votes,
  });
}

/** Sets the value of one (unit, item, stage) row of a `,` CSV, appending the row when there is none. */
export function setValue(csv: string, unit: string, item: string, stage: string, value: string): string {
  const lines = csv.replace(/\n$/, "").split("\n");
  const prefix = `${unit},${item},${stage},`;
  const i = lines.findIndex((l) => l.startsWith(prefix));
  if (i >= 0) lines[i] = `${prefix}${value},`;
  else lines.push(`${prefix}${value},`);
  return lines.join("\n") + "\n";
}

/** Drops every row of a `,` CSV for which `drop(unit, item, stage)` is true (the header stays). */
export function dropRows(csv: string, drop: (unit: string, item: string, stage: string) => boolean): string {
  const [header, ...rows] = csv.replace(/\n$/, "").split("\n");
  return [header, ...rows.filter((r) => !drop(...(r.split(",") as [string, string, string])))].join("\n") + "\n";
}

/** 1-based line number of the row of (unit, item, stage) in a `,` CSV. */
export function lineOf(csv: string, unit: string, item: string, stage: string): number {
  return csv.split("\n").findIndex((l) => l.startsWith(`${unit},${item},${stage},`)) + 1;
}

/** A rubric.json text with `edit` applied to its parsed object. */
export function editJson(text: string, edit: (json: Record<string, any>) => void): string { // eslint-disable-line @typescript-eslint/no-explicit-any
  const json = JSON.parse(text);
  edit(json);
  return JSON.stringify(json, null, 2);
}
