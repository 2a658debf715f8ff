import { useCallback, useState } from "react";
import type { Finding } from "../../../domain/findings";
import type { StageChoice } from "../../../domain/types";
import { loadEngine } from "../../lazy/loadEngine";
import { useJob } from "../../runner/useJob";
import { useText } from "../../useText";
import { useWorkbookSource } from "../../workbookSource/context";

export type SealResult =
  | { readonly kind: "sealed"; readonly by: string; readonly at: string }
  | { readonly kind: "unsealed" }
  | { readonly kind: "refused"; readonly findings: readonly Finding[] };

/** Seal and unseal through the services, which make every check (validate's verdict first) and write the record. */
export function useSeal() {
  const text = useText();
  const source = useWorkbookSource();
  const { host } = source;
  const fileName = source.fileName ?? text("generate.workbookFile");
  const job = useJob();
  const [result, setResult] = useState<SealResult | null>(null);

  const seal = useCallback(
    async (by: string, stage: StageChoice) => {
      if (!host) return;
      setResult(null);
      await job.run("seal.working", "seal.failed", async () => (await loadEngine()).sealWorkbook(host, fileName, { by, stage, now: new Date() }), (out) => {
        if (out.exit !== 0 || !out.seal) return setResult({ kind: "refused", findings: out.findings.filter((f) => f.severity === "error") });
        setResult({ kind: "sealed", by: out.seal.by, at: out.seal.at });
        source.touched();
      });
    },
    [host, fileName, job, source],
  );

  const unseal = useCallback(
    async (by: string, reason: string) => {
      if (!host) return;
      setResult(null);
      await job.run("unseal.working", "unseal.failed", async () => (await loadEngine()).unsealWorkbook(host, fileName, { by, reason, now: new Date() }), (out) => {
        if (out.exit !== 0) return setResult({ kind: "refused", findings: out.findings });
        setResult({ kind: "unsealed" });
        source.touched();
      });
    },
    [host, fileName, job, source],
  );

  return { mode: source.mode, hasWorkbook: host !== null, status: job.status, result, seal, unseal };
}

export type SealState = ReturnType<typeof useSeal>;
