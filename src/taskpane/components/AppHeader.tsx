import { Caption1, makeStyles, Title3, tokens } from "@fluentui/react-components";
import type { HostMode } from "../hostMode";
import { useText } from "../useText";
import { LanguageSwitch } from "./LanguageSwitch";

const useStyles = makeStyles({
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  titleRow: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  title: { margin: 0 },
  mode: { color: tokens.colorNeutralForeground3 },
});

export function AppHeader({ mode, onToggleLang }: { mode: HostMode; onToggleLang: () => void }) {
  const styles = useStyles();
  const text = useText();
  return (
    <header className={styles.header}>
      <div className={styles.titleRow}>
        <Title3 as="h1" className={styles.title}>{text("app.title")}</Title3>
        <LanguageSwitch onToggle={onToggleLang} />
      </div>
      <Caption1 className={styles.mode}>{text(mode === "excel" ? "mode.excel" : "mode.file")}</Caption1>
    </header>
  );
}
