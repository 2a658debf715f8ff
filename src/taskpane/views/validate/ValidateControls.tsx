import { Button, Caption1, Dropdown, Field, makeStyles, Option, Switch, tokens } from "@fluentui/react-components";
import { useRef } from "react";
import { STAGES, type StageChoice } from "../../../domain/types";
import { stageName } from "../../../i18n";
import { FindingLines } from "../../components/FindingLines";
import { capitalized } from "../../textCase";
import { useLang, useText } from "../../useText";
import type { ValidateState } from "./useValidate";

const useStyles = makeStyles({
  controls: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalM },
  stage: { minWidth: "180px" },
  input: { display: "none" },
  agreed: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  note: { color: tokens.colorNeutralForeground3 },
});

const CHOICES: readonly StageChoice[] = ["final", ...STAGES];

/** What to check against: the stage that must be complete, optionally the rubric the bloc registered; live mode. */
export function ValidateControls({ state }: { state: ValidateState }) {
  const styles = useStyles();
  const text = useText();
  const lang = useLang();
  const input = useRef<HTMLInputElement>(null);
  const busy = state.status.kind === "working";
  return (
    <div className={styles.controls}>
      <div className={styles.row}>
        <Field label={text("validate.stage")}>
          <Dropdown
            className={styles.stage}
            value={capitalized(stageName(state.stage, lang))}
            selectedOptions={[state.stage]}
            onOptionSelect={(_, d) => d.optionValue && state.setStage(d.optionValue as StageChoice)}
          >
            {CHOICES.map((s) => (
              <Option key={s} value={s}>
                {capitalized(stageName(s, lang))}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Button appearance="primary" onClick={() => void state.validate()} disabled={busy}>
          {text("validate.run")}
        </Button>
      </div>
      <div className={styles.agreed}>
        <Button size="small" onClick={() => input.current?.click()} disabled={busy}>
          {text("validate.agreed")}
        </Button>
        <input
          ref={input}
          className={styles.input}
          type="file"
          accept=".json,application/json"
          aria-label={text("validate.agreedLabel")}
          tabIndex={-1}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0] ?? null;
            e.currentTarget.value = "";
            void state.chooseAgreed(file);
          }}
        />
        {state.agreed && (
          <>
            <Caption1>{text("validate.agreedChosen", { file: state.agreed.file })}</Caption1>
            <Button size="small" appearance="subtle" onClick={() => void state.chooseAgreed(null)}>
              {text("validate.agreedClear")}
            </Button>
          </>
        )}
      </div>
      {state.agreed && <FindingLines findings={state.agreed.findings} label={text("generate.loadProblems")} />}
      {state.canWatch && (
        <Switch
          checked={state.liveOn}
          onChange={(_, d) => state.setLiveOn(d.checked)}
          label={text("validate.live")}
        />
      )}
      {state.canWatch && state.liveOn && <Caption1 className={styles.note}>{text("validate.liveOn")}</Caption1>}
      {state.watchUnavailable && <Caption1 className={styles.note}>{text("validate.liveUnavailable")}</Caption1>}
    </div>
  );
}
