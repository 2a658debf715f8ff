import { useCallback, useEffect, useRef, useState } from "react";
import type { StageChoice, VoteOrder } from "../../../domain/types";
import type { RankOutcome } from "../../../services/rankWorkbook";
import { loadEngine } from "../../lazy/loadEngine";
import { useText } from "../../useText";
import { useWorkbookSource } from "../../workbookSource/context";
import { useJob, type JobStatus } from "../../runner/useJob";

export type RankStatus = JobStatus;

/** Ranks the workbook at the chosen stage whenever the view is shown and the workbook changed since. */
export function useRank(active: boolean) {
  const text = useText();
  const source = useWorkbookSource();
  const { host, revision } = source;
  const fileName = source.fileName ?? text("generate.workbookFile");
  const [stage, setStage] = useState<StageChoice>("final");
  const [outcome, setOutcome] = useState<RankOutcome | null>(null);
  const { status, run } = useJob();
  const [voteMessage, setVoteMessage] = useState<RankOutcome["findings"] | null>(null);
  const ranked = useRef<string | null>(null);

  const rank = useCallback(async () => {
    if (!host) return;
    await run("rank.working", "rank.failed", async () => (await loadEngine()).rankWorkbook(host, fileName, stage), setOutcome);
  }, [host, fileName, stage, run]);

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
      setVoteMessage(null);
      await run("rank.recording", "rank.voteFailed", async () => (await loadEngine()).recordVote(host, fileName, order), (out) => {
        if (out.exit !== 0) setVoteMessage(out.findings);
        else source.touched(); // the workbook changed: the effect above ranks it again
      });
    },
    [host, fileName, source, run],
  );

  return { mode: source.mode, hasWorkbook: host !== null, stage, setStage, outcome, status, rank, vote, voteMessage };
}

export type RankState = ReturnType<typeof useRank>;
