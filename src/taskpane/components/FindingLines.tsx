import { Caption2, Link, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../domain/findings";
import { findingParts, NO_NAMES, type FindingNames } from "../../i18n";
import { capitalized } from "../textCase";
import { useLang, useText } from "../useText";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorNeutralForeground2 },
  lead: { fontWeight: tokens.fontWeightSemibold },
  code: { color: tokens.colorNeutralForeground4, marginLeft: tokens.spacingHorizontalXS },
});

/**
 * Findings about an input (a rubric, a list of units, the cells that stop a ranking), one line each in words —
 * what it is about and where, then what is wrong and what to do — with the code small at the end.
 */
export function FindingLines({
  findings,
  label,
  names = NO_NAMES,
  onSelect,
}: {
  findings: readonly Finding[];
  label: string;
  names?: FindingNames;
  /** in Excel: a finding's sheet and cell become a link that selects the cell */
  onSelect?: (sheet: string, cell: string) => void;
}) {
  const styles = useStyles();
  const lang = useLang();
  const text = useText();
  if (findings.length === 0) return null;
  return (
    <ul className={styles.list} aria-label={label}>
      {findings.map((f, i) => {
        const p = findingParts(f, lang, { surface: "pane", names });
        const lead = [p.about, p.where].filter(Boolean).join(" — ");
        const sheet = f.source?.sheet;
        const cell = f.source?.cell;
        return (
          <li key={i} className={f.severity === "error" ? styles.error : styles.warning}>
            {lead && onSelect && sheet && cell ? (
              <span className={styles.lead}>
                {p.about && `${capitalized(p.about)} — `}
                <Link as="button" onClick={() => onSelect(sheet, cell)} aria-label={text("validate.selectCell", { sheet, cell })}>
                  {p.about ? p.where : capitalized(p.where)}
                </Link>
                :{" "}
              </span>
            ) : (
              lead && <span className={styles.lead}>{capitalized(lead)}: </span>
            )}
            {lead ? p.message : capitalized(p.message)}
            <Caption2 className={styles.code}>{f.code}</Caption2>
          </li>
        );
      })}
    </ul>
  );
}
