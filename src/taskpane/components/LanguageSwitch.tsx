import { Button, makeStyles } from "@fluentui/react-components";
import { useContext } from "react";
import { loadUiText } from "../lazy/loadUiText";
import { LangContext, useText } from "../useText";

const useStyles = makeStyles({
  button: { flexShrink: 0 },
});

/**
 * One button naming the other language in that language, as officials look for the word they can read. Its
 * accessible name is that visible word (speech users say what they see); what it does is its description. The
 * other language's words are fetched as the pointer or focus reaches the button, so the press switches at once.
 */
export function LanguageSwitch({ onToggle }: { onToggle: () => void }) {
  const styles = useStyles();
  const text = useText();
  const other = useContext(LangContext) === "vi" ? "en" : "vi";
  // a failure here is told by the press itself (useApp), when it is tried again
  const prefetch = () => void loadUiText(other).catch(() => undefined);
  return (
    <Button className={styles.button} appearance="subtle" size="small" onClick={onToggle} onPointerEnter={prefetch} onFocus={prefetch} title={text("lang.switchLabel")}>
      <span lang={other}>{text("lang.switch")}</span>
    </Button>
  );
}
