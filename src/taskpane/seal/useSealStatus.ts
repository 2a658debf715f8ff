import { useEffect, useState } from "react";
import type { SealStatus } from "../../services/sealStatus";
import { loadEngine } from "../lazy/loadEngine";
import { errorDetail } from "../runner/useJob";
import { useWorkbookSource } from "../workbookSource/context";
import { createJobRunner } from "../runner/jobRunner";

export type SealStatusState = { readonly status: SealStatus | null; readonly error: string | null };

/** The open workbook's seal, read again after every write; an older read never replaces a newer one. */
export function useSealStatus(): SealStatusState {
  const { host, revision } = useWorkbookSource();
  const [state, setState] = useState<SealStatusState>({ status: null, error: null });
  const [runner] = useState(createJobRunner);
  useEffect(() => {
    const ticket = runner.start();
    if (!host) {
      setState({ status: null, error: null });
      return;
    }
    void (async () => {
      try {
        const status = await (await loadEngine()).sealStatus(host);
        if (ticket.current()) setState({ status, error: null });
      } catch (e) {
        if (ticket.current()) setState({ status: null, error: errorDetail(e) });
      }
    })();
    return () => runner.cancel();
  }, [host, revision, runner]);
  return state;
}
