import { Body1, Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, tokens } from "@fluentui/react-components";
import { findingNames } from "../../i18n";
import { FindingLines } from "../components/FindingLines";
import { JobBusy } from "../components/JobBusy";
import { ProblemMessage } from "../components/ProblemMessage";
import { useText } from "../useText";
import { ReportForm } from "./report/ReportForm";
import { useReport } from "./report/useReport";
import type { ViewProps } from "./registry";
import { ViewIntro } from "./ViewIntro";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
});

/** Báo cáo: the printable result sheet from a short form; in file mode, the workbook with it to download. */
export function ReportView({ active }: ViewProps) {
  const styles = useStyles();
  const text = useText();
  const state = useReport(active);
  const busy = state.status.kind === "working";
  const r = state.result;
  return (
    <div className={styles.view}>
      <ViewIntro title="view.report.title" intro="view.report.intro" />
      {!state.hasWorkbook && <Body1>{text("job.needFile")}</Body1>}
      <JobBusy status={state.status} />
      {state.status.kind === "failed" && <ProblemMessage problem={state.status.problem} />}
      {r?.kind === "refused" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {text("report.refused")}
            <FindingLines findings={r.findings} label={text("report.refused")} names={findingNames(null, state.bloc?.units)} />
          </MessageBarBody>
        </MessageBar>
      )}
      {r?.kind === "done" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{text("report.done", { sheet: r.sheet })}</MessageBarBody>
          {state.mode === "file" && (
            <MessageBarActions>
              <Button appearance="primary" onClick={() => void state.download()}>
                {text("report.download")}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {state.hasWorkbook && state.bloc && <ReportForm key={`${state.bloc.name}/${state.bloc.year}`} bloc={state.bloc} busy={busy} onSubmit={(f) => void state.make(f)} />}
    </div>
  );
}
