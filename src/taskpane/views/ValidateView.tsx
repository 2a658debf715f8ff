import type { HostMode } from "../hostMode";
import { ViewIntro } from "./ViewIntro";

/** Placeholder: the validate job's body is built with the services (issue 6); `mode` picks the Excel or xlsx host. */
export function ValidateView(_props: { mode: HostMode }) {
  return <ViewIntro title="view.validate.title" intro="view.validate.intro" placeholder />;
}
