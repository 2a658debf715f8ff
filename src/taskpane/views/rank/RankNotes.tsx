import { makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../../domain/findings";
import type { Rubric, Unit } from "../../../domain/types";
import { warningsNotExplained, type UnitExplanation } from "../../../domain/unitExplanations";
import { findingMessage } from "../../../i18n";
import { explanationLines } from "../../../i18n/explanations";
import { capitalized } from "../../textCase";
import { useLang, useText } from "../../useText";
import { namedFinding } from "../../namedFinding";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  who: { fontWeight: tokens.fontWeightSemibold },
});

/**
 * Per unit, each changed score with the stage, old → new and the reason given, and the criteria not applicable
 * (counted in full, or left out with the criteria total brought back to the full scale); then ties, empty places,
 * units passed over and incomplete units, each in a sentence (a missing reason already told above is not repeated).
 */
export function RankNotes({ warnings: all, explanations = [], rubric, units }: { warnings: readonly Finding[]; explanations?: readonly UnitExplanation[]; rubric: Rubric; units: readonly Unit[] }) {
  const styles = useStyles();
  const text = useText();
  const lang = useLang();
  const warnings = warningsNotExplained({ warnings: all, explanations });
  if (warnings.length === 0 && explanations.length === 0) return null;
  const missed = { classification: text("rank.missed.classification"), minTotal: text("rank.missed.minTotal") };
  const unitName = (id: string) => units.find((u) => u.id === id)?.name ?? id;
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
      {warnings.length > 0 && (
        <ul className={styles.list} aria-label={text("rank.notes")}>
          {warnings.map((f, i) => (
            <li key={i}>
              {f.unit && <span className={styles.who}>{unitName(f.unit)}: </span>}
              {f.unit ? findingMessage(namedFinding(f, units, missed, rubric), lang) : capitalized(findingMessage(namedFinding(f, units, missed, rubric), lang))}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
