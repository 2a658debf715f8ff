import { makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { UiKey } from "../../i18n/ui";
import { useText } from "../useText";

// A ring drawn by CSS rather than Fluent's Spinner: this is in the pane's first load, and Fluent's Spinner (with
// the Label it brings) weighed ~3.5 KB gzipped there. Same size as the tiny Spinner (20 px, 2 px stroke), same
// roles: a progressbar named by its visible words.
const useStyles = makeStyles({
  busy: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, paddingBlock: tokens.spacingVerticalXS },
  ring: {
    flexShrink: 0,
    boxSizing: "border-box",
    width: "20px",
    height: "20px",
    borderRadius: tokens.borderRadiusCircular,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke2}`,
    borderTopColor: tokens.colorBrandStroke1,
    animationName: { from: { transform: "rotate(0deg)" }, to: { transform: "rotate(360deg)" } },
    animationDuration: "1s",
    animationTimingFunction: "linear",
    animationIterationCount: "infinite",
    // still turning, only slower, for those who asked the system for less motion
    "@media (prefers-reduced-motion: reduce)": { animationDuration: "3s" },
  },
  label: { color: tokens.colorNeutralForeground1, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
});

/** A spinner with what is being done; announced politely to screen readers. */
export function Busy({ label }: { label: UiKey }) {
  const styles = useStyles();
  const text = useText();
  const id = useId();
  return (
    <div role="status" aria-live="polite">
      <div className={styles.busy} role="progressbar" aria-labelledby={id}>
        <span className={styles.ring} aria-hidden="true" />
        <span id={id} className={styles.label}>
          {text(label)}
        </span>
      </div>
    </div>
  );
}
