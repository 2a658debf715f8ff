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

// The page's layout lives on a wrapper inside the provider, never on FluentProvider itself: Fluent copies the
// provider's classes onto the node that holds every popup (a dropdown's list, a menu), so a min-height of 100vh
// and a white background there laid a blank sheet over the whole pane whenever a dropdown opened.
const useStyles = makeStyles({
  page: {
    minHeight: "100vh",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    boxSizing: "border-box",
  },
  main: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, flexGrow: 1, minWidth: 0 },
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
  const { lang, toggleLang, langProblem, job, selectJob } = useApp();
  const source = useWorkbookSourceState(mode, hosts);
  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <LangContext.Provider value={lang}>
        <WorkbookSourceContext.Provider value={source}>
          <div className={styles.page}>
            <AppHeader mode={mode} onToggleLang={toggleLang} />
            <main className={styles.main}>
              {startupError && <StartupMessage messageKey={startupError} />}
              {langProblem && <ProblemMessage problem={langProblem} />}
              {mode === "file" ? <FileBar /> : source.problem && <ProblemMessage problem={source.problem} />}
              <JobTabs job={job} onSelect={selectJob} />
              <SealBanner job={job} />
              <JobPanel job={job} onSelect={selectJob} />
            </main>
          </div>
        </WorkbookSourceContext.Provider>
      </LangContext.Provider>
    </FluentProvider>
  );
}
