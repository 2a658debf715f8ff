/**
 * A bloc's year through the services, verb by verb, on any host: the plans and writes the contract checks are
 * the real ones the services build from the fixtures (the worked example and the 4-level tree).
 */
import { parseBloc } from "../../../src/domain/blocRules";
import { parseRubric } from "../../../src/domain/rubricRules";
import type { Bloc, Rubric } from "../../../src/domain/types";
import type { WorkbookHost } from "../../../src/hosts/host";
import { createXlsx } from "../../../src/hosts/xlsx/xlsxHost";
import { restoreBackup } from "../../../src/services/backup";
import { fillWorkbook } from "../../../src/services/fillWorkbook";
import { generateWorkbook } from "../../../src/services/generateWorkbook";
import { applyRegeneration, previewRegeneration } from "../../../src/services/regenerate";
import { reportWorkbook } from "../../../src/services/reportWorkbook";
import { sealWorkbook } from "../../../src/services/sealWorkbook";
import { splitWorkbook, type RandomBytes } from "../../../src/services/splitWorkbook";
import { buildTemplatePlan } from "../../../src/workbook/buildTemplatePlan";
import type { WorkbookPlan } from "../../../src/workbook/plan";
import { fixtureFile, measuredFile, treeFile } from "../../support/fixture";

export interface Verb {
  readonly name: string;
  /** @throws when the service did not do its work (a contract run on a refused verb proves nothing) */
  run(host: WorkbookHost): Promise<void>;
}

export type Part = "veryHidden" | "protected" | "unlocked" | "validations" | "conditionalFormats" | "names";
const EVERY_PART: readonly Part[] = ["veryHidden", "protected", "unlocked", "validations", "conditionalFormats", "names"];

export interface Scenario {
  readonly name: string;
  readonly verbs: readonly Verb[];
  /** what its first verb lays out, so the contract is known to check something there */
  readonly carries: readonly Part[];
  /** also run on Excel at the API levels between (1.2, 1.4, 1.6) */
  readonly partialLevels?: boolean;
}

const FILE = "bloc.xlsx";
const NOW = new Date("2026-12-02T09:00:00Z");

function done(verb: string, out: { exit: number; findings: readonly unknown[] }): void {
  if (out.exit !== 0) throw new Error(`${verb} exited ${out.exit}: ${JSON.stringify(out.findings).slice(0, 2000)}`);
}

function parsed(rubric: string, bloc: string): { rubric: Rubric; bloc: Bloc } {
  const r = parseRubric(JSON.parse(rubric));
  const b = parseBloc(JSON.parse(bloc));
  if (!r.ok || !b.ok) throw new Error("fixture does not parse");
  return { rubric: r.value, bloc: b.value };
}

function firstVerbs(rubric: string, bloc: string, scores: string): Verb[] {
  return [
    { name: "generate", run: async (h) => done("generate", await generateWorkbook({ rubric: { text: rubric, file: "rubric.json" }, bloc: { text: bloc, file: "bloc.json" } }, h)) },
    { name: "fill", run: async (h) => done("fill", await fillWorkbook(h, FILE, { text: scores, file: "scores.csv" })) },
    { name: "report", run: async (h) => done("report", await reportWorkbook(h, FILE, { place: "Huế", date: { y: 2026, m: 12, d: 2 } })) },
  ];
}

/** The same "random" tokens on every host, so every host is given the same writes. */
function countingBytes(): RandomBytes {
  let n = 0;
  return (bytes) => bytes.map(() => (n++ * 37 + 11) & 255);
}

/** split: tokens written into the bloc's (protected, very hidden) meta sheet; the copies go to new .xlsx hosts. */
const split: Verb = {
  name: "split",
  run: async (h) => {
    const out = await splitWorkbook(h, FILE, () => createXlsx(), { random: countingBytes() });
    done("split", out);
    if (out.newTokens === 0) throw new Error("split wrote no token");
  },
};

/** The worked example: generate, fill, split, report, seal, regenerate without one unit (backup, removal), restore. */
const workedExample: Scenario = (() => {
  const [rubric, bloc, scores] = [fixtureFile("rubric.json"), fixtureFile("bloc.json"), fixtureFile("scores.csv")];
  const next = parsed(rubric, bloc);
  const smaller = { ...next.bloc, units: next.bloc.units.filter((u) => u.id !== "U09") };
  const [generate, fill, report] = firstVerbs(rubric, bloc, scores);
  return {
    name: "the worked example (khoi-huyen-2023)",
    carries: EVERY_PART,
    verbs: [
      generate,
      fill,
      split,
      report,
      { name: "seal", run: async (h) => done("seal", await sealWorkbook(h, FILE, { by: "Thư ký khối", stage: "final", now: NOW })) },
      {
        name: "regenerate without U09",
        run: async (h) => {
          const preview = await previewRegeneration(h, next.rubric, smaller);
          const out = await applyRegeneration(h, preview, { confirmed: true, now: NOW, reason: "U09 rời khối" });
          if (!out.done || preview.removed.length !== 1) throw new Error(`regenerate: ${JSON.stringify(out)} removed ${JSON.stringify(preview.removed)}`);
        },
      },
      {
        name: "restore the backup",
        run: async (h) => {
          const out = await restoreBackup(h);
          if (out.restored.length === 0) throw new Error("restore found no backup");
        },
      },
    ],
  };
})();

/** The 4-level tree with not-applicable criteria and reasons. */
const tree: Scenario = { name: "the tree (test/fixtures/tree)", carries: EVERY_PART, partialLevels: true, verbs: firstVerbs(treeFile("rubric.json"), treeFile("bloc.json"), treeFile("scores.csv")) };

/** Typed and measured criteria: target and % columns, custom validations of targets and actuals (issue 16). */
const measured: Scenario = {
  name: "typed and measured criteria (test/fixtures/measured)",
  carries: EVERY_PART,
  verbs: firstVerbs(measuredFile("rubric.json"), measuredFile("bloc.json"), measuredFile("scores.csv")),
};

/**
 * generate, then one sheet of the same plan applied again with nothing written between: on a new .xlsx the second
 * plan meets the first still as a plan; the sheet must come back in its place.
 */
const replaceOne: Scenario = (() => {
  const [rubric, bloc] = [treeFile("rubric.json"), treeFile("bloc.json")];
  const [generate] = firstVerbs(rubric, bloc, "");
  const p = parsed(rubric, bloc);
  const plan = buildTemplatePlan(p.rubric, p.bloc);
  const again: WorkbookPlan = { ...plan, sheets: plan.sheets.filter((s) => s.name === "Tiêu chí"), names: [] };
  if (again.sheets.length !== 1) throw new Error("the tree's plan has no sheet Tiêu chí");
  return { name: "one sheet applied again (the tree)", carries: EVERY_PART, verbs: [generate, { name: "apply the rubric sheet again", run: (h) => h.applyPlan(again) }] };
})();

/** The plan of the first unit's copy, as split builds it from the filled worked example. */
async function firstCopyPlan(): Promise<WorkbookPlan> {
  const bloc = createXlsx();
  const [generate, fill] = firstVerbs(fixtureFile("rubric.json"), fixtureFile("bloc.json"), fixtureFile("scores.csv"));
  await generate.run(bloc);
  await fill.run(bloc);
  const plans: WorkbookPlan[] = [];
  const out = await splitWorkbook(
    bloc,
    FILE,
    () => {
      const copy = createXlsx();
      return { ...copy, applyPlan: async (plan: WorkbookPlan) => void plans.push(plan) };
    },
    { random: countingBytes() },
  );
  done("split", out);
  return plans[0];
}

/** A unit's own copy (only its self column open, the token in its hidden sheet), applied as split builds it. */
const unitCopy: Scenario = {
  name: "a unit's copy (split)",
  carries: ["veryHidden", "protected", "unlocked", "validations", "conditionalFormats"],
  verbs: [{ name: "apply the first unit's copy", run: async (h) => h.applyPlan(await firstCopyPlan()) }],
};

export const SCENARIOS: readonly Scenario[] = [workedExample, tree, measured, replaceOne, unitCopy];
