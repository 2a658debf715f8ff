import { useCallback, useEffect, useState } from "react";
import type { CalendarDate } from "../../../domain/calendarDate";
import type { Finding } from "../../../domain/findings";
import { loadEngine } from "../../lazy/loadEngine";
import { useJob } from "../../runner/useJob";
import { useLang, useText } from "../../useText";
import { useWorkbookSource } from "../../workbookSource/context";
import { useOpenBloc } from "../../workbookSource/useOpenBloc";

export interface ReportForm {
  readonly place: string;
  readonly date: CalendarDate;
  /** unit ids; null: none named */
  readonly head: string | null;
  readonly deputy: string | null;
}

export type ReportResult = { readonly kind: "done"; readonly sheet: string } | { readonly kind: "refused"; readonly findings: readonly Finding[] };

/** `thidua report` from the pane, through the same service: the bloc's units for the form, then the sheet added. */
export function useReport(active: boolean) {
  const text = useText();
  const lang = useLang();
  const source = useWorkbookSource();
  const { host } = source;
  const fileName = source.fileName ?? text("generate.workbookFile");
  const job = useJob();
  const { bloc } = useOpenBloc(active, fileName);
  const [result, setResult] = useState<ReportResult | null>(null);
  useEffect(() => {
    if (!host) setResult(null);
  }, [host]);

  const make = useCallback(
    async (form: ReportForm) => {
      if (!host) return;
      setResult(null);
      await job.run(
        "report.working",
        "report.failed",
        async () =>
          (await loadEngine()).reportWorkbook(host, fileName, { place: form.place.trim() || null, date: form.date, head: form.head ?? undefined, deputy: form.deputy ?? undefined, lang }),
        (out) => {
          if (out.exit !== 0 || !out.sheet) return setResult({ kind: "refused", findings: out.findings.filter((f) => f.severity === "error") });
          setResult({ kind: "done", sheet: out.sheet });
          source.touched();
        },
      );
    },
    [host, fileName, lang, job, source],
  );

  return { mode: source.mode, hasWorkbook: host !== null, bloc, status: job.status, result, make, download: source.download, unsaved: source.unsaved };
}
