import { useCallback, useState } from "react";
import type { Finding } from "../../../domain/findings";
import { loadEngine } from "../../lazy/loadEngine";
import { useJob } from "../../runner/useJob";
import { useText } from "../../useText";
import { useWorkbookSource } from "../../workbookSource/context";

export type TargetsResult = { readonly kind: "written"; readonly count: number } | { readonly kind: "refused"; readonly findings: readonly Finding[] };

/** Targets for every unit of one measured criterion, from a pasted column, through the same service the tests use. */
export function useTargets() {
  const text = useText();
  const source = useWorkbookSource();
  const { host } = source;
  const fileName = source.fileName ?? text("generate.workbookFile");
  const job = useJob();
  const [result, setResult] = useState<TargetsResult | null>(null);

  const write = useCallback(
    async (item: string, pasted: string) => {
      if (!host) return;
      setResult(null);
      await job.run(
        "targets.working",
        "targets.failed",
        async () => (await loadEngine()).pasteTargets(host, fileName, item, pasted),
        (out) => {
          if (out.exit !== 0) return setResult({ kind: "refused", findings: out.findings.filter((f) => f.severity === "error") });
          setResult({ kind: "written", count: out.written });
          // the validate view checks the workbook again on this
          if (out.written > 0) source.touched();
        },
      );
    },
    [host, fileName, job, source],
  );

  return { status: job.status, result, write, clear: () => setResult(null) };
}
