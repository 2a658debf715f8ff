import { useCallback, useEffect, useRef, useState } from "react";
import type { StageChoice, VoteOrder } from "../../../domain/types";
import type { RankOutcome } from "../../../services/rankWorkbook";
import { loadEngine } from "../../lazy/loadEngine";
import { useText } from "../../useText";
import { useWorkbookSource } from "../../workbookSource/context";
import type { Problem } from "../../workbookSource/types";

export type RankStatus =
  | { readonly kind: "idle" }
  | { readonly kind: "working"; readonly label: "rank.working" | "rank.recording" }
  | { readonly kind: "failed"; readonly problem: Problem };

function detail(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).slice(0, 200);
}

/** Ranks the workbook at the chosen stage whenever the view is shown and the workbook changed since. */
export function useRank(active: boolean) {
  const text = useText();
  const source = useWorkbookSource();
  const { host, revision } = source;
  const fileName = source.fileName ?? text("generate.workbookFile");
  const [stage, setStage] = useState<StageChoice>("final");
  const [outcome, setOutcome] = useState<RankOutcome | null>(null);
  const [status, setStatus] = useState<RankStatus>({ kind: "idle" });
  const [voteMessage, setVoteMessage] = useState<RankOutcome["findings"] | null>(null);
  const ranked = useRef<string | null>(null);

  const rank = useCallback(async () => {
    if (!host) return;
    setStatus({ kind: "working", label: "rank.working" });
    try {
      const engine = await loadEngine();
      setOutcome(await engine.rankWorkbook(host, fileName, stage));
      setStatus({ kind: "idle" });
    } catch (e) {
      setStatus({ kind: "failed", problem: { key: "rank.failed", params: { detail: detail(e) } } });
    }
  }, [host, fileName, stage]);

  useEffect(() => {
    const key = `${revision}/${stage}`;
    if (!active || !host || ranked.current === key) return;
    ranked.current = key;
    void rank();
  }, [active, host, revision, stage, rank]);

  useEffect(() => {
    if (!host) setOutcome(null);
  }, [host]);

  const vote = useCallback(
    async (order: VoteOrder) => {
      if (!host) return;
      setStatus({ kind: "working", label: "rank.recording" });
      setVoteMessage(null);
      try {
        const out = await (await loadEngine()).recordVote(host, fileName, order);
        if (out.exit !== 0) {
          setVoteMessage(out.findings);
          setStatus({ kind: "idle" });
          return;
        }
        source.touched(); // the workbook changed: the effect above ranks it again
      } catch (e) {
        setStatus({ kind: "failed", problem: { key: "rank.voteFailed", params: { detail: detail(e) } } });
      }
    },
    [host, fileName, source],
  );

  return { mode: source.mode, hasWorkbook: host !== null, stage, setStage, outcome, status, rank, vote, voteMessage };
}

export type RankState = ReturnType<typeof useRank>;
