import { makeStyles, Tab, TabList } from "@fluentui/react-components";
import { JOBS, panelId, tabId, type Job } from "../jobs";
import { useText } from "../useText";

const useStyles = makeStyles({
  list: { flexWrap: "wrap" },
});

export function JobTabs({ job, onSelect }: { job: Job; onSelect: (job: Job) => void }) {
  const styles = useStyles();
  const text = useText();
  return (
    <TabList
      className={styles.list}
      selectedValue={job}
      onTabSelect={(_, data) => onSelect(data.value as Job)}
      aria-label={text("app.tabs")}
    >
      {JOBS.map(({ job: j, label }) => (
        <Tab key={j} value={j} id={tabId(j)} aria-controls={panelId(j)}>
          {text(label)}
        </Tab>
      ))}
    </TabList>
  );
}
