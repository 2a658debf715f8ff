import { FluentProvider, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import type { UiKey } from "../i18n/ui";
import { AppHeader } from "./components/AppHeader";
import { FileBar } from "./components/FileBar";
import { JobPanel } from "./components/JobPanel";
import { JobTabs } from "./components/JobTabs";
import { ProblemMessage } from "./components/ProblemMessage";
import { SealBanner } from "./components/SealBanner";
import { StartupMessage } from "./components/StartupMessage";
import type { HostMode } from "./hostMode";
import { useApp } from "./useApp";
import { LangContext } from "./useText";
import { WorkbookSourceContext } from "./workbookSource/context";
import { defaultHostFactory } from "./workbookSource/hostFactory";
import type { HostFactory } from "./workbookSource/types";
import { useWorkbookSourceState } from "./workbookSource/useWorkbookSourceState";

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
  /** where hosts come from; tests pass fakes */
  hosts?: HostFactory;
};

export function App({ mode, startupError, hosts = defaultHostFactory }: AppProps) {
  const styles = useStyles();
  const { lang, toggleLang, job, selectJob } = useApp();
  const source = useWorkbookSourceState(mode, hosts);
  return (
    <FluentProvider theme={webLightTheme} className={styles.root} lang={lang}>
      <LangContext.Provider value={lang}>
        <WorkbookSourceContext.Provider value={source}>
          <AppHeader mode={mode} onToggleLang={toggleLang} />
          {startupError && <StartupMessage messageKey={startupError} />}
          {mode === "file" ? <FileBar /> : source.problem && <ProblemMessage problem={source.problem} />}
          <JobTabs job={job} onSelect={selectJob} />
          <SealBanner />
          <JobPanel job={job} />
        </WorkbookSourceContext.Provider>
      </LangContext.Provider>
    </FluentProvider>
  );
}
