import { Body1, Button, Caption1, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { leafCount } from "./treeCounts";
import { Busy } from "../../components/Busy";
import { FindingLines } from "../../components/FindingLines";
import { ProblemMessage } from "../../components/ProblemMessage";
import { useText } from "../../useText";
import type { RubricTableState } from "./useRubricTable";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalS, borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  tree: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  group: { fontWeight: tokens.fontWeightSemibold },
  id: { color: tokens.colorNeutralForeground2, marginRight: tokens.spacingHorizontalXS },
  details: { color: tokens.colorNeutralForeground2 },
  binds: { color: tokens.colorPaletteMarigoldForeground2, fontWeight: tokens.fontWeightSemibold },
});

/** The bloc's own table: write the authoring sheets, read them (or a pasted table), see the tree and its findings. */
export function RubricTableSection({ table, busy }: { table: RubricTableState; busy: boolean }) {
  const styles = useStyles();
  const text = useText();
  const { phase } = table;
  const working = busy || phase.kind === "working";
  return (
    <section className={styles.section} aria-label={text("table.region")}>
      <Body1>{text("table.intro")}</Body1>
      <div className={styles.buttons}>
        <Button onClick={() => void table.author()} disabled={working}>
          {text("table.author")}
        </Button>
        <Button onClick={() => void table.read()} disabled={working || !table.canRead}>
          {text("table.read")}
        </Button>
      </div>
      {phase.kind === "working" && <Busy label={phase.label} />}
      {phase.kind === "failed" && <ProblemMessage problem={phase.problem} />}
      {phase.kind === "authored" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{phase.file ? text("table.authoredFile", { file: phase.file }) : text("table.authored")}</MessageBarBody>
        </MessageBar>
      )}
      {phase.kind === "exists" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{text("table.exists", { sheet: phase.sheet })}</MessageBarBody>
        </MessageBar>
      )}
      {phase.kind === "read" && (
        <>
          {phase.rubric ? (
            <>
              <MessageBar intent="success" layout="multiline">
                <MessageBarBody>{text("table.used")}</MessageBarBody>
              </MessageBar>
              <Caption1>{text("table.tree", { sections: phase.rubric.sections.length, criteria: leafCount(phase.lines) })}</Caption1>
              <ul className={styles.tree} aria-label={text("table.treeLabel")}>
                {phase.lines.map((l) => (
                  <li key={l.id} style={{ paddingLeft: `${l.depth * 16}px` }}>
                    <span className={l.group ? styles.group : undefined}>
                      <span className={styles.id}>{l.id}</span> {l.name}
                    </span>{" "}
                    <span className={l.capBinds ? styles.binds : styles.details}>— {l.details}</span>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>{text(phase.notATable ? "table.notTable" : "table.cannot")}</MessageBarBody>
            </MessageBar>
          )}
          <FindingLines findings={phase.findings.filter((f) => f.severity === "error")} label={text("table.problems")} onSelect={table.select} />
          <FindingLines findings={phase.findings.filter((f) => f.severity === "warning")} label={text("table.notes")} onSelect={table.select} />
        </>
      )}
    </section>
  );
}
