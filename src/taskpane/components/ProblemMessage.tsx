import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { Suspense } from "react";
import { ProblemFindingsView as Findings } from "../lazy/problemFindings";
import type { Problem } from "../workbookSource/types";
import { useText } from "../useText";

/** Something went wrong, in words, with what to do: every text under `problem.` and `source.` says both. */
export function ProblemMessage({ problem }: { problem: Problem }) {
  const text = useText();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{text("problem.title")}</MessageBarTitle>
        {text(problem.key, problem.params)}
        {problem.findings && problem.findings.length > 0 && (
          <Suspense fallback={null}>
            <Findings.View findings={problem.findings} />
          </Suspense>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
