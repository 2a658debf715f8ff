import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { apiLevel } from "../../../hosts/excel/capabilities";
import { useText } from "../../useText";
import { useWorkbookSource } from "../../workbookSource/context";
import { excelLimits } from "./excelLimits";

const useStyles = makeStyles({
  list: { margin: 0, marginTop: tokens.spacingVerticalXS, paddingLeft: tokens.spacingHorizontalL },
});

/**
 * Before generating (or regenerating, or restoring) inside an Excel older than ExcelApi 1.9: what the workbook
 * will lack here and how to get the complete one. Nothing in file mode, where the xlsx host writes everything.
 */
export function ExcelLimitsNotice() {
  const styles = useStyles();
  const text = useText();
  const { live } = useWorkbookSource();
  if (!live) return null;
  const missing = excelLimits(live.capabilities);
  if (missing.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{text("generate.limits.title", { level: apiLevel(live.capabilities) })}</MessageBarTitle>
        <ul className={styles.list} aria-label={text("generate.limits.list")}>
          {missing.map((key) => (
            <li key={key}>{text(key)}</li>
          ))}
        </ul>
        {text("generate.limits.todo")}
      </MessageBarBody>
    </MessageBar>
  );
}
