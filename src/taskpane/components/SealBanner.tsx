import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { stageName } from "../../i18n/stages";
import { shownTime } from "../seal/when";
import { useSealStatus } from "../seal/useSealStatus";
import { useLang, useText } from "../useText";

/** The seal's state above every view, so nobody edits a sealed result without knowing. */
export function SealBanner() {
  const text = useText();
  const lang = useLang();
  const { status, error } = useSealStatus();
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
