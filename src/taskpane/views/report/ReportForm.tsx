import { Button, Dropdown, Field, Input, makeStyles, Option, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { formatCalendarDate, parseCalendarDate } from "../../../domain/calendarDate";
import type { Bloc } from "../../../domain/types";
import { useText } from "../../useText";
import type { ReportForm as Form } from "./useReport";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, maxWidth: "100%" },
  field: { minWidth: 0 },
  dropdown: { minWidth: 0, maxWidth: "100%" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

function today(): string {
  const now = new Date();
  return formatCalendarDate({ y: now.getFullYear(), m: now.getMonth() + 1, d: now.getDate() });
}

/** Place, date (dd/mm/yyyy as documents write it; ISO too) and next year's head and deputy from the bloc's units. */
export function ReportForm({ bloc, busy, onSubmit }: { bloc: Bloc; busy: boolean; onSubmit: (form: Form) => void }) {
  const styles = useStyles();
  const text = useText();
  const [place, setPlace] = useState("");
  const [date, setDate] = useState(today);
  const [head, setHead] = useState<string | null>(bloc.head ?? null);
  const [deputy, setDeputy] = useState<string | null>(bloc.deputy ?? null);
  const [tried, setTried] = useState(false);
  const parsed = parseCalendarDate(date);
  const nameOf = (id: string | null) => (id ? (bloc.units.find((u) => u.id === id)?.name ?? id) : text("report.none"));
  // said as soon as it is chosen, not only on submit: the report would print one unit in both offices
  const same = head !== null && head === deputy;
  const unitChoice = (label: "report.head" | "report.deputy", value: string | null, set: (id: string | null) => void, problem?: string) => (
    <Field className={styles.field} label={text(label)} validationMessage={problem}>
      <Dropdown className={styles.dropdown} value={nameOf(value)} selectedOptions={value ? [value] : []} onOptionSelect={(_, d) => set(d.optionValue ?? null)}>
        {bloc.units.map((u) => (
          <Option key={u.id} value={u.id}>
            {u.name}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
  return (
    <form
      className={styles.form}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (parsed && !same) onSubmit({ place, date: parsed, head, deputy });
      }}
    >
      <Field className={styles.field} label={text("report.place")}>
        <Input value={place} onChange={(_, d) => setPlace(d.value)} />
      </Field>
      <Field className={styles.field} label={text("report.date")} required validationMessage={tried && !parsed ? text("report.dateBad", { value: date }) : undefined}>
        <Input value={date} inputMode="numeric" onChange={(_, d) => setDate(d.value)} />
      </Field>
      {unitChoice("report.head", head, setHead)}
      {unitChoice("report.deputy", deputy, setDeputy, same ? text("report.sameUnit", { name: nameOf(head) }) : undefined)}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={busy}>
          {text("report.submit")}
        </Button>
      </div>
    </form>
  );
}
