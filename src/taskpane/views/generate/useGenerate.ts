import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Finding } from "../../../domain/findings";
import type { Stage } from "../../../domain/types";
import type { WorkbookHost } from "../../../hosts/host";
import type { GenerationPreview } from "../../../services/previewGeneration";
import type { RegenerationPreview } from "../../../services/regenerate";
import { loadEngine, type Engine } from "../../lazy/loadEngine";
import { useText } from "../../useText";
import { readFileText, workbookFileName } from "../../workbookSource/files";
import type { GenerationTarget, Problem } from "../../workbookSource/types";
import { useWorkbookSource } from "../../workbookSource/context";
import { blocText, stagesOf, withStages, type BlocFields, type RubricChoice } from "./generateInputs";
import { parseUnitLines, unitLinesText } from "./unitLines";

/** The workbook is the bloc's official document, so its labels stay Vietnamese whatever the pane's language. */
const WORKBOOK_LANG = "vi";

export type GeneratePhase =
  | { readonly kind: "idle" }
  | { readonly kind: "working"; readonly label: "generate.loading" | "generate.checking" | "generate.writing" | "generate.restoring" }
  | { readonly kind: "confirm"; readonly preview: RegenerationPreview; readonly target: GenerationTarget }
  | { readonly kind: "done"; readonly kept: number | null; readonly backup: boolean }
  | { readonly kind: "restored"; readonly sheets: number }
  /** another file was opened: what this view did before is about another workbook */
  | { readonly kind: "opened"; readonly file: string }
  | { readonly kind: "failed"; readonly findings: readonly Finding[]; readonly problem?: Problem };

const EMPTY_FIELDS: BlocFields = { name: "", year: "", unitsText: "", head: "", deputy: "" };

function detail(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).slice(0, 200);
}

export function useGenerate() {
  const text = useText();
  const source = useWorkbookSource();
  const [rubric, setRubric] = useState<RubricChoice | null>(null);
  const [loadFindings, setLoadFindings] = useState<readonly Finding[]>([]);
  const [stages, setStages] = useState<readonly Stage[]>([]);
  const [fields, setFields] = useState<BlocFields>(EMPTY_FIELDS);
  const [phase, setPhase] = useState<GeneratePhase>({ kind: "idle" });
  const [engine, setEngine] = useState<Engine | null>(null);
  // the workbook this view generated into, so a file it made itself is not taken for one the user opened
  const made = useRef<WorkbookHost | null>(null);
  const { host: currentHost, fileName: currentFile } = source;
  const seen = useRef<WorkbookHost | null>(currentHost);
  useEffect(() => {
    if (currentHost === seen.current) return;
    seen.current = currentHost;
    if (currentHost === made.current) return;
    setPhase(currentHost ? { kind: "opened", file: currentFile ?? "" } : { kind: "idle" });
  }, [currentHost, currentFile]);

  const units = useMemo(() => parseUnitLines(fields.unitsText), [fields.unitsText]);
  const unitsFile = text("generate.unitsFile");
  // the example and the workbook are named in the pane's language of the moment; a chosen file by its name
  const rubricFile = !rubric ? "" : rubric.origin === "file" ? rubric.file : text(rubric.origin === "sample" ? "generate.sampleFile" : rubric.origin === "table" ? "table.file" : "generate.workbookFile");
  const preview: GenerationPreview | null = useMemo(() => {
    if (!rubric || !engine) return null;
    return engine.previewGeneration({
      rubric: { text: withStages(rubric.text, stages), file: rubricFile },
      bloc: { text: blocText(fields, units), file: unitsFile },
      lang: WORKBOOK_LANG,
    });
  }, [engine, rubric, rubricFile, stages, fields, units, unitsFile]);

  // gaps in the form are asked for in words; the bloc's schema findings would name JSON fields instead
  const formGaps = useMemo(() => formGapsOf(fields, units.length), [fields, units.length]);

  const chooseRubric = useCallback((choice: RubricChoice) => {
    // the table's engine chunk is loaded already: the preview needs it in this view's state too
    if (choice.origin === "table") {
      void loadEngine().then(setEngine);
      setFields((f) => (f.year === "" ? { ...f, year: String(yearOf(choice.text) ?? "") } : f));
    }
    setRubric(choice);
    setStages(stagesOf(choice.text));
    setLoadFindings([]);
    setPhase({ kind: "idle" });
  }, []);

  /** The engine chunk, fetched on the first action that needs it; null (and the problem shown) when it can't be. */
  const withEngine = useCallback(async (): Promise<Engine | null> => {
    try {
      const e = await loadEngine();
      setEngine(e);
      return e;
    } catch (e) {
      setPhase({ kind: "failed", findings: [], problem: { key: "app.engineFailed", params: { detail: detail(e) } } });
      return null;
    }
  }, []);

  const loadSample = useCallback(async () => {
    setPhase({ kind: "working", label: "generate.loading" });
    const e = await withEngine();
    if (!e) return;
    chooseRubric({ text: e.SAMPLE_RUBRIC_TEXT, file: "", origin: "sample" });
    const b = e.SAMPLE_BLOC;
    setFields({ name: b.name, year: String(b.year), unitsText: unitLinesText(b.units), head: b.head ?? "", deputy: b.deputy ?? "" });
  }, [withEngine, chooseRubric, text]);

  const loadRubricFile = useCallback(
    async (file: File) => {
      setPhase({ kind: "working", label: "generate.loading" });
      if (!(await withEngine())) return;
      try {
        const content = await readFileText(file);
        chooseRubric({ text: content, file: file.name, origin: "file" });
        setFields((f) => (f.year === "" ? { ...f, year: String(yearOf(content) ?? "") } : f));
      } catch (e) {
        setPhase({ kind: "failed", findings: [], problem: { key: "generate.readFailed", params: { file: file.name, detail: detail(e) } } });
      }
    },
    [withEngine, chooseRubric],
  );

  const loadFromWorkbook = useCallback(async () => {
    const host = source.host;
    if (!host) return;
    setPhase({ kind: "working", label: "generate.loading" });
    const e = await withEngine();
    if (!e) return;
    try {
      const read = await e.readContents(host, source.fileName ?? text("generate.workbookFile"));
      if (!read.ok) {
        setLoadFindings(read.findings);
        setPhase({ kind: "idle" });
        return;
      }
      const { rubric: r, bloc: b } = read.value;
      chooseRubric({ text: JSON.stringify(r), file: "", origin: "workbook" });
      setFields({ name: b.name, year: String(b.year), unitsText: unitLinesText(b.units), head: b.head ?? "", deputy: b.deputy ?? "" });
    } catch (e) {
      setPhase({ kind: "failed", findings: [], problem: { key: "generate.readFailed", params: { file: source.fileName ?? text("generate.workbookFile"), detail: detail(e) } } });
    }
  }, [source.host, source.fileName, withEngine, chooseRubric, text]);

  const setField = useCallback(<K extends keyof BlocFields>(key: K, value: BlocFields[K]) => setFields((f) => ({ ...f, [key]: value })), []);
  const toggleStage = useCallback((stage: Stage, on: boolean) => setStages((s) => (on ? [...s.filter((x) => x !== stage), stage] : s.filter((x) => x !== stage))), []);

  const apply = useCallback(
    async (e: Engine, target: GenerationTarget, regen: RegenerationPreview, confirmed: boolean) => {
      setPhase({ kind: "working", label: "generate.writing" });
      const result = await e.applyRegeneration(target.host, regen, { confirmed, now: new Date(), reason: text("generate.backupReason") });
      if (!result.done) return setPhase({ kind: "confirm", preview: regen, target });
      target.keep("");
      setPhase({ kind: "done", kept: regen.existing ? result.kept : null, backup: regen.existing || regen.replacedForeign.length > 0 });
    },
    [text],
  );

  const generate = useCallback(async () => {
    if (!engine || !preview?.ok || formGaps.length > 0 || !preview.rubric || !preview.bloc || !rubric) return;
    setPhase({ kind: "working", label: "generate.checking" });
    try {
      const target = await source.generationTarget();
      if (target.fresh) {
        setPhase({ kind: "working", label: "generate.writing" });
        const input = { rubric: { text: withStages(rubric.text, stages), file: rubricFile }, bloc: { text: blocText(fields, units), file: unitsFile }, lang: WORKBOOK_LANG } as const;
        const out = await engine.generateWorkbook(input, target.host);
        if (out.exit !== 0) return setPhase({ kind: "failed", findings: out.findings });
        made.current = target.host;
        target.keep(workbookFileName(preview.bloc.name, preview.bloc.year));
        return setPhase({ kind: "done", kept: null, backup: false });
      }
      const regen = await engine.previewRegeneration(target.host, preview.rubric, preview.bloc, WORKBOOK_LANG);
      if (engine.needsConfirmation(regen) || regen.keep.length > 0) return setPhase({ kind: "confirm", preview: regen, target });
      await apply(engine, target, regen, false);
    } catch (e) {
      setPhase({ kind: "failed", findings: [], problem: { key: "generate.failed", params: { detail: detail(e) } } });
    }
  }, [engine, preview, formGaps, rubric, rubricFile, stages, fields, units, unitsFile, source, apply]);

  const confirm = useCallback(async () => {
    if (phase.kind !== "confirm" || !engine) return;
    try {
      await apply(engine, phase.target, phase.preview, true);
    } catch (e) {
      setPhase({ kind: "failed", findings: [], problem: { key: "generate.failed", params: { detail: detail(e) } } });
    }
  }, [engine, phase, apply]);

  const cancel = useCallback(() => setPhase({ kind: "idle" }), []);

  const restore = useCallback(async () => {
    const host = source.host;
    if (!host) return;
    setPhase({ kind: "working", label: "generate.restoring" });
    const e = await withEngine();
    if (!e) return;
    try {
      const out = await e.restoreBackup(host);
      source.touched();
      setPhase({ kind: "restored", sheets: out.restored.length });
    } catch (e) {
      setPhase({ kind: "failed", findings: [], problem: { key: "generate.failed", params: { detail: detail(e) } } });
    }
  }, [source, withEngine]);

  return {
    mode: source.mode,
    fileName: source.fileName,
    canReadWorkbook: source.host !== null,
    rubric,
    rubricFile,
    loadFindings,
    stages,
    fields,
    units,
    formGaps,
    unitsFile,
    preview,
    phase,
    loadSample,
    loadRubricFile,
    loadFromWorkbook,
    setField,
    toggleStage,
    generate,
    confirm,
    cancel,
    restore,
    chooseRubric,
  };
}

export type GenerateState = ReturnType<typeof useGenerate>;

export type FormGap = "generate.gap.name" | "generate.gap.year" | "generate.gap.units";

function formGapsOf(fields: BlocFields, unitCount: number): FormGap[] {
  const gaps: FormGap[] = [];
  if (fields.name.trim() === "") gaps.push("generate.gap.name");
  if (!/^\s*\d{4}\s*$/.test(fields.year)) gaps.push("generate.gap.year");
  if (unitCount === 0) gaps.push("generate.gap.units");
  return gaps;
}

function yearOf(text: string): number | null {
  try {
    const y = (JSON.parse(text.replace(/^\uFEFF/, "")) as { year?: unknown }).year;
    return typeof y === "number" ? y : null;
  } catch {
    return null;
  }
}
