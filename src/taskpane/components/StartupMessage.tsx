import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { UiKey } from "../../i18n/ui";
import { useText } from "../useText";

export function StartupMessage({ messageKey }: { messageKey: UiKey }) {
  const text = useText();
  return (
    <MessageBar intent="error">
      <MessageBarBody>{text(messageKey)}</MessageBarBody>
    </MessageBar>
  );
}
