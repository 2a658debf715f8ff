import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { findingMessage } from "../../i18n";
import { capitalized } from "../textCase";
import type { Problem } from "../workbookSource/types";
import { useLang, useText } from "../useText";

const useStyles = makeStyles({
  list: { margin: 0, marginTop: tokens.spacingVerticalXS, paddingLeft: tokens.spacingHorizontalL },
});

/** Something went wrong, in words, with what to do: every text under `problem.` and `source.` says both. */
export function ProblemMessage({ problem }: { problem: Problem }) {
  const styles = useStyles();
  const text = useText();
  const lang = useLang();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{text("problem.title")}</MessageBarTitle>
        {text(problem.key, problem.params)}
        {problem.findings && problem.findings.length > 0 && (
          <ul className={styles.list}>
            {problem.findings.map((f, i) => (
              <li key={i}>{capitalized(findingMessage(f, lang, { surface: "pane" }))}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
