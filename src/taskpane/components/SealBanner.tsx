import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { stageName } from "../../i18n/stages";
import type { Job } from "../jobs";
import { shownTime } from "../seal/when";
import { useSealStatus } from "../seal/useSealStatus";
import { useLang, useText } from "../useText";

/**
 * The seal's state above every view of the open workbook, so nobody edits a sealed result without knowing. Not
 * above the Board's check, which reads other blocs' files: there it read as the state of the files being checked.
 */
export function SealBanner({ job }: { job: Job }) {
  const text = useText();
  const lang = useLang();
  const { status, error } = useSealStatus();
  if (job === "board") return null;
  if (error) {
    return (
      <section aria-label={text("sealState.region")}>
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{text("sealState.failed", { detail: error })}</MessageBarBody>
        </MessageBar>
      </section>
    );
  }
  if (!status || !status.workbook) return null;
  const { sealed, damaged } = status;
  const words = damaged
    ? text("sealState.damaged")
    : sealed
      ? text("sealState.sealed", { by: sealed.by, at: shownTime(sealed.at, lang), stage: stageName(sealed.stage, lang) })
      : text("sealState.none");
  return (
    <section aria-label={text("sealState.region")}>
      <MessageBar intent={damaged ? "error" : sealed ? "success" : "info"} layout="multiline">
        <MessageBarBody>{words}</MessageBarBody>
      </MessageBar>
    </section>
  );
}
