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
  // the order just recorded (told until the next vote or stage), and a voted group reopened to change it
  const [recorded, setRecorded] = useState<VoteOrder | null>(null);
  const [changing, setChanging] = useState<VoteOrder | null>(null);
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
    setRecorded(null);
    setChanging(null);
  }, [host, stage]);

  const vote = useCallback(
    async (order: VoteOrder) => {
      if (!host) return;
      setVoteMessage(null);
      setRecorded(null);
      await run("rank.recording", "rank.voteFailed", async () => (await loadEngine()).recordVote(host, fileName, order), (out) => {
        if (out.exit !== 0) return setVoteMessage(out.findings);
        setRecorded(order);
        setChanging(null);
        source.touched(); // the workbook changed: the effect above ranks it again
      });
    },
    [host, fileName, source, run],
  );

  return { mode: source.mode, hasWorkbook: host !== null, stage, setStage, outcome, status, rank, vote, voteMessage, recorded, changing, changeVote: setChanging };
}

export type RankState = ReturnType<typeof useRank>;
