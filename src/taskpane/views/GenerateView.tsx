import { Button, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { UiKey } from "../../i18n/ui";
import { useText } from "../useText";
import { BlocForm } from "./generate/BlocForm";
import { ExcelLimitsNotice } from "./generate/ExcelLimitsNotice";
import { GenerateOutcome } from "./generate/GenerateOutcome";
import { RubricPicker } from "./generate/RubricPicker";
import { SheetPreview } from "./generate/SheetPreview";
import { useGenerate } from "./generate/useGenerate";
import { ViewIntro } from "./ViewIntro";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  step: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

function Step({ title, children }: { title: UiKey; children: ReactNode }) {
  const styles = useStyles();
  const text = useText();
  return (
    <section className={styles.step} aria-label={text(title)}>
      <Subtitle2 as="h3" className={styles.heading}>
        {text(title)}
      </Subtitle2>
      {children}
    </section>
  );
}

/** Tạo mẫu: rubric, bloc and units, a preview of the sheets, then the workbook. */
export function GenerateView(_props: { active: boolean }) {
  const styles = useStyles();
  const text = useText();
  const state = useGenerate();
  const working = state.phase.kind === "working" || state.phase.kind === "confirm";
  const target = state.mode === "excel" ? "generate.targetExcel" : state.fileName ? "generate.targetFile" : "generate.targetNew";
  return (
    <div className={styles.view}>
      <ViewIntro title="view.generate.title" intro="view.generate.intro" />
      <ExcelLimitsNotice />
      <Step title="generate.step.rubric">
        <RubricPicker state={state} />
      </Step>
      {state.rubric && (
        <>
          <Step title="generate.step.bloc">
            <BlocForm state={state} />
          </Step>
          <Step title="generate.step.preview">
            <SheetPreview state={state} />
            <div className={styles.actions}>
              <Button appearance="primary" onClick={() => void state.generate()} disabled={!state.preview?.ok || state.stages.length === 0 || working}>
                {text("generate.run")}
              </Button>
            </div>
            {state.phase.kind !== "done" && <span>{text(target, { file: state.fileName ?? "" })}</span>}
          </Step>
        </>
      )}
      <GenerateOutcome state={state} />
    </div>
  );
}
