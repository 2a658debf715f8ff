/**
 * A bloc's year through the services, verb by verb, on any host: the plans and writes the contract checks are
 * the real ones the services build from the fixtures (the worked example and the 4-level tree).
 */
import { parseBloc } from "../../../src/domain/blocRules";
import { parseRubric } from "../../../src/domain/rubricRules";
import type { Bloc, Rubric } from "../../../src/domain/types";
import type { WorkbookHost } from "../../../src/hosts/host";
import { restoreBackup } from "../../../src/services/backup";
import { fillWorkbook } from "../../../src/services/fillWorkbook";
import { generateWorkbook } from "../../../src/services/generateWorkbook";
import { applyRegeneration, previewRegeneration } from "../../../src/services/regenerate";
import { reportWorkbook } from "../../../src/services/reportWorkbook";
import { sealWorkbook } from "../../../src/services/sealWorkbook";
import { fixtureFile, treeFile } from "../../support/fixture";

export interface Verb {
  readonly name: string;
  /** @throws when the service did not do its work (a contract run on a refused verb proves nothing) */
  run(host: WorkbookHost): Promise<void>;
}

export interface Scenario {
  readonly name: string;
  readonly verbs: readonly Verb[];
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

/** The worked example: generate, fill, report, seal, regenerate without one unit (backup, removal), restore. */
const workedExample: Scenario = (() => {
  const [rubric, bloc, scores] = [fixtureFile("rubric.json"), fixtureFile("bloc.json"), fixtureFile("scores.csv")];
  const next = parsed(rubric, bloc);
  const smaller = { ...next.bloc, units: next.bloc.units.filter((u) => u.id !== "U09") };
  return {
    name: "the worked example (khoi-huyen-2023)",
    verbs: [
      ...firstVerbs(rubric, bloc, scores),
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
const tree: Scenario = { name: "the tree (test/fixtures/tree)", verbs: firstVerbs(treeFile("rubric.json"), treeFile("bloc.json"), treeFile("scores.csv")) };

export const SCENARIOS: readonly Scenario[] = [workedExample, tree];
