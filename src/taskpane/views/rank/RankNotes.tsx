import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../../domain/findings";
import type { Rubric, Unit, VoteOrder } from "../../../domain/types";
import { warningsNotExplained, type UnitExplanation } from "../../../domain/unitExplanations";
import { findingNames, findingParts } from "../../../i18n";
import { explanationLines } from "../../../i18n/explanations";
import { formatNumber } from "../../../i18n/format";
import type { VotedGroup } from "../../../services/rankWorkbook";
import { capitalized } from "../../textCase";
import { useLang, useText } from "../../useText";
import { namedFinding } from "../../namedFinding";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  who: { fontWeight: tokens.fontWeightSemibold },
  change: { marginLeft: tokens.spacingHorizontalS },
});

/**
 * Per unit, each changed score with the stage, old → new and the reason given, and the criteria not applicable
 * (counted in full, or left out with the criteria total brought back to the full scale); then orders the bloc's
 * vote decided (each with a way to change the vote), ties, empty places, units passed over and incomplete units,
 * each in a sentence (a missing reason already told above is not repeated).
 */
export function RankNotes({ warnings: all, explanations = [], voted = [], rubric, units, busy = false, onChangeVote }: { warnings: readonly Finding[]; explanations?: readonly UnitExplanation[]; voted?: readonly VotedGroup[]; rubric: Rubric; units: readonly Unit[]; busy?: boolean; onChangeVote?: (order: VoteOrder) => void }) {
  const styles = useStyles();
  const text = useText();
  const lang = useLang();
  const warnings = warningsNotExplained({ warnings: all, explanations });
  if (warnings.length === 0 && explanations.length === 0 && voted.length === 0) return null;
  const missed = { classification: text("rank.missed.classification"), minTotal: text("rank.missed.minTotal") };
  const names = findingNames(rubric, units);
  const unitName = (id: string) => units.find((u) => u.id === id)?.name ?? id;
  const parts = (f: Finding) => findingParts(namedFinding(f, units, missed, rubric), lang, { surface: "pane", names });
  return (
    <>
      {explanations.length > 0 && (
        <ul className={styles.list} aria-label={text("rank.explanations")}>
          {explanations.map((e) => (
            <li key={e.unit}>
              <span className={styles.who}>{unitName(e.unit)}:</span>
              <ul className={styles.list}>
                {explanationLines(e, lang, rubric.scale.decimals).map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      {(warnings.length > 0 || voted.length > 0) && (
        <ul className={styles.list} aria-label={text("rank.notes")}>
          {voted.map((g) => {
            const who = g.units.map(unitName).join(", ");
            return (
              <li key={`vote:${g.units.join("|")}`}>
                {text("rank.byVote", { units: who, total: formatNumber(g.total, lang, rubric.scale.decimals) })}
                {onChangeVote && (
                  <Button className={styles.change} size="small" disabled={busy} onClick={() => onChangeVote(g.units)} aria-label={text("vote.changeLabel", { units: who })}>
                    {text("vote.change")}
                  </Button>
                )}
              </li>
            );
          })}
          {warnings.map((f, i) => {
            // who and what first (the unit, the item capped), then the sentence
            const p = parts(f);
            const who = [f.unit ? unitName(f.unit) : "", p.item].filter(Boolean).join(", ");
            return (
              <li key={i}>
                {who && <span className={styles.who}>{capitalized(who)}: </span>}
                {who ? p.message : capitalized(p.message)}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
