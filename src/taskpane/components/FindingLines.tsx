import { makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../domain/findings";
import { renderFinding } from "../../i18n";
import { useLang } from "../useText";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorNeutralForeground2 },
});

/** Findings about an input (a rubric, a list of units), one line each as the command line prints them. */
export function FindingLines({ findings, label }: { findings: readonly Finding[]; label: string }) {
  const styles = useStyles();
  const lang = useLang();
  if (findings.length === 0) return null;
  return (
    <ul className={styles.list} aria-label={label}>
      {findings.map((f, i) => (
        <li key={i} className={f.severity === "error" ? styles.error : styles.warning}>
          {renderFinding(f, lang)}
        </li>
      ))}
    </ul>
  );
}
