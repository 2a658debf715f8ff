import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Finding } from "../../../domain/findings";
import type { ValidateOutcome } from "../../../services/validateWorkbook";
import { quickFix } from "../../../services/quickFixes";
import { useText } from "../../useText";

/** The answer officials look for first: ready to submit, or how many errors stand in the way. */
export function ReadyBanner({ outcome, busy, canSelect, onFixAll }: { outcome: ValidateOutcome; busy: boolean; canSelect: boolean; onFixAll: (findings: readonly Finding[]) => void }) {
  const text = useText();
  const errors = outcome.findings.filter((f) => f.severity === "error").length;
  const warnings = outcome.findings.length - errors;
  if (outcome.ok) {
    return (
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{text("validate.ready")}</MessageBarTitle>
          {text(warnings > 0 ? "validate.readyNotes" : "validate.readyClean", { count: warnings })}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (outcome.exit === 2) {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{text("validate.cannot")}</MessageBarTitle>
          {text("validate.cannotWhat")}
        </MessageBarBody>
      </MessageBar>
    );
  }
  const fixable = outcome.findings.filter((f) => quickFix(f) !== null);
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{text("validate.notReady")}</MessageBarTitle>
        {text(canSelect ? "validate.notReadyWhat" : "validate.notReadyWhatFile", { errors, warnings })}
      </MessageBarBody>
      {fixable.length > 1 && (
        <MessageBarActions>
          <Button disabled={busy} onClick={() => onFixAll(fixable)}>
            {text("validate.fixAll", { count: fixable.length })}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
