import { makeStyles } from "@fluentui/react-components";
import type { HostMode } from "../hostMode";
import { panelId, tabId, type Job } from "../jobs";
import { GenerateView } from "../views/GenerateView";
import { RankView } from "../views/RankView";
import { ValidateView } from "../views/ValidateView";

const useStyles = makeStyles({
  panel: { flexGrow: 1 },
});

/** The selected job's view, in the tab panel its tab controls (TabList renders no panels of its own). */
export function JobPanel({ job, mode }: { job: Job; mode: HostMode }) {
  const styles = useStyles();
  return (
    <div className={styles.panel} role="tabpanel" id={panelId(job)} aria-labelledby={tabId(job)}>
      {job === "generate" && <GenerateView mode={mode} />}
      {job === "validate" && <ValidateView mode={mode} />}
      {job === "rank" && <RankView mode={mode} />}
    </div>
  );
}
