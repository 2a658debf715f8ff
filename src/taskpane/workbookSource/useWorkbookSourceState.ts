import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ExcelHost } from "../../hosts/excel/excelHost";
import type { XlsxHost } from "../../hosts/xlsx/xlsxHost";
import { sniffFile } from "../../services/sniffFile";
import type { HostMode } from "../hostMode";
import { downloadBytes, downloadName, readFileBytes } from "./files";
import type { GenerationTarget, HostFactory, Problem, WorkbookSource } from "./types";
import { ProblemFindingsView } from "../lazy/problemFindings";

type OpenFile = { readonly name: string; readonly host: XlsxHost };

function detail(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).slice(0, 200);
}

/** The state behind WorkbookSourceContext: the Excel host, or the file opened in the browser. */
export function useWorkbookSourceState(mode: HostMode, factory: HostFactory): WorkbookSource {
  // made once; a failure (an Office without the Excel API it announced) is told, never a blank pane
  const excelRef = useRef<{ host: ExcelHost | null; problem: Problem | null } | null>(null);
  if (mode === "excel" && excelRef.current === null) {
    try {
      excelRef.current = { host: factory.excel(), problem: null };
    } catch (e) {
      excelRef.current = { host: null, problem: { key: "source.excelFailed", params: { detail: detail(e) } } };
    }
  }
  const excel = mode === "excel" ? (excelRef.current?.host ?? null) : null;

  const [file, setFile] = useState<OpenFile | null>(null);
  const [unsaved, setUnsaved] = useState(false);
  const [revision, setRevision] = useState(0);
  const [busy, setBusy] = useState<WorkbookSource["busy"]>(null);
  const [problem, setProblem] = useState<Problem | null>(() => excelRef.current?.problem ?? null);

  const touched = useCallback(() => {
    setRevision((r) => r + 1);
    setUnsaved(true);
  }, []);

  const openFile = useCallback(
    async (chosen: File) => {
      setBusy("opening");
      setProblem(null);
      try {
        const bytes = await readFileBytes(chosen);
        // what is plainly no .xlsx (empty, password-protected, .xls, .ods…) is told before any parser runs
        const wrong = sniffFile(bytes, chosen.name);
        if (wrong) {
          // the findings' words are a chunk of their own: fetched first, the message shows whole at once
          await ProblemFindingsView.preload();
          setProblem({ key: "source.notXlsx", params: { file: chosen.name }, findings: [wrong] });
          return;
        }
        const host = await factory.openXlsx(bytes);
        setFile({ name: chosen.name, host });
        setUnsaved(false);
        setRevision((r) => r + 1);
      } catch (e) {
        setProblem({ key: "source.openFailed", params: { file: chosen.name, detail: detail(e) } });
      } finally {
        setBusy(null);
      }
    },
    [factory],
  );

  const closeFile = useCallback(() => {
    setFile(null);
    setUnsaved(false);
    setProblem(null);
    setRevision((r) => r + 1);
  }, []);

  const generationTarget = useCallback(async (): Promise<GenerationTarget> => {
    if (excel) return { host: excel, fresh: false, keep: () => touched() };
    if (file) return { host: file.host, fresh: false, keep: () => touched() };
    const host = await factory.createXlsx();
    return {
      host,
      fresh: true,
      keep: (name: string) => {
        setFile({ name, host });
        setProblem(null);
        touched();
      },
    };
  }, [excel, file, factory, touched]);

  const download = useCallback(async () => {
    if (!file) return;
    setBusy("saving");
    setProblem(null);
    try {
      downloadBytes(document, await file.host.save(), downloadName(file.name));
      setUnsaved(false);
    } catch (e) {
      setProblem({ key: "source.saveFailed", params: { detail: detail(e) } });
    } finally {
      setBusy(null);
    }
  }, [file]);

  // a file changed in the browser lives only in this page until downloaded: leaving it asks first
  const dirty = file !== null && unsaved;
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  return useMemo(
    () => ({
      mode,
      host: excel ?? file?.host ?? null,
      live: excel,
      fileName: file?.name ?? null,
      unsaved: file !== null && unsaved,
      revision,
      busy,
      problem,
      openFile,
      closeFile,
      generationTarget,
      touched,
      download,
    }),
    [mode, excel, file, unsaved, revision, busy, problem, openFile, closeFile, generationTarget, touched, download],
  );
}
