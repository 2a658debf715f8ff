import { makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../../domain/findings";
import type { Rubric, Unit } from "../../../domain/types";
import { findingMessage } from "../../../i18n";
import { capitalized } from "../../textCase";
import { useLang, useText } from "../../useText";
import { namedFinding } from "../../namedFinding";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  who: { fontWeight: tokens.fontWeightSemibold },
});

/** Ties, empty places, units passed over and incomplete units, each in a sentence. */
export function RankNotes({ warnings, rubric, units }: { warnings: readonly Finding[]; rubric: Rubric; units: readonly Unit[] }) {
  const styles = useStyles();
  const text = useText();
  const lang = useLang();
  if (warnings.length === 0) return null;
  const missed = { classification: text("rank.missed.classification"), minTotal: text("rank.missed.minTotal") };
  const unitName = (id: string) => units.find((u) => u.id === id)?.name ?? id;
  return (
    <ul className={styles.list} aria-label={text("rank.notes")}>
      {warnings.map((f, i) => (
        <li key={i}>
          {f.unit && <span className={styles.who}>{unitName(f.unit)}: </span>}
          {f.unit ? findingMessage(namedFinding(f, units, missed, rubric), lang) : capitalized(findingMessage(namedFinding(f, units, missed, rubric), lang))}
        </li>
      ))}
    </ul>
  );
}
