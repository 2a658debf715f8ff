import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Subtitle2, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { Ranking } from "../../../domain/scoreBloc";
import type { Rubric, VoteOrder } from "../../../domain/types";
import { formatNumber } from "../../../i18n/format";
import { useLang, useText } from "../../useText";
import { TieVote } from "./TieVote";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
});

/**
 * The ties the meeting must vote on, a voted order reopened to change it, and — once a vote is written — the
 * order recorded, said in words, with the focus on it (the panel that had the focus is gone).
 */
export function VoteSection({ ranking, rubric, busy, recorded, changing, onRecord, onChange, onKeep }: { ranking: Ranking; rubric: Rubric; busy: boolean; recorded: VoteOrder | null; changing: VoteOrder | null; onRecord: (order: VoteOrder) => void; onChange: (order: VoteOrder) => void; onKeep: () => void }) {
  const styles = useStyles();
  const text = useText();
  const lang = useLang();
  const told = useRef<HTMLDivElement>(null);
  const name = (id: string) => ranking.units.find((u) => u.id === id)?.name ?? id;
  const unit = (id: string) => ranking.units.find((u) => u.id === id);
  const total = (id: string) => formatNumber(unit(id)?.total ?? 0, lang, rubric.scale.decimals);

  useEffect(() => {
    if (recorded) told.current?.focus();
  }, [recorded]);

  const ties = ranking.ties.filter((g) => !changing || !g.some((id) => changing.includes(id)));
  return (
    <>
      {recorded && (
        <MessageBar ref={told} intent="success" layout="multiline" tabIndex={-1}>
          <MessageBarBody>
            <MessageBarTitle>{text("vote.recordedTitle")}</MessageBarTitle>
            {text("vote.recorded", { order: recorded.map((id, i) => `${i + 1}. ${name(id)}`).join("; ") })}
          </MessageBarBody>
          <MessageBarActions>
            <Button disabled={busy || changing !== null} onClick={() => onChange(recorded)} aria-label={text("vote.changeLabel", { units: recorded.map(name).join(", ") })}>
              {text("vote.change")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {(ties.length > 0 || changing) && (
        <section className={styles.section} aria-label={text("vote.heading")}>
          <Subtitle2 as="h3" className={styles.heading}>
            {text("vote.heading")}
          </Subtitle2>
          {changing && (
            <TieVote
              key={`change:${changing.join("|")}`}
              group={changing}
              units={ranking.units}
              title={text("vote.changeTitle", { total: total(changing[0]) })}
              disabled={busy}
              onRecord={onRecord}
              onKeep={onKeep}
              focusOnOpen
            />
          )}
          {ties.map((group) => (
            <TieVote
              key={group.join("|")}
              group={group}
              units={ranking.units}
              title={text("vote.title", { rank: unit(group[0])?.rank ?? "—", total: total(group[0]) })}
              disabled={busy}
              onRecord={onRecord}
            />
          ))}
        </section>
      )}
    </>
  );
}
