import { Body1, Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import type { RegenerationPreview } from "../../../services/regenerate";
import { stageName } from "../../../i18n";
import { formatNumber } from "../../../i18n/format";
import { useLang, useText } from "../../useText";

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    maxHeight: "160px",
    overflowY: "auto",
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/** Over a workbook that already holds a bloc: what is kept, what would be lost, and the question before writing. */
export function RegenerationConfirm({ preview, onConfirm, onCancel }: { preview: RegenerationPreview; onConfirm: () => void; onCancel: () => void }) {
  const styles = useStyles();
  const text = useText();
  const lang = useLang();
  const value = (v: unknown) => (typeof v === "number" ? formatNumber(v, lang) : String(v ?? ""));
  return (
    <MessageBar intent={preview.lost.length > 0 ? "warning" : "info"} layout="multiline">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{text("regen.title")}</MessageBarTitle>
        <Body1>{text("regen.keep", { count: preview.keep.length })}</Body1>
        {preview.lost.length > 0 && (
          <>
            <Body1>{text("regen.lost", { count: preview.lost.length })}</Body1>
            <ul className={styles.list} aria-label={text("regen.lostList")} tabIndex={0}>
              {preview.lost.map((l, i) => (
                <li key={i}>
                  {text("regen.lostItem", {
                    unit: l.unit,
                    item: l.item ?? "—",
                    stage: l.stage ? stageName(l.stage, lang) : "—",
                    value: value(l.value),
                    cell: l.sheet && l.cell ? `'${l.sheet}'!${l.cell}` : "",
                  })}
                </li>
              ))}
            </ul>
          </>
        )}
        {preview.removed.length > 0 && <Body1>{text("regen.removed", { sheets: preview.removed.join(", ") })}</Body1>}
        {preview.retiredCopies.length > 0 && <Body1>{text("regen.retiredCopies", { units: preview.retiredCopies.join(", ") })}</Body1>}
        {preview.replacedForeign.length > 0 && <Body1>{text("regen.replaced", { sheets: preview.replacedForeign.join(", ") })}</Body1>}
        <Body1>{text("regen.backup")}</Body1>
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={onConfirm}>
          {text("regen.confirm")}
        </Button>
        <Button onClick={onCancel}>{text("regen.cancel")}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
