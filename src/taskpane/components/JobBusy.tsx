import { Field, ProgressBar } from "@fluentui/react-components";
import type { JobStatus } from "../runner/useJob";
import { useText } from "../useText";
import { Busy } from "./Busy";

/** A job at work: a spinner with what is being done, or, once it tells how far it is, a bar with "3/12 done". */
export function JobBusy({ status }: { status: JobStatus }) {
  const text = useText();
  if (status.kind !== "working") return null;
  if (!status.progress || status.progress.total <= 0) return <Busy label={status.label} />;
  const { done, total } = status.progress;
  return (
    <div role="status" aria-live="polite">
      <Field label={text(status.label)} validationMessage={text("progress.label", { done, total })} validationState="none">
        <ProgressBar value={done} max={total} thickness="large" aria-label={text(status.label)} />
      </Field>
    </div>
  );
}
