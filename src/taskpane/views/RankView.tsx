import { Body1, Button, Caption1, Dropdown, Field, makeStyles, MessageBar, MessageBarBody, Option, Subtitle2, tokens } from "@fluentui/react-components";
import { useRef } from "react";
import type { StageChoice, VoteOrder } from "../../domain/types";
import { findingNames, stageName } from "../../i18n";
import { Busy } from "../components/Busy";
import { FindingLines } from "../components/FindingLines";
import { ProblemMessage } from "../components/ProblemMessage";
import { capitalized } from "../textCase";
import { useLang, useText } from "../useText";
import { RankNotes } from "./rank/RankNotes";
import { RankTable } from "./rank/RankTable";
import { VoteSection } from "./rank/VoteSection";
import { useRank } from "./rank/useRank";
import { ViewIntro } from "./ViewIntro";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  controls: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalM },
  stage: { minWidth: "180px" },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  note: { color: tokens.colorNeutralForeground3 },
});

/** Xếp hạng: the ranking at a chosen stage, ties to vote on, and every empty place or passed-over unit explained. */
export function RankView({ active }: { active: boolean }) {
  const styles = useStyles();
  const text = useText();
  const lang = useLang();
  const state = useRank(active);
  const { outcome, status } = state;
  const rubric = outcome?.rubric;
  const ranking = outcome?.ranking;
  const busy = status.kind === "working";
  const stages: StageChoice[] = rubric ? [...rubric.stages, "final"] : ["final"];
  const voted = outcome?.voted ?? [];
  // "change the vote" opens the panel with the focus in it; "keep it" closes it and gives the focus back
  const opener = useRef<HTMLElement | null>(null);
  const openVote = (order: VoteOrder) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    state.changeVote(order);
  };
  const keepVote = () => {
    state.changeVote(null);
    setTimeout(() => opener.current?.isConnected && opener.current.focus(), 0);
  };
  return (
    <div className={styles.view}>
      <ViewIntro title="view.rank.title" intro="view.rank.intro" />
      {!state.hasWorkbook && <Body1>{text("job.needFile")}</Body1>}
      {state.hasWorkbook && (
        <div className={styles.controls}>
          <Field label={text("rank.stage")}>
            <Dropdown
              className={styles.stage}
              value={capitalized(stageName(state.stage, lang))}
              selectedOptions={[state.stage]}
              onOptionSelect={(_, d) => d.optionValue && state.setStage(d.optionValue as StageChoice)}
            >
              {stages.map((s) => (
                <Option key={s} value={s}>
                  {capitalized(stageName(s, lang))}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Button onClick={() => void state.rank()} disabled={busy}>
            {text("rank.again")}
          </Button>
        </div>
      )}
      {status.kind === "working" && <Busy label={status.label} />}
      {status.kind === "failed" && <ProblemMessage problem={status.problem} />}
      {state.voteMessage && <FindingLines findings={state.voteMessage} label={text("vote.problems")} />}
      {outcome && !ranking && (
        <>
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{text(outcome.exit === 1 ? "rank.dataErrors" : "rank.notWorkbook")}</MessageBarBody>
          </MessageBar>
          <FindingLines findings={outcome.findings.filter((f) => f.severity === "error")} label={text("generate.problems")} names={findingNames(outcome.rubric, outcome.bloc?.units)} />
        </>
      )}
      {ranking && rubric && (
        <>
          <RankTable ranking={ranking} rubric={rubric} />
          <VoteSection
            ranking={ranking}
            rubric={rubric}
            busy={busy}
            recorded={state.recorded}
            changing={state.changing}
            onRecord={(order) => void state.vote(order)}
            onChange={openVote}
            onKeep={keepVote}
          />
          {(ranking.warnings.length > 0 || ranking.explanations.length > 0 || voted.length > 0) && (
            <section className={styles.section} aria-label={text("rank.notes")}>
              <Subtitle2 as="h3" className={styles.heading}>
                {text("rank.notes")}
              </Subtitle2>
              <RankNotes warnings={ranking.warnings} explanations={ranking.explanations} voted={voted} rubric={rubric} units={ranking.units} busy={busy} onChangeVote={openVote} />
            </section>
          )}
          <Caption1 className={styles.note}>{text("rank.formulas")}</Caption1>
        </>
      )}
    </div>
  );
}
