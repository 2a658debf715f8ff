import { Body1, makeStyles, MessageBar, MessageBarBody, Subtitle2, tokens } from "@fluentui/react-components";
import { stageName } from "../../i18n";
import { Busy } from "../components/Busy";
import { FindingLines } from "../components/FindingLines";
import { ProblemMessage } from "../components/ProblemMessage";
import { shownTime } from "../seal/when";
import { useSealStatus } from "../seal/useSealStatus";
import { useLang, useText } from "../useText";
import { SealForm } from "./seal/SealForm";
import { UnsealForm } from "./seal/UnsealForm";
import { useSeal } from "./seal/useSeal";
import { ViewIntro } from "./ViewIntro";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  history: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

/** Niêm phong: seal the result (validate's verdict first), or unseal it with a reason; the history below. */
export function SealView() {
  const styles = useStyles();
  const text = useText();
  const lang = useLang();
  const state = useSeal();
  const { status: seal } = useSealStatus();
  const busy = state.status.kind === "working";
  const sealed = seal?.sealed != null || seal?.damaged === true;
  return (
    <div className={styles.view}>
      <ViewIntro title="view.seal.title" intro="view.seal.intro" />
      {!state.hasWorkbook && <Body1>{text("job.needFile")}</Body1>}
      {state.status.kind === "working" && <Busy label={state.status.label} />}
      {state.status.kind === "failed" && <ProblemMessage problem={state.status.problem} />}
      {state.result?.kind === "refused" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {text("seal.refused")}
            <FindingLines findings={state.result.findings} label={text("seal.refused")} />
          </MessageBarBody>
        </MessageBar>
      )}
      {state.result?.kind === "sealed" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {text("seal.done", { by: state.result.by, at: shownTime(state.result.at, lang) })} {state.mode === "file" ? text("seal.downloadHint") : ""}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.result?.kind === "unsealed" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{text("unseal.done")}</MessageBarBody>
        </MessageBar>
      )}
      {state.hasWorkbook && seal?.workbook && !sealed && <SealForm stages={seal.stages} busy={busy} onSeal={(by, stage) => void state.seal(by, stage)} />}
      {state.hasWorkbook && seal?.workbook && sealed && (
        <section className={styles.section}>
          <Subtitle2 as="h3" className={styles.heading}>
            {text("unseal.title")}
          </Subtitle2>
          <Body1>{text("unseal.intro")}</Body1>
          <UnsealForm busy={busy} onUnseal={(by, reason) => void state.unseal(by, reason)} />
        </section>
      )}
      {seal && seal.log.length > 0 && (
        <section className={styles.section}>
          <Subtitle2 as="h3" className={styles.heading}>
            {text("seal.history")}
          </Subtitle2>
          <ul className={styles.history}>
            {seal.log.map((e, i) => (
              <li key={i}>
                {e.action === "seal"
                  ? text("seal.event.seal", { at: shownTime(e.at, lang), by: e.by, stage: stageName(e.stage ?? "final", lang) })
                  : text("seal.event.unseal", { at: shownTime(e.at, lang), by: e.by, reason: e.reason ?? "" })}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
