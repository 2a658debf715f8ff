import { makeStyles } from "@fluentui/react-components";
import { useState } from "react";
import { JOBS, panelId, tabId, type Job } from "../jobs";
import { GenerateView } from "../views/GenerateView";
import { RankView } from "../views/RankView";
import { ValidateView } from "../views/ValidateView";

const useStyles = makeStyles({
  panel: { flexGrow: 1 },
});

const VIEWS: Record<Job, (props: { active: boolean }) => React.JSX.Element> = {
  generate: GenerateView,
  validate: ValidateView,
  rank: RankView,
};

/**
 * Each job's view in the tab panel its tab controls (TabList renders no panels of its own). A view is mounted
 * the first time its tab is opened and then only hidden, so what was typed or found survives a look elsewhere.
 */
export function JobPanel({ job }: { job: Job }) {
  const styles = useStyles();
  const [opened, setOpened] = useState<ReadonlySet<Job>>(() => new Set([job]));
  if (!opened.has(job)) setOpened(new Set([...opened, job]));
  return (
    <>
      {JOBS.filter(({ job: j }) => opened.has(j) || j === job).map(({ job: j }) => {
        const View = VIEWS[j];
        return (
          <div key={j} className={styles.panel} role="tabpanel" id={panelId(j)} aria-labelledby={tabId(j)} hidden={j !== job}>
            <View active={j === job} />
          </div>
        );
      })}
    </>
  );
}
