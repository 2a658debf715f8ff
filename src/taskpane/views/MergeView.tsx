import { Body1, Button, makeStyles, MessageBar, MessageBarBody, Subtitle2, tokens } from "@fluentui/react-components";
import { useRef } from "react";
import { FindingLines } from "../components/FindingLines";
import { JobBusy } from "../components/JobBusy";
import { ProblemMessage } from "../components/ProblemMessage";
import { underItsFile } from "../underItsFile";
import { useText } from "../useText";
import { ChangeList } from "./merge/ChangeList";
import { useMerge } from "./merge/useMerge";
import { ViewIntro } from "./ViewIntro";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  input: { display: "none" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  refused: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, overflowWrap: "anywhere" },
  file: { fontWeight: tokens.fontWeightSemibold },
});

/** Nhận lại: units' filled copies chosen at once, every change and every refusal listed, then written in one action. */
export function MergeView() {
  const styles = useStyles();
  const text = useText();
  const state = useMerge();
  const input = useRef<HTMLInputElement>(null);
  const busy = state.status.kind === "working";
  const review = state.review;
  return (
    <div className={styles.view}>
      <ViewIntro title="view.merge.title" intro="view.merge.intro" />
      {!state.hasWorkbook && <Body1>{text("job.needFile")}</Body1>}
      {state.hasWorkbook && (
        <div className={styles.actions}>
          <Button appearance={review ? "secondary" : "primary"} disabled={busy} onClick={() => input.current?.click()}>
            {text("merge.choose")}
          </Button>
          <input
            ref={input}
            className={styles.input}
            type="file"
            multiple
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-label={text("merge.chooseLabel")}
            tabIndex={-1}
            onChange={(e) => {
              const chosen = [...(e.currentTarget.files ?? [])];
              e.currentTarget.value = "";
              void state.choose(chosen);
            }}
          />
        </div>
      )}
      <JobBusy status={state.status} />
      {state.status.kind === "failed" && <ProblemMessage problem={state.status.problem} />}
      {state.result && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {state.result.kind === "written" ? text("merge.written", { changes: state.result.changes, copies: state.result.copies }) : text("merge.nothing")}
            {state.result.kind === "written" && state.mode === "file" ? ` ${text("merge.writtenFile")}` : ""}
          </MessageBarBody>
        </MessageBar>
      )}
      {review?.kind === "blocked" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {text("merge.blocked")}
            <FindingLines findings={review.findings} label={text("merge.blocked")} names={review.names} />
          </MessageBarBody>
        </MessageBar>
      )}
      {review?.kind === "review" && review.refused.size > 0 && (
        <section className={styles.section} aria-labelledby="thidua-merge-refused">
          <Subtitle2 as="h3" id="thidua-merge-refused" className={styles.heading}>
            {text("merge.refused", { count: review.refused.size })}
          </Subtitle2>
          <Body1>{text("merge.refusedIntro")}</Body1>
          <ul className={styles.refused}>
            {[...review.refused].map(([file, findings]) => (
              <li key={file}>
                <span className={styles.file}>{file}</span>
                <FindingLines findings={underItsFile(findings, file)} label={file} names={review.names} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {review?.kind === "review" && review.accepted.length > 0 && (
        <section className={styles.section} aria-labelledby="thidua-merge-changes">
          <Subtitle2 as="h3" id="thidua-merge-changes" className={styles.heading}>
            {text("merge.changes", { count: review.changes.length, copies: review.accepted.length })}
          </Subtitle2>
          {review.changes.length === 0 ? <Body1>{text("merge.noChanges")}</Body1> : <ChangeList changes={review.changes} names={review.names} />}
          <FindingLines findings={review.warnings} label={text("merge.changes", { count: review.changes.length, copies: review.accepted.length })} names={review.names} />
          <div className={styles.actions}>
            {review.changes.length > 0 && (
              <Button appearance="primary" disabled={busy} onClick={() => void state.write()}>
                {text("merge.write", { count: review.changes.length })}
              </Button>
            )}
            <Button disabled={busy} onClick={state.clear}>
              {text("merge.cancel")}
            </Button>
          </div>
        </section>
      )}
    </div>
  );
}
