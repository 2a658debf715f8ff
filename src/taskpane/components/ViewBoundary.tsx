import { Button } from "@fluentui/react-components";
import { Component, type ReactNode } from "react";
import { ProblemMessage } from "./ProblemMessage";
import { useText } from "../useText";
import { errorDetail } from "../runner/useJob";
import { retryFailedViews } from "../lazy/lazyView";

function Retry({ onRetry }: { onRetry: () => void }) {
  const text = useText();
  return <Button onClick={onRetry}>{text("view.retry")}</Button>;
}

/** A view whose chunk could not be fetched (a dropped connection) is told in words, with a way to try again. */
export class ViewBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state = { error: null as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return (
      <>
        <ProblemMessage problem={{ key: "view.loadFailed", params: { detail: errorDetail(this.state.error) } }} />
        <Retry
          onRetry={() => {
            retryFailedViews();
            this.setState({ error: null });
          }}
        />
      </>
    );
  }
}
