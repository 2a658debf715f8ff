import { Button, makeStyles } from "@fluentui/react-components";
import { useContext } from "react";
import { LangContext, useText } from "../useText";

const useStyles = makeStyles({
  button: { flexShrink: 0 },
});

/**
 * One button naming the other language in that language, as officials look for the word they can read. Its
 * accessible name is that visible word (speech users say what they see); what it does is its description.
 */
export function LanguageSwitch({ onToggle }: { onToggle: () => void }) {
  const styles = useStyles();
  const text = useText();
  const other = useContext(LangContext) === "vi" ? "en" : "vi";
  return (
    <Button className={styles.button} appearance="subtle" size="small" onClick={onToggle} title={text("lang.switchLabel")}>
      <span lang={other}>{text("lang.switch")}</span>
    </Button>
  );
}
