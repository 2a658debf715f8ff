import { useCallback, useEffect, useState } from "react";
import type { Finding } from "../../../domain/findings";
import type { Unit } from "../../../domain/types";
import { loadEngine } from "../../lazy/loadEngine";
import { loadXlsxHost } from "../../lazy/loadXlsxHost";
import { useJob } from "../../runner/useJob";
import { useLang, useText } from "../../useText";
import { useWorkbookSource } from "../../workbookSource/context";
import { useOpenBloc } from "../../workbookSource/useOpenBloc";
import { downloadBytes } from "../../workbookSource/files";

export type CopiesResult =
  | { readonly kind: "refused"; readonly findings: readonly Finding[] }
  | { readonly kind: "downloaded"; readonly file: string; readonly copies: readonly string[]; readonly newTokens: number }
  | { readonly kind: "opened"; readonly unit: string; readonly newTokens: number }
  /** inside an Excel without ExcelApi 1.8: no new workbook, said in words with what to do instead */
  | { readonly kind: "noNewWorkbook" };

/**
 * `thidua split` from the pane, through the same service: the bloc's units listed, one unit's copy or all of them.
 * In file mode a copy is a download (all of them one .zip, names in UTF-8); inside Excel one copy opens as a new
 * workbook where Excel can (ExcelApi 1.8) and all copies come as the .zip.
 */
export function useCopies(active: boolean) {
  const text = useText();
  const lang = useLang();
  const source = useWorkbookSource();
  const { host, live, mode } = source;
  const fileName = source.fileName ?? text("generate.workbookFile");
  const job = useJob();
  const { bloc, refused } = useOpenBloc(active, fileName);
  const units = bloc?.units ?? null;
  const [result, setResult] = useState<CopiesResult | null>(null);
  useEffect(() => {
    if (!host) setResult(null);
  }, [host]);
  // a workbook that can't be read says why, as a refused split would
  useEffect(() => {
    if (refused) setResult({ kind: "refused", findings: refused });
  }, [refused]);

  const make = useCallback(
    async (unit: Unit | null) => {
      if (!host) return;
      setResult(null);
      const opensInExcel = mode === "excel" && unit !== null;
      if (opensInExcel && !live?.capabilities.newWorkbook) return setResult({ kind: "noNewWorkbook" });
      await job.run(
        "copies.working",
        "copies.failed",
        async (ctx): Promise<CopiesResult> => {
          const [engine, xlsx] = await Promise.all([loadEngine(), loadXlsxHost()]);
          const out = await engine.splitWorkbook(host, fileName, () => xlsx.createXlsx(), { lang, units: unit ? [unit.id] : undefined, onProgress: ctx.progress });
          if (out.exit !== 0) return { kind: "refused", findings: out.findings.filter((f) => f.severity === "error") };
          const names = engine.copyFileNames(out.copies.map((c) => c.unit));
          const files = await Promise.all(out.copies.map(async (c) => c.host.save()));
          if (!ctx.current()) return { kind: "downloaded", file: "", copies: [], newTokens: out.newTokens };
          if (opensInExcel && live) {
            await live.openNewWorkbook(files[0]);
            return { kind: "opened", unit: out.copies[0].unit.name, newTokens: out.newTokens };
          }
          if (unit) {
            downloadBytes(document, files[0], names[0]);
            return { kind: "downloaded", file: names[0], copies: names, newTokens: out.newTokens };
          }
          const entries = new Map(names.map((n, i) => [n, files[i]] as const));
          const zipName = text("copies.zipName", { bloc: engine.safeFileName(bloc ? `${bloc.name} ${bloc.year}` : "thidua") });
          downloadBytes(document, engine.zip(entries, engine.portableCodec), zipName, "application/zip");
          return { kind: "downloaded", file: zipName, copies: names, newTokens: out.newTokens };
        },
        (r) => {
          setResult(r);
          // the units' tokens were written into the bloc's workbook: it must be saved before the copies go out
          if (r.kind !== "refused" && r.kind !== "noNewWorkbook" && r.newTokens > 0) source.touched();
        },
      );
    },
    [host, mode, live, job, fileName, lang, text, bloc, source],
  );

  return { mode, hasWorkbook: host !== null, units, status: job.status, result, make };
}
