import { useCallback, useState } from "react";
import type { AgreedRubric, BoardBloc } from "../../../services/boardCheck";
import type { BoardRowView } from "../../../workbook/boardSheet";
import { loadEngine } from "../../lazy/loadEngine";
import { loadXlsxHost } from "../../lazy/loadXlsxHost";
import { useJob } from "../../runner/useJob";
import { useLang, useText } from "../../useText";
import { useWorkbookSource } from "../../workbookSource/context";
import { downloadBytes, readFileBytes, readFileText } from "../../workbookSource/files";

export type SummaryResult = { readonly kind: "opened" } | { readonly kind: "downloaded"; readonly file: string };

function isoToday(): string {
  const now = new Date();
  const two = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/**
 * `thidua board` from the pane, through the same services: the chosen workbooks (a folder's worth) checked one by
 * one with a bar, against the agreed rubrics when given, and the summary workbook made from what was found.
 */
export function useBoard() {
  const text = useText();
  const lang = useLang();
  const { mode, live } = useWorkbookSource();
  const job = useJob();
  const [rubricFiles, setRubricFiles] = useState<readonly File[]>([]);
  const [blocFiles, setBlocFiles] = useState<readonly File[]>([]);
  const [blocs, setBlocs] = useState<readonly BoardBloc[] | null>(null);
  const [rows, setRows] = useState<readonly BoardRowView[]>([]);
  const [summary, setSummary] = useState<SummaryResult | null>(null);
  const [none, setNone] = useState(false);

  const check = useCallback(
    async (workbooks: readonly File[], rubrics: readonly File[]) => {
      setSummary(null);
      const xlsx = workbooks.filter((f) => /\.xlsx$/i.test(f.name));
      setNone(workbooks.length > 0 && xlsx.length === 0);
      if (xlsx.length === 0) return setBlocs(null);
      await job.run(
        "board.checking",
        "board.failed",
        async (ctx) => {
          const [engine, host] = await Promise.all([loadEngine(), loadXlsxHost()]);
          const agreed = await Promise.all(
            rubrics.map(async (f): Promise<AgreedRubric> => {
              const r = engine.rubricFromText(await readFileText(f), f.name);
              return r.ok ? { file: f.name, rubric: r.value, findings: r.findings } : { file: f.name, findings: r.findings };
            }),
          );
          const entries = xlsx.map((f) => ({ file: f.name, open: async () => engine.openBytes(await readFileBytes(f), (b) => host.openXlsx(b), f.name) }));
          const checked = await engine.checkBoard(entries, agreed, (done, total) => ctx.progress(done, total));
          return { checked, rows: engine.boardView(checked, lang).rows };
        },
        (out) => {
          setBlocs(out.checked);
          setRows(out.rows);
        },
      );
    },
    [job, lang],
  );

  const chooseBlocs = useCallback(
    (files: readonly File[]) => {
      setBlocFiles(files);
      void check(files, rubricFiles);
    },
    [check, rubricFiles],
  );

  const chooseRubrics = useCallback(
    (files: readonly File[]) => {
      const json = files.filter((f) => /\.json$/i.test(f.name));
      setRubricFiles(json);
      if (blocFiles.length > 0) void check(blocFiles, json);
    },
    [check, blocFiles],
  );

  const opensInExcel = mode === "excel" && live?.capabilities.newWorkbook === true;

  const makeSummary = useCallback(async () => {
    if (!blocs) return;
    const shown = blocs;
    await job.run(
      "board.summaryWorking",
      "board.summaryFailed",
      async (): Promise<SummaryResult> => {
        const [engine, host] = await Promise.all([loadEngine(), loadXlsxHost()]);
        const date = isoToday();
        const book = host.createXlsx();
        await book.applyPlan(engine.boardSummaryPlan(shown, lang, date));
        const bytes = await book.save();
        if (opensInExcel && live) {
          await live.openNewWorkbook(bytes);
          return { kind: "opened" };
        }
        const file = text("board.summaryName", { date });
        downloadBytes(document, bytes, file);
        return { kind: "downloaded", file };
      },
      setSummary,
    );
  }, [blocs, job, lang, text, opensInExcel, live]);

  return { mode, status: job.status, blocs, rows, none, rubricFiles, summary, opensInExcel, chooseBlocs, chooseRubrics, makeSummary };
}
