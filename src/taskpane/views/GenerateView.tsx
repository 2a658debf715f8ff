import type { HostMode } from "../hostMode";
import { ViewIntro } from "./ViewIntro";

/** Placeholder: the generate job's body is built with the services (issue 6); `mode` picks the Excel or xlsx host. */
export function GenerateView(_props: { mode: HostMode }) {
  return <ViewIntro title="view.generate.title" intro="view.generate.intro" placeholder />;
}
