import { Body1, Button, makeStyles, MessageBar, MessageBarBody, Subtitle2, tokens } from "@fluentui/react-components";
import { useRef, type InputHTMLAttributes } from "react";
import { boardLabels } from "../../i18n/board";
import { FindingLines } from "../components/FindingLines";
import { JobBusy } from "../components/JobBusy";
import { ProblemMessage } from "../components/ProblemMessage";
import { underItsFile } from "../underItsFile";
import { useLang, useText } from "../useText";
import { useBoard } from "./board/useBoard";
import { ViewIntro } from "./ViewIntro";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, overflowWrap: "anywhere" },
  input: { display: "none" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  blocs: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  bloc: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, overflowWrap: "anywhere", borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`, paddingLeft: tokens.spacingHorizontalS },
  ready: { borderLeftColor: tokens.colorPaletteGreenBorder2 },
  problem: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  lines: { margin: 0, padding: 0, listStyle: "none", whiteSpace: "pre-line" },
  label: { fontWeight: tokens.fontWeightSemibold },
});

/** A hidden file input behind a button; `directory` lets the browser pick a whole folder (webkitdirectory). */
function FilePicker({ label, inputLabel, accept, directory, disabled, onFiles }: { label: string; inputLabel: string; accept: string; directory?: boolean; disabled: boolean; onFiles: (files: File[]) => void }) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const folder = (directory ? { webkitdirectory: "", directory: "" } : {}) as InputHTMLAttributes<HTMLInputElement>;
  return (
    <>
      <Button disabled={disabled} onClick={() => input.current?.click()}>
        {label}
      </Button>
      <input
        ref={input}
        className={styles.input}
        type="file"
        multiple
        accept={accept}
        aria-label={inputLabel}
        tabIndex={-1}
        {...folder}
        onChange={(e) => {
          const chosen = [...(e.currentTarget.files ?? [])];
          e.currentTarget.value = "";
          onFiles(chosen);
        }}
      />
    </>
  );
}

/** Thẩm định: the Board's check of many blocs' workbooks, each bloc's result in words, and the summary workbook. */
export function BoardView() {
  const styles = useStyles();
  const text = useText();
  const lang = useLang();
  const state = useBoard();
  const busy = state.status.kind === "working";
  const L = boardLabels[lang].columns;
  const count = (s: string) => state.blocs?.filter((b) => b.status === s).length ?? 0;
  return (
    <div className={styles.view}>
      <ViewIntro title="view.board.title" intro="view.board.intro" />
      <div className={styles.actions}>
        <FilePicker label={text("board.chooseFiles")} inputLabel={text("board.chooseFilesLabel")} accept=".xlsx" disabled={busy} onFiles={state.chooseBlocs} />
        <FilePicker label={text("board.chooseFolder")} inputLabel={text("board.chooseFolderLabel")} accept=".xlsx" directory disabled={busy} onFiles={state.chooseBlocs} />
        <FilePicker label={text("board.chooseRubrics")} inputLabel={text("board.chooseRubricsLabel")} accept=".json,application/json" disabled={busy} onFiles={state.chooseRubrics} />
      </div>
      {state.rubricFiles.length > 0 && <Body1>{text("board.rubricsChosen", { count: state.rubricFiles.length, files: state.rubricFiles.map((f) => f.name).join(", ") })}</Body1>}
      {state.none && <Body1>{text("board.noXlsx")}</Body1>}
      <JobBusy status={state.status} />
      {state.status.kind === "failed" && <ProblemMessage problem={state.status.problem} />}
      {state.summary && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{state.summary.kind === "opened" ? text("board.summaryOpened") : text("board.summaryDownloaded", { file: state.summary.file })}</MessageBarBody>
        </MessageBar>
      )}
      {state.blocs && (
        <section className={styles.section} aria-labelledby="thidua-board-results">
          <Subtitle2 as="h3" id="thidua-board-results" className={styles.heading}>
            {text("board.results", { count: state.blocs.length, ready: count("ready"), unsealed: count("unsealed"), errors: count("errors"), broken: count("broken") })}
          </Subtitle2>
          <div className={styles.actions}>
            <Button appearance="primary" disabled={busy} onClick={() => void state.makeSummary()}>
              {text(state.opensInExcel ? "board.summaryExcel" : "board.summary")}
            </Button>
          </div>
          <ul className={styles.blocs}>
            {state.blocs.map((b, i) => {
              const row = state.rows[i];
              const good = b.status === "ready";
              const line = (label: string, value: string) =>
                value ? (
                  <li>
                    <span className={styles.label}>{label}: </span>
                    {value}
                  </li>
                ) : null;
              return (
                <li key={b.file} className={`${styles.bloc} ${good ? styles.ready : b.status === "unsealed" ? "" : styles.problem}`} aria-label={b.file}>
                  <Subtitle2 as="h4" className={styles.heading}>
                    {row.bloc ? `${row.bloc}${row.year ? ` (${row.year})` : ""}` : b.file}
                  </Subtitle2>
                  <ul className={styles.lines}>
                    {line(L.file, row.file)}
                    {line(L.status, row.status)}
                    {line(L.first, row.first)}
                    {line(L.second, row.second)}
                    {line(L.third, row.third)}
                    {line(L.awards, row.awards)}
                    {line(L.seal, row.seal)}
                    {line(L.agreed, row.agreed)}
                  </ul>
                  {b.errors.length > 0 && (
                    <>
                      <Body1 className={styles.label}>{text("board.errors", { count: b.errors.length })}</Body1>
                      <FindingLines findings={underItsFile(b.errors.slice(0, 20), b.file)} label={`${b.file}: ${text("board.errors", { count: b.errors.length })}`} />
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </div>
  );
}
