import { Button, makeStyles } from "@fluentui/react-components";
import { useContext } from "react";
import { LangContext, useText } from "../useText";

const useStyles = makeStyles({
  button: { flexShrink: 0 },
});

/** One button naming the other language in that language, as officials look for the word they can read. */
export function LanguageSwitch({ onToggle }: { onToggle: () => void }) {
  const styles = useStyles();
  const text = useText();
  const other = useContext(LangContext) === "vi" ? "en" : "vi";
  return (
    <Button className={styles.button} appearance="subtle" size="small" onClick={onToggle} aria-label={text("lang.switchLabel")}>
      <span lang={other}>{text("lang.switch")}</span>
    </Button>
  );
}
