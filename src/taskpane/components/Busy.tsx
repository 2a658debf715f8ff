import { makeStyles, Spinner, tokens } from "@fluentui/react-components";
import type { UiKey } from "../../i18n/ui";
import { useText } from "../useText";

const useStyles = makeStyles({
  busy: { justifyContent: "flex-start", paddingBlock: tokens.spacingVerticalXS },
});

/** A spinner with what is being done; announced politely to screen readers. */
export function Busy({ label }: { label: UiKey }) {
  const styles = useStyles();
  const text = useText();
  return (
    <div role="status" aria-live="polite">
      <Spinner className={styles.busy} size="tiny" labelPosition="after" label={text(label)} />
    </div>
  );
}
