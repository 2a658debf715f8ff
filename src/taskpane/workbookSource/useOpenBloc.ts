import { useEffect, useState } from "react";
import type { Finding } from "../../domain/findings";
import type { Bloc } from "../../domain/types";
import { loadEngine } from "../lazy/loadEngine";
import { createJobRunner } from "../runner/jobRunner";
import { useWorkbookSource } from "./context";

export interface OpenBloc {
  /** the bloc as the open workbook now stores it; null with no workbook, before the first read, or when unreadable */
  readonly bloc: Bloc | null;
  /** why the workbook could not be read (its errors), from the latest read; null otherwise */
  readonly refused: readonly Finding[] | null;
}

const NONE: OpenBloc = { bloc: null, refused: null };

/**
 * The open workbook's bloc, read again whenever the workbook changes while the view is shown; an older read never
 * replaces a newer one. Views that act on the bloc's units (copies, report) list them from here.
 */
export function useOpenBloc(active: boolean, fileName: string): OpenBloc {
  const { host, revision } = useWorkbookSource();
  const [read, setRead] = useState<OpenBloc>(NONE);
  const [reader] = useState(createJobRunner);

  useEffect(() => {
    const ticket = reader.start();
    if (!host) {
      setRead(NONE);
      return;
    }
    if (!active) return;
    void (async () => {
      try {
        const out = await (await loadEngine()).readContents(host, fileName);
        if (!ticket.current()) return;
        setRead(out.ok ? { bloc: out.value.bloc, refused: null } : { bloc: null, refused: out.findings.filter((f) => f.severity === "error") });
      } catch {
        if (ticket.current()) setRead(NONE);
      }
    })();
    return () => reader.cancel();
  }, [host, revision, active, fileName, reader]);

  return read;
}
