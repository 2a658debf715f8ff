import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useSelectionUnits } from "./useSelectionUnits";
import { useText } from "../../useText";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  note: { color: tokens.colorNeutralForeground3 },
});

/** Inside Excel: take the units from the cells the user selected (one or two columns: code and name). */
export function SelectionButton({ onUnits }: { onUnits: (text: string) => void }) {
  const styles = useStyles();
  const text = useText();
  const { available, busy, note, read } = useSelectionUnits(onUnits);
  if (!available) return null;
  return (
    <div className={styles.row}>
      <Button onClick={() => void read()} disabled={busy}>
        {text("generate.fromSelection")}
      </Button>
      {note && (
        <Caption1 className={styles.note} role="status">
          {text(note)}
        </Caption1>
      )}
    </div>
  );
}
