import { FluentProvider, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import type { UiKey } from "../i18n/ui";
import { AppHeader } from "./components/AppHeader";
import { JobPanel } from "./components/JobPanel";
import { JobTabs } from "./components/JobTabs";
import { StartupMessage } from "./components/StartupMessage";
import type { HostMode } from "./hostMode";
import { useApp } from "./useApp";
import { LangContext } from "./useText";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    boxSizing: "border-box",
  },
});

export type AppProps = {
  mode: HostMode;
  /** A problem met while starting (office.js did not load): shown above the jobs, which still work on files. */
  startupError?: UiKey;
};

export function App({ mode, startupError }: AppProps) {
  const styles = useStyles();
  const { lang, toggleLang, job, selectJob } = useApp();
  return (
    <FluentProvider theme={webLightTheme} className={styles.root} lang={lang}>
      <LangContext.Provider value={lang}>
        <AppHeader mode={mode} onToggleLang={toggleLang} />
        {startupError && <StartupMessage messageKey={startupError} />}
        <JobTabs job={job} onSelect={selectJob} />
        <JobPanel job={job} mode={mode} />
      </LangContext.Provider>
    </FluentProvider>
  );
}
