import { Body1, Button, Caption1, Dropdown, Field, makeStyles, MessageBar, MessageBarBody, Option, Subtitle2, tokens } from "@fluentui/react-components";
import type { StageChoice } from "../../domain/types";
import { stageName } from "../../i18n";
import { formatNumber } from "../../i18n/format";
import { Busy } from "../components/Busy";
import { FindingLines } from "../components/FindingLines";
import { ProblemMessage } from "../components/ProblemMessage";
import { capitalized } from "../textCase";
import { useLang, useText } from "../useText";
import { RankNotes } from "./rank/RankNotes";
import { RankTable } from "./rank/RankTable";
import { TieVote } from "./rank/TieVote";
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
          <FindingLines findings={outcome.findings.filter((f) => f.severity === "error")} label={text("generate.problems")} />
        </>
      )}
      {ranking && rubric && (
        <>
          <RankTable ranking={ranking} rubric={rubric} />
          {ranking.ties.length > 0 && (
            <section className={styles.section} aria-label={text("vote.heading")}>
              <Subtitle2 as="h3" className={styles.heading}>
                {text("vote.heading")}
              </Subtitle2>
              {ranking.ties.map((group) => {
                const first = ranking.units.find((u) => u.id === group[0]);
                return (
                  <TieVote
                    key={group.join("|")}
                    group={group}
                    units={ranking.units}
                    rank={first?.rank ?? null}
                    total={formatNumber(first?.total ?? 0, lang, rubric.scale.decimals)}
                    disabled={busy}
                    onRecord={(order) => void state.vote(order)}
                  />
                );
              })}
            </section>
          )}
          {(ranking.warnings.length > 0 || ranking.explanations.length > 0) && (
            <section className={styles.section} aria-label={text("rank.notes")}>
              <Subtitle2 as="h3" className={styles.heading}>
                {text("rank.notes")}
              </Subtitle2>
              <RankNotes warnings={ranking.warnings} explanations={ranking.explanations} rubric={rubric} units={ranking.units} />
            </section>
          )}
          <Caption1 className={styles.note}>{text("rank.formulas")}</Caption1>
        </>
      )}
    </div>
  );
}
