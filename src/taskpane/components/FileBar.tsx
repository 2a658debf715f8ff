import { Body1, Button, Caption1, makeStyles, MessageBar, MessageBarActions, MessageBarBody, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { useText } from "../useText";
import { useWorkbookSource } from "../workbookSource/context";
import { Busy } from "./Busy";
import { ProblemMessage } from "./ProblemMessage";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  input: { display: "none" },
  name: { overflowWrap: "anywhere" },
  note: { color: tokens.colorNeutralForeground3 },
});

/** What would throw away changes not downloaded yet, held until the user says so. */
type Pending = { readonly kind: "close" } | { readonly kind: "open"; readonly file: File };

/** File mode only: the .xlsx the jobs work on, opened from and downloaded to the user's computer. */
export function FileBar() {
  const styles = useStyles();
  const text = useText();
  const source = useWorkbookSource();
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const busy = source.busy !== null;
  const go = (p: Pending) => {
    setPending(null);
    if (p.kind === "close") source.closeFile();
    else void source.openFile(p.file);
  };
  const ask = (p: Pending) => (source.unsaved ? setPending(p) : go(p));
  return (
    <section className={styles.bar} aria-label={text("source.region")}>
      <div className={styles.buttons}>
        <Button appearance="secondary" onClick={() => input.current?.click()} disabled={busy}>
          {text("source.open")}
        </Button>
        <input
          ref={input}
          className={styles.input}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label={text("source.openLabel")}
          tabIndex={-1}
          onChange={(e) => {
            const chosen = e.currentTarget.files?.[0];
            e.currentTarget.value = "";
            if (chosen) ask({ kind: "open", file: chosen });
          }}
        />
        {source.fileName && (
          <>
            <Button appearance={source.unsaved ? "primary" : "secondary"} onClick={() => void source.download()} disabled={busy}>
              {text("source.download")}
            </Button>
            <Button appearance="subtle" onClick={() => ask({ kind: "close" })} disabled={busy}>
              {text("source.close")}
            </Button>
          </>
        )}
      </div>
      {source.fileName ? (
        <Body1 className={styles.name}>
          {text("source.current", { file: source.fileName })}
          {source.unsaved && <Caption1 className={styles.note}> {text("source.unsaved")}</Caption1>}
        </Body1>
      ) : (
        <Caption1 className={styles.note}>{text("source.none")}</Caption1>
      )}
      {pending && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{text("source.discard", { file: source.fileName ?? "" })}</MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={() => void source.download()}>
              {text("source.download")}
            </Button>
            <Button onClick={() => go(pending)}>{text(pending.kind === "close" ? "source.discardClose" : "source.discardOpen")}</Button>
            <Button appearance="subtle" onClick={() => setPending(null)}>
              {text("regen.cancel")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {source.busy && <Busy label={source.busy === "opening" ? "source.opening" : "source.saving"} />}
      {source.problem && <ProblemMessage problem={source.problem} />}
    </section>
  );
}
