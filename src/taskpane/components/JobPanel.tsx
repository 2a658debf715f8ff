import { makeStyles } from "@fluentui/react-components";
import { Suspense, useState } from "react";
import { JobNavContext } from "../jobNav";
import { JOBS, panelId, tabId, type Job } from "../jobs";
import { VIEWS } from "../views/registry";
import { Busy } from "./Busy";
import { ViewBoundary } from "./ViewBoundary";

const useStyles = makeStyles({
  panel: { flexGrow: 1, minWidth: 0 },
});

/**
 * Each job's view in the tab panel its tab controls (TabList renders no panels of its own). A view is fetched and
 * mounted the first time its tab is opened and then only hidden, so what was typed or found survives a look elsewhere.
 */
export function JobPanel({ job, onSelect }: { job: Job; onSelect?: (job: Job) => void }) {
  const styles = useStyles();
  const [opened, setOpened] = useState<ReadonlySet<Job>>(() => new Set([job]));
  if (!opened.has(job)) setOpened(new Set([...opened, job]));
  return (
    <JobNavContext.Provider value={onSelect ?? noNavigation}>
      {JOBS.filter(({ job: j }) => opened.has(j) || j === job).map(({ job: j }) => {
        const { View } = VIEWS[j];
        return (
          <div key={j} className={styles.panel} role="tabpanel" id={panelId(j)} aria-labelledby={tabId(j)} hidden={j !== job}>
            <ViewBoundary>
              <Suspense fallback={<Busy label="view.loading" />}>
                <View active={j === job} />
              </Suspense>
            </ViewBoundary>
          </div>
        );
      })}
    </JobNavContext.Provider>
  );
}

function noNavigation(): void {}
