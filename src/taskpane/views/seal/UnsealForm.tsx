import { Button, Field, Input, makeStyles, Textarea, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { useText } from "../../useText";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, maxWidth: "100%" },
  field: { minWidth: 0 },
});

/** Who lifts the seal and why: both required, because the reason stays in the workbook's history. */
export function UnsealForm({ busy, onUnseal }: { busy: boolean; onUnseal: (by: string, reason: string) => void }) {
  const styles = useStyles();
  const text = useText();
  const [by, setBy] = useState("");
  const [reason, setReason] = useState("");
  const [tried, setTried] = useState(false);
  return (
    <form
      className={styles.form}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (by.trim() && reason.trim()) onUnseal(by.trim(), reason.trim());
      }}
    >
      <Field className={styles.field} label={text("unseal.by")} required validationMessage={tried && !by.trim() ? text("seal.byNeeded") : undefined}>
        <Input value={by} onChange={(_, d) => setBy(d.value)} />
      </Field>
      <Field className={styles.field} label={text("unseal.reason")} required validationMessage={tried && !reason.trim() ? text("unseal.reasonNeeded") : undefined}>
        <Textarea value={reason} onChange={(_, d) => setReason(d.value)} resize="vertical" />
      </Field>
      <div>
        <Button appearance="primary" type="submit" disabled={busy}>
          {text("unseal.submit")}
        </Button>
      </div>
    </form>
  );
}
