import { useCallback, useEffect, useRef, useState } from "react";
import type { Finding } from "../../../domain/findings";
import type { Rubric, StageChoice } from "../../../domain/types";
import type { ValidateOutcome } from "../../../services/validateWorkbook";
import { loadEngine } from "../../lazy/loadEngine";
import { useText } from "../../useText";
import { readFileText } from "../../workbookSource/files";
import { useWorkbookSource } from "../../workbookSource/context";
import { errorDetail as detail, useJob, type JobStatus } from "../../runner/useJob";

export type ValidateStatus = JobStatus;

type Agreed = { readonly file: string; readonly rubric: Rubric | null; readonly findings: readonly Finding[] };

/**
 * Checks the workbook when the view is shown and whenever it changed since (a fix, a vote, a file opened);
 * in live mode, also each time people pause typing in Excel.
 */
export function useValidate(active: boolean) {
  const text = useText();
  const source = useWorkbookSource();
  const { host, live, revision } = source;
  const fileName = source.fileName ?? text("generate.workbookFile");
  const [stage, setStage] = useState<StageChoice>("final");
  const [agreed, setAgreed] = useState<Agreed | null>(null);
  const [outcome, setOutcome] = useState<ValidateOutcome | null>(null);
  const { status, run, fail: setFailed } = useJob();
  const [liveOn, setLiveOn] = useState(false);
  const [checkedAt, setCheckedAt] = useState<Date | null>(null);
  const checked = useRef<string | null>(null);

  const validate = useCallback(async () => {
    if (!host) return;
    const options = { stage, ...(agreed?.rubric ? { agreedRubric: agreed.rubric, agreedFile: agreed.file } : {}) };
    await run("validate.working", "validate.failed", async () => (await loadEngine()).validateWorkbook(host, fileName, options), (out) => {
      setOutcome(out);
      setCheckedAt(new Date());
    });
  }, [host, fileName, stage, agreed, run]);

  useEffect(() => {
    const key = `${revision}/${stage}/${agreed?.file ?? ""}`;
    if (!active || !host || checked.current === key) return;
    checked.current = key;
    void validate();
  }, [active, host, revision, stage, agreed, validate]);

  useEffect(() => {
    if (!host) setOutcome(null);
  }, [host]);

  // live mode: Excel tells when a watched sheet changed (debounced by the host), and the check runs again
  const latest = useRef(validate);
  latest.current = validate;
  useEffect(() => {
    if (!liveOn || !live || !host) return;
    let stop: (() => Promise<void>) | null = null;
    let cancelled = false;
    void (async () => {
      try {
        const read = await (await loadEngine()).readContents(host, fileName);
        if (!read.ok || cancelled) return;
        const { units, summary, rubric } = read.value.sheets;
        stop = await live.watchChanges([...units, summary, rubric], () => void latest.current());
        if (cancelled) await stop();
      } catch (e) {
        setLiveOn(false);
        setFailed({ key: "validate.liveFailed", params: { detail: detail(e) } });
      }
    })();
    return () => {
      cancelled = true;
      if (stop) void stop();
    };
  }, [liveOn, live, host, fileName, setFailed]);

  const fix = useCallback(
    async (findings: readonly Finding[]) => {
      if (!host) return;
      await run("validate.fixing", "validate.fixFailed", async () => (await loadEngine()).applyQuickFixes(host, findings), (written) => {
        if (written > 0) source.touched(); // the effect above checks again
      });
    },
    [host, source, run],
  );

  const chooseAgreed = useCallback(async (file: File | null) => {
    if (!file) return setAgreed(null);
    try {
      const r = (await loadEngine()).rubricFromText(await readFileText(file), file.name);
      setAgreed({ file: file.name, rubric: r.ok ? r.value : null, findings: r.ok ? [] : r.findings });
    } catch (e) {
      setFailed({ key: "generate.readFailed", params: { file: file.name, detail: detail(e) } });
    }
  }, [setFailed]);

  const selectCell = useCallback(
    async (sheet: string, cell: string) => {
      if (!live) return;
      try {
        const shown = await live.selectCell(sheet, cell);
        if (!shown) setFailed({ key: "validate.hiddenCell", params: { sheet, cell } });
      } catch (e) {
        setFailed({ key: "validate.selectFailed", params: { detail: detail(e) } });
      }
    },
    [live, setFailed],
  );

  return {
    hasWorkbook: host !== null,
    canWatch: live !== null && live.capabilities.freezeAndEvents,
    /** in Excel, but one without Worksheet.onChanged (ExcelApi 1.7): say so instead of offering live mode */
    watchUnavailable: live !== null && !live.capabilities.freezeAndEvents,
    stage,
    setStage,
    agreed,
    chooseAgreed,
    outcome,
    status,
    checkedAt,
    validate,
    fix,
    selectCell: live ? selectCell : null,
    liveOn,
    setLiveOn,
  };
}

export type ValidateState = ReturnType<typeof useValidate>;
