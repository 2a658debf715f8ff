import { Badge, Button, Caption2, Link, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../../domain/findings";
import type { Unit } from "../../../domain/types";
import { findingParts, NO_NAMES, type FindingNames } from "../../../i18n";
import { formatNumber } from "../../../i18n/format";
import { quickFix } from "../../../services/quickFixes";
import { namedFinding } from "../../namedFinding";
import { capitalized } from "../../textCase";
import { useLang, useText } from "../../useText";

const useStyles = makeStyles({
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, padding: `${tokens.spacingVerticalXS} 0` },
  line: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalS },
  about: { fontWeight: tokens.fontWeightSemibold },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  badge: { flexShrink: 0 },
  code: { color: tokens.colorNeutralForeground4 },
});

/**
 * One finding in the order an official reads it: what it is about (the criterion by name, the stage), where (a
 * sheet and cell that selects itself in Excel), what is wrong and what to do, a fix if one is safe — and the
 * code, small and last, for whoever answers a question about it.
 */
export function FindingItem({ finding: f, units, names = NO_NAMES, busy, onSelect, onFix }: { finding: Finding; units: readonly Unit[]; names?: FindingNames; busy: boolean; onSelect: ((sheet: string, cell: string) => void) | null; onFix: (f: Finding) => void }) {
  const styles = useStyles();
  const text = useText();
  const lang = useLang();
  const missed = { classification: text("rank.missed.classification"), minTotal: text("rank.missed.minTotal") };
  const parts = findingParts(namedFinding(f, units, missed), lang, { surface: "pane", names });
  const about = [parts.item, parts.stage].filter(Boolean).join(", ");
  const sheet = f.source?.sheet;
  const cell = f.source?.cell;
  const fix = quickFix(f);
  const where =
    sheet && cell && onSelect ? (
      <Link as="button" onClick={() => onSelect(sheet, cell)} aria-label={text("validate.selectCell", { sheet, cell })}>
        {parts.where}
      </Link>
    ) : (
      parts.where && <span>{parts.where}</span>
    );
  return (
    <li className={styles.item}>
      <span className={styles.line}>
        <Badge className={styles.badge} appearance="tint" color={f.severity === "error" ? "danger" : "warning"}>
          {text(f.severity === "error" ? "validate.error" : "validate.warning")}
        </Badge>
        {about || where ? (
          <span>
            {about && <span className={styles.about}>{capitalized(about)}</span>}
            {about && where && " — "}
            {where}
          </span>
        ) : (
          <span>{capitalized(parts.message)}</span>
        )}
      </span>
      {(about || where) && <span>{capitalized(parts.message)}</span>}
      <span className={styles.actions}>
        {fix && (
          <Button size="small" appearance="primary" disabled={busy} onClick={() => onFix(f)}>
            {text("validate.fix", { value: formatNumber(fix.value as number, lang) })}
          </Button>
        )}
        <Caption2 className={styles.code}>{f.code}</Caption2>
      </span>
    </li>
  );
}
