import { Body1, Button, makeStyles, tokens } from "@fluentui/react-components";
import { useRef } from "react";
import { FindingLines } from "../../components/FindingLines";
import { useText } from "../../useText";
import type { GenerateState } from "./useGenerate";
import { RubricTableSection } from "./RubricTableSection";
import { useRubricTable } from "./useRubricTable";

const useStyles = makeStyles({
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  input: { display: "none" },
  chosen: { color: tokens.colorNeutralForeground2 },
});

/** Step 1: where the agreed rubric comes from — the bundled example, a .json file, or the open workbook. */
export function RubricPicker({ state }: { state: GenerateState }) {
  const styles = useStyles();
  const text = useText();
  const input = useRef<HTMLInputElement>(null);
  const busy = state.phase.kind === "working";
  const table = useRubricTable(state.chooseRubric);
  return (
    <>
      <div className={styles.buttons}>
        <Button onClick={() => void state.loadSample()} disabled={busy}>
          {text("generate.useSample")}
        </Button>
        <Button onClick={() => input.current?.click()} disabled={busy}>
          {text("generate.chooseRubric")}
        </Button>
        <input
          ref={input}
          className={styles.input}
          type="file"
          accept=".json,application/json"
          aria-label={text("generate.chooseRubricLabel")}
          tabIndex={-1}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = "";
            if (file) void state.loadRubricFile(file);
          }}
        />
        <Button onClick={() => void state.loadFromWorkbook()} disabled={busy || !state.canReadWorkbook}>
          {text(state.mode === "excel" ? "generate.fromWorkbook" : "generate.fromFile")}
        </Button>
      </div>
      {state.rubric && (
        <Body1 className={styles.chosen}>
          {state.preview?.rubric
            ? text("generate.rubricChosen", { title: state.preview.rubric.title, file: state.rubricFile })
            : text("generate.rubricFile", { file: state.rubricFile })}
        </Body1>
      )}
      <FindingLines findings={state.loadFindings} label={text("generate.loadProblems")} />
      <RubricTableSection table={table} busy={busy} />
    </>
  );
}
