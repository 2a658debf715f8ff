import { Checkbox, Dropdown, Field, Input, makeStyles, Option, Textarea, tokens } from "@fluentui/react-components";
import { STAGES } from "../../../domain/types";
import { stageName } from "../../../i18n";
import { capitalized } from "../../textCase";
import { useLang, useText } from "../../useText";
import { SelectionButton } from "./SelectionButton";
import type { GenerateState } from "./useGenerate";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  grow: { flexGrow: 1, minWidth: "140px" },
  year: { width: "90px" },
  units: { minHeight: "140px" },
  stages: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, border: "none", margin: 0, padding: 0 },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
});

/** Step 2: the bloc — its name and year, its units, head and deputy, and the stages the workbook scores. */
export function BlocForm({ state }: { state: GenerateState }) {
  const styles = useStyles();
  const text = useText();
  const lang = useLang();
  const { fields, units, setField } = state;
  const none = text("generate.roleNone");
  const roleOptions = units.filter((u) => u.id !== "" && u.name !== "");
  const roleLabel = (id: string) => roleOptions.find((u) => u.id === id)?.name ?? (id === "" ? none : id);
  return (
    <div className={styles.form}>
      <div className={styles.row}>
        <Field className={styles.grow} label={text("generate.blocName")}>
          <Input value={fields.name} onChange={(_, d) => setField("name", d.value)} />
        </Field>
        <Field label={text("generate.year")}>
          <Input className={styles.year} inputMode="numeric" value={fields.year} onChange={(_, d) => setField("year", d.value)} />
        </Field>
      </div>
      <Field label={text("generate.units")} hint={text("generate.unitsHint", { count: units.length })}>
        <Textarea className={styles.units} resize="vertical" value={fields.unitsText} onChange={(_, d) => setField("unitsText", d.value)} />
      </Field>
      <SelectionButton onUnits={(t) => setField("unitsText", t)} />
      <div className={styles.row}>
        {(["head", "deputy"] as const).map((role) => (
          <Field key={role} className={styles.grow} label={text(role === "head" ? "generate.head" : "generate.deputy")}>
            <Dropdown
              value={roleLabel(fields[role])}
              selectedOptions={[fields[role]]}
              onOptionSelect={(_, d) => setField(role, d.optionValue ?? "")}
            >
              <Option value="">{none}</Option>
              {roleOptions.map((u) => (
                <Option key={u.id} value={u.id}>
                  {u.name}
                </Option>
              ))}
            </Dropdown>
          </Field>
        ))}
      </div>
      <fieldset className={styles.stages}>
        <legend className={styles.legend}>{text("generate.stages")}</legend>
        {STAGES.map((s) => (
          <Checkbox key={s} label={capitalized(stageName(s, lang))} checked={state.stages.includes(s)} onChange={(_, d) => state.toggleStage(s, d.checked === true)} />
        ))}
      </fieldset>
    </div>
  );
}
