import { Button, Field, makeStyles, MessageBar, MessageBarBody, Select, Subtitle2, Textarea, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import { leafCriteria } from "../../../domain/rubricTree";
import type { Rubric, Unit } from "../../../domain/types";
import { findingNames } from "../../../i18n";
import { FindingLines } from "../../components/FindingLines";
import { JobBusy } from "../../components/JobBusy";
import { ProblemMessage } from "../../components/ProblemMessage";
import { useText } from "../../useText";
import { useTargets } from "./useTargets";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  order: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, color: tokens.colorNeutralForeground2 },
  area: { minWidth: 0 },
});

/**
 * The targets of a measured criterion for all units at once: the province's plan is a column in some other
 * workbook, so the official copies that column and pastes it here, in the bloc's unit order (listed beside).
 */
export function TargetsPanel({ rubric, units }: { rubric: Rubric; units: readonly Unit[] }) {
  const styles = useStyles();
  const text = useText();
  const measured = leafCriteria(rubric).filter((c) => c.measure);
  const [item, setItem] = useState(measured[0]?.id ?? "");
  const [pasted, setPasted] = useState("");
  const state = useTargets();
  const headingId = useId();
  if (measured.length === 0) return null;
  const busy = state.status.kind === "working";
  const r = state.result;
  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId}>
        {text("targets.title")}
      </Subtitle2>
      <Field label={text("targets.criterion")}>
        <Select
          value={item}
          onChange={(_, d) => {
            setItem(d.value);
            state.clear();
          }}
        >
          {measured.map((c) => (
            <option key={c.id} value={c.id}>
              {`${c.id} — ${c.name}`}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={text("targets.paste", { count: units.length })} hint={text("targets.order")}>
        <Textarea className={styles.area} resize="vertical" rows={Math.min(8, Math.max(3, units.length))} value={pasted} onChange={(_, d) => setPasted(d.value)} />
      </Field>
      <ol className={styles.order} aria-label={text("targets.orderList")}>
        {units.map((u) => (
          <li key={u.id}>{u.name}</li>
        ))}
      </ol>
      <Button appearance="primary" disabled={busy || pasted.trim() === "" || item === ""} onClick={() => void state.write(item, pasted)}>
        {text("targets.write")}
      </Button>
      <JobBusy status={state.status} />
      {state.status.kind === "failed" && <ProblemMessage problem={state.status.problem} />}
      {r?.kind === "written" && (
        <MessageBar intent="success">
          <MessageBarBody>{text("targets.written", { count: r.count })}</MessageBarBody>
        </MessageBar>
      )}
      {r?.kind === "refused" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {text("targets.refused")}
            <FindingLines findings={r.findings} label={text("targets.refused")} names={findingNames(rubric, units)} />
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
