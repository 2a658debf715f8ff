import type { HostMode } from "../hostMode";
import { ViewIntro } from "./ViewIntro";

/** Placeholder: the rank job's body is built with the services (issue 6); `mode` picks the Excel or xlsx host. */
export function RankView(_props: { mode: HostMode }) {
  return <ViewIntro title="view.rank.title" intro="view.rank.intro" placeholder />;
}
