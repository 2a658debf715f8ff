import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { Busy } from "../../components/Busy";
import { FindingLines } from "../../components/FindingLines";
import { ProblemMessage } from "../../components/ProblemMessage";
import { useGoToJob } from "../../jobNav";
import { useText } from "../../useText";
import { useWorkbookSource } from "../../workbookSource/context";
import { RegenerationConfirm } from "./RegenerationConfirm";
import type { GenerateState } from "./useGenerate";

/** What the last action did: progress, the question before overwriting, the result, or what went wrong. */
export function GenerateOutcome({ state }: { state: GenerateState }) {
  const text = useText();
  const source = useWorkbookSource();
  const goTo = useGoToJob();
  const { phase } = state;
  switch (phase.kind) {
    case "idle":
      return null;
    case "working":
      return <Busy label={phase.label} />;
    case "confirm":
      return <RegenerationConfirm preview={phase.preview} onConfirm={() => void state.confirm()} onCancel={state.cancel} />;
    case "failed":
      return phase.problem ? <ProblemMessage problem={phase.problem} /> : <FindingLines findings={phase.findings} label={text("generate.problems")} />;
    case "opened":
      return (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{text("generate.opened", { file: phase.file })}</MessageBarTitle>
            {text("generate.openedNext")}
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={() => goTo("validate")}>
              {text("generate.goValidate")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      );
    case "restored":
      return (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{text("generate.restored", { count: phase.sheets })}</MessageBarBody>
        </MessageBar>
      );
    case "done":
      return (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{text("generate.done")}</MessageBarTitle>
            {phase.kept !== null && text("generate.kept", { count: phase.kept })}{" "}
            {text(source.mode === "excel" ? "generate.doneExcel" : "generate.doneFile", { file: source.fileName ?? "" })}
          </MessageBarBody>
          <MessageBarActions>
            {source.mode === "file" && (
              <Button appearance="primary" onClick={() => void source.download()}>
                {text("source.download")}
              </Button>
            )}
            {phase.backup && <Button onClick={() => void state.restore()}>{text("generate.restore")}</Button>}
          </MessageBarActions>
        </MessageBar>
      );
  }
}
