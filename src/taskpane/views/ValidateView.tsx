import { Body1, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { Busy } from "../components/Busy";
import { ProblemMessage } from "../components/ProblemMessage";
import { useLang, useText } from "../useText";
import { FindingGroups } from "./validate/FindingGroups";
import { groupFindings } from "./validate/groupFindings";
import { ReadyBanner } from "./validate/ReadyBanner";
import { useValidate } from "./validate/useValidate";
import { ValidateControls } from "./validate/ValidateControls";
import { ViewIntro } from "./ViewIntro";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  note: { color: tokens.colorNeutralForeground3 },
});

/** Kiểm tra: every check of the workbook, findings by unit with their cells, quick fixes, and "sẵn sàng nộp". */
export function ValidateView({ active }: { active: boolean }) {
  const styles = useStyles();
  const text = useText();
  const lang = useLang();
  const state = useValidate(active);
  const { outcome, status } = state;
  const busy = status.kind === "working";
  const units = outcome?.bloc?.units ?? [];
  return (
    <div className={styles.view}>
      <ViewIntro title="view.validate.title" intro="view.validate.intro" />
      {!state.hasWorkbook && <Body1>{text("job.needFile")}</Body1>}
      {state.hasWorkbook && <ValidateControls state={state} />}
      {status.kind === "working" && <Busy label={status.label} />}
      {status.kind === "failed" && <ProblemMessage problem={status.problem} />}
      {outcome && state.hasWorkbook && (
        <>
          <ReadyBanner outcome={outcome} busy={busy} canSelect={state.selectCell !== null} onFixAll={(f) => void state.fix(f)} />
          <FindingGroups groups={groupFindings(outcome.findings, outcome.bloc)} units={units} busy={busy} onSelect={state.selectCell && ((s, c) => void state.selectCell?.(s, c))} onFix={(f) => void state.fix([f])} />
          {state.checkedAt && (
            <Caption1 className={styles.note}>
              {text("validate.checkedAt", { time: state.checkedAt.toLocaleTimeString(lang === "vi" ? "vi-VN" : "en-GB") })}
            </Caption1>
          )}
        </>
      )}
    </div>
  );
}
