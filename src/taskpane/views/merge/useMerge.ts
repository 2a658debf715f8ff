import { useCallback, useState } from "react";
import type { Finding } from "../../../domain/findings";
import { findingNames, NO_NAMES, type FindingNames } from "../../../i18n";
import type { MergeCopy } from "../../../services/mergeCopies";
import { loadEngine } from "../../lazy/loadEngine";
import { loadXlsxHost } from "../../lazy/loadXlsxHost";
import { useJob } from "../../runner/useJob";
import { useText } from "../../useText";
import { useWorkbookSource } from "../../workbookSource/context";
import { readFileBytes } from "../../workbookSource/files";
import { reviewCopies, type MergeReview } from "./triage";

export type MergeResult = { readonly kind: "written"; readonly changes: number; readonly copies: number } | { readonly kind: "nothing" };

/**
 * `thidua merge` from the pane, through the same service: returned files read (a bar while there are many),
 * every change and every refused copy listed, then all accepted changes written in one action, or nothing.
 */
export function useMerge() {
  const text = useText();
  const source = useWorkbookSource();
  const { host } = source;
  const fileName = source.fileName ?? text("generate.workbookFile");
  const job = useJob();
  const [review, setReview] = useState<(MergeReview & { readonly names: FindingNames }) | null>(null);
  const [result, setResult] = useState<MergeResult | null>(null);

  const choose = useCallback(
    async (files: readonly File[]) => {
      if (!host || files.length === 0) return;
      setReview(null);
      setResult(null);
      await job.run(
        "merge.reading",
        "merge.failed",
        async (ctx) => {
          const [engine, xlsx] = await Promise.all([loadEngine(), loadXlsxHost()]);
          const copies: MergeCopy[] = [];
          const unreadable = new Map<string, readonly Finding[]>();
          for (const [i, file] of files.entries()) {
            const opened = await engine.openBytes(await readFileBytes(file), (b) => xlsx.openXlsx(b), file.name);
            if (opened.ok) copies.push({ file: file.name, host: opened.value });
            else unreadable.set(file.name, opened.findings);
            ctx.progress(i + 1, files.length);
          }
          const contents = await engine.readContents(host, fileName);
          const names = contents.ok ? findingNames(contents.value.rubric, contents.value.bloc.units) : NO_NAMES;
          return { ...(await reviewCopies(engine.mergeCopies, host, fileName, copies, unreadable)), names };
        },
        setReview,
      );
    },
    [host, fileName, job],
  );

  const write = useCallback(async () => {
    if (!host || review?.kind !== "review" || review.accepted.length === 0) return;
    const accepted = review.accepted;
    await job.run(
      "merge.writing",
      "merge.writeFailed",
      async () => (await loadEngine()).mergeCopies(host, fileName, accepted, { write: true }),
      (out) => {
        if (out.exit !== 0) return setReview({ kind: "blocked", findings: out.findings.filter((f) => f.severity === "error"), names: review.names });
        setReview(null);
        setResult(out.written ? { kind: "written", changes: out.changes.length, copies: accepted.length } : { kind: "nothing" });
        if (out.written) source.touched();
      },
    );
  }, [host, review, fileName, job, source]);

  const clear = useCallback(() => {
    job.reset();
    setReview(null);
    setResult(null);
  }, [job]);

  return { mode: source.mode, hasWorkbook: host !== null, status: job.status, review, result, choose, write, clear };
}
