import { Body1, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { Finding } from "../../domain/findings";
import { findingNames } from "../../i18n";
import { Busy } from "../components/Busy";
import { ProblemMessage } from "../components/ProblemMessage";
import { useLang, useText } from "../useText";
import { FindingGroups } from "./validate/FindingGroups";
import { groupFindings } from "./validate/groupFindings";
import { ReadyBanner } from "./validate/ReadyBanner";
import { useValidate } from "./validate/useValidate";
import { ValidateControls } from "./validate/ValidateControls";
import { TargetsPanel } from "./targets/TargetsPanel";
import { ViewIntro } from "./ViewIntro";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  note: { color: tokens.colorNeutralForeground3 },
  banner: { ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, borderRadius: tokens.borderRadiusMedium } },
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
  // a fixed finding's row (and its button) goes away: the focus moves to the banner, which tells what is left
  const banner = useRef<HTMLDivElement>(null);
  const afterFix = useRef(false);
  const fix = (findings: readonly Finding[]) => {
    afterFix.current = true;
    void state.fix(findings);
  };
  useEffect(() => {
    if (!afterFix.current || status.kind === "working") return;
    afterFix.current = false;
    banner.current?.focus();
  }, [outcome, status]);
  return (
    <div className={styles.view}>
      <ViewIntro title="view.validate.title" intro="view.validate.intro" />
      {!state.hasWorkbook && <Body1>{text("job.needFile")}</Body1>}
      {state.hasWorkbook && <ValidateControls state={state} />}
      {status.kind === "working" && <Busy label={status.label} />}
      {status.kind === "failed" && <ProblemMessage problem={status.problem} />}
      {outcome && state.hasWorkbook && (
        <>
          <div ref={banner} tabIndex={-1} className={styles.banner}>
            <ReadyBanner outcome={outcome} busy={busy} canSelect={state.selectCell !== null} onFixAll={fix} />
          </div>
          <FindingGroups groups={groupFindings(outcome.findings, outcome.bloc)} units={units} names={findingNames(outcome.rubric, units)} busy={busy} onSelect={state.selectCell && ((s, c) => void state.selectCell?.(s, c))} onFix={(f) => fix([f])} />
          {outcome.rubric && <TargetsPanel rubric={outcome.rubric} units={units} />}
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
