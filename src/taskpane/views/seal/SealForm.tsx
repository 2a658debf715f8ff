import { Button, Dropdown, Field, Input, makeStyles, Option, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Stage, StageChoice } from "../../../domain/types";
import { stageName } from "../../../i18n";
import { capitalized } from "../../textCase";
import { useLang, useText } from "../../useText";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, maxWidth: "100%" },
  field: { minWidth: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** Who seals and which stage is settled; the name is required, said in words next to the field. */
export function SealForm({ stages, busy, onSeal }: { stages: readonly Stage[]; busy: boolean; onSeal: (by: string, stage: StageChoice) => void }) {
  const styles = useStyles();
  const text = useText();
  const lang = useLang();
  const [by, setBy] = useState("");
  const [stage, setStage] = useState<StageChoice>("final");
  const [tried, setTried] = useState(false);
  const missing = by.trim() === "";
  const choices: StageChoice[] = [...stages, "final"];
  return (
    <form
      className={styles.form}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (!missing) onSeal(by.trim(), stage);
      }}
    >
      <Field className={styles.field} label={text("seal.by")} required validationMessage={tried && missing ? text("seal.byNeeded") : undefined}>
        <Input value={by} onChange={(_, d) => setBy(d.value)} />
      </Field>
      <Field className={styles.field} label={text("seal.stage")}>
        <Dropdown
          value={capitalized(stageName(stage, lang))}
          selectedOptions={[stage]}
          onOptionSelect={(_, d) => d.optionValue && setStage(d.optionValue as StageChoice)}
        >
          {choices.map((s) => (
            <Option key={s} value={s}>
              {capitalized(stageName(s, lang))}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={busy}>
          {text("seal.submit")}
        </Button>
      </div>
    </form>
  );
}
