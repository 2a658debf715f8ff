import { makeStyles, tokens } from "@fluentui/react-components";
import { findingMessage } from "../../i18n/findingText";
import type { Finding } from "../../domain/findings";
import { capitalized } from "../textCase";
import { useLang } from "../useText";

const useStyles = makeStyles({
  list: { margin: 0, marginTop: tokens.spacingVerticalXS, paddingLeft: tokens.spacingHorizontalL },
});

/**
 * A problem's findings in words. A chunk of its own (see ProblemMessage): the findings' text tables in both
 * languages are too heavy for the pane's first load, and a problem with findings only comes after the engine.
 */
export function ProblemFindings({ findings }: { findings: readonly Finding[] }) {
  const styles = useStyles();
  const lang = useLang();
  return (
    <ul className={styles.list}>
      {findings.map((f, i) => (
        <li key={i}>{capitalized(findingMessage(f, lang, { surface: "pane" }))}</li>
      ))}
    </ul>
  );
}
