import { Body1, Button, makeStyles, MessageBar, MessageBarBody, Subtitle2, tokens } from "@fluentui/react-components";
import { FindingLines } from "../components/FindingLines";
import { JobBusy } from "../components/JobBusy";
import { ProblemMessage } from "../components/ProblemMessage";
import { useText } from "../useText";
import { useCopies } from "./copies/useCopies";
import type { ViewProps } from "./registry";
import { ViewIntro } from "./ViewIntro";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  name: { overflowWrap: "anywhere", minWidth: 0, flex: "1 1 8em" },
  id: { color: tokens.colorNeutralForeground3, marginLeft: tokens.spacingHorizontalXS },
});

/** Bản đơn vị: the bloc's units, each with its copy, and every copy at once. */
export function CopiesView({ active }: ViewProps) {
  const styles = useStyles();
  const text = useText();
  const state = useCopies(active);
  const busy = state.status.kind === "working";
  const r = state.result;
  return (
    <div className={styles.view}>
      <ViewIntro title="view.copies.title" intro="view.copies.intro" />
      {!state.hasWorkbook && <Body1>{text("job.needFile")}</Body1>}
      <JobBusy status={state.status} />
      {state.status.kind === "failed" && <ProblemMessage problem={state.status.problem} />}
      {r?.kind === "refused" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {text("copies.refused")}
            <FindingLines findings={r.findings} label={text("copies.refused")} />
          </MessageBarBody>
        </MessageBar>
      )}
      {r?.kind === "noNewWorkbook" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{text("copies.noNewWorkbook")}</MessageBarBody>
        </MessageBar>
      )}
      {(r?.kind === "downloaded" || r?.kind === "opened") && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {r.kind === "opened" ? text("copies.opened", { unit: r.unit }) : text("copies.downloaded", { file: r.file, count: r.copies.length })}
            {r.kind === "downloaded" && state.mode === "excel" ? ` ${text("copies.zipHint")}` : ""}
          </MessageBarBody>
        </MessageBar>
      )}
      {(r?.kind === "downloaded" || r?.kind === "opened") && r.newTokens > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{text(state.mode === "file" ? "copies.tokensFile" : "copies.tokensExcel")}</MessageBarBody>
        </MessageBar>
      )}
      {state.units && state.units.length > 0 && (
        <section className={styles.section} aria-labelledby="thidua-copies-units">
          <Subtitle2 as="h3" id="thidua-copies-units" className={styles.heading}>
            {text("copies.units")}
          </Subtitle2>
          <div>
            <Button appearance="primary" disabled={busy} onClick={() => void state.make(null)}>
              {text("copies.all")}
            </Button>
          </div>
          <ul className={styles.list}>
            {state.units.map((u) => (
              <li key={u.id} className={styles.row}>
                <Body1 className={styles.name}>
                  {u.name}
                  <span className={styles.id}>({u.id})</span>
                </Body1>
                <Button disabled={busy} aria-label={text("copies.oneLabel", { unit: u.name })} onClick={() => void state.make(u)}>
                  {text("copies.one")}
                </Button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
