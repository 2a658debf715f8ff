import { Badge, Button, Caption1, Link, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../../domain/findings";
import type { Unit } from "../../../domain/types";
import { findingMessage, stageName } from "../../../i18n";
import { formatNumber } from "../../../i18n/format";
import { quickFix } from "../../../services/quickFixes";
import { namedFinding } from "../../namedFinding";
import { capitalized } from "../../textCase";
import { useLang, useText } from "../../useText";

const useStyles = makeStyles({
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, padding: `${tokens.spacingVerticalXS} 0` },
  line: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalS },
  where: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground3 },
  badge: { flexShrink: 0 },
});

/** One finding: what is wrong and what to do, where (a cell that selects itself in Excel), and a fix if one is safe. */
export function FindingItem({ finding: f, units, busy, onSelect, onFix }: { finding: Finding; units: readonly Unit[]; busy: boolean; onSelect: ((sheet: string, cell: string) => void) | null; onFix: (f: Finding) => void }) {
  const styles = useStyles();
  const text = useText();
  const lang = useLang();
  const missed = { classification: text("rank.missed.classification"), minTotal: text("rank.missed.minTotal") };
  const message = capitalized(findingMessage(namedFinding(f, units, missed), lang));
  const sheet = f.source?.sheet;
  const cell = f.source?.cell;
  const about = [f.item && text("validate.item", { item: f.item }), f.stage && stageName(f.stage, lang)].filter(Boolean).join(", ");
  const fix = quickFix(f);
  return (
    <li className={styles.item}>
      <span className={styles.line}>
        <Badge className={styles.badge} appearance="tint" color={f.severity === "error" ? "danger" : "warning"}>
          {text(f.severity === "error" ? "validate.error" : "validate.warning")}
        </Badge>
        <span>{message}</span>
      </span>
      <span className={styles.where}>
        {sheet && cell && onSelect ? (
          <Link as="button" onClick={() => onSelect(sheet, cell)} aria-label={text("validate.selectCell", { sheet, cell })}>
            {`'${sheet}'!${cell}`}
          </Link>
        ) : (
          sheet && <Caption1>{cell ? `'${sheet}'!${cell}` : `'${sheet}'`}</Caption1>
        )}
        {about && <Caption1>{about}</Caption1>}
        <Caption1>{f.code}</Caption1>
        {fix && (
          <Button size="small" appearance="primary" disabled={busy} onClick={() => onFix(f)}>
            {text("validate.fix", { value: formatNumber(fix.value as number, lang) })}
          </Button>
        )}
      </span>
    </li>
  );
}
