import { Body1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { UiKey } from "../../i18n/ui";
import { useText } from "../useText";

const useStyles = makeStyles({
  intro: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
});

/** A view's heading and one sentence on what it is for. */
export function ViewIntro({ title, intro }: { title: UiKey; intro: UiKey }) {
  const styles = useStyles();
  const text = useText();
  return (
    <section className={styles.intro}>
      <Subtitle2 as="h2" className={styles.heading}>{text(title)}</Subtitle2>
      <Body1>{text(intro)}</Body1>
    </section>
  );
}
