import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../../domain/findings";
import type { Unit } from "../../../domain/types";
import type { FindingNames } from "../../../i18n";
import { useText } from "../../useText";
import { FindingItem } from "./FindingItem";
import type { FindingGroup } from "./groupFindings";

const useStyles = makeStyles({
  header: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  list: { margin: 0, padding: 0, listStyle: "none" },
});

/** Many findings open only the first group with errors, so the list stays readable on a small pane. */
const OPEN_ALL_UP_TO = 40;

/** Findings grouped by unit, each group listing its errors, then its warnings. */
export function FindingGroups({ groups, units, names, busy, onSelect, onFix }: { groups: readonly FindingGroup[]; units: readonly Unit[]; names?: FindingNames; busy: boolean; onSelect: ((sheet: string, cell: string) => void) | null; onFix: (f: Finding) => void }) {
  const styles = useStyles();
  const text = useText();
  const key = (g: FindingGroup) => g.unit ?? "";
  const total = groups.reduce((n, g) => n + g.errors.length + g.warnings.length, 0);
  const withErrors = groups.filter((g) => g.errors.length > 0).map(key);
  const open = total <= OPEN_ALL_UP_TO ? groups.map(key) : withErrors.slice(0, 1);
  return (
    // a new set of groups (after a fix, another stage) opens afresh: groups that just got errors are shown
    <Accordion key={groups.map(key).join("|")} multiple collapsible defaultOpenItems={open}>
      {groups.map((g) => {
        const name = g.name ?? text("validate.general");
        return (
          <AccordionItem key={key(g)} value={key(g)}>
            <AccordionHeader as="h3">
              <span className={styles.header}>
                <span>{name}</span>
                {g.errors.length > 0 && (
                  <Badge appearance="filled" color="danger">
                    {text("validate.errors", { count: g.errors.length })}
                  </Badge>
                )}
                {g.warnings.length > 0 && (
                  <Badge appearance="tint" color="warning">
                    {text("validate.warnings", { count: g.warnings.length })}
                  </Badge>
                )}
              </span>
            </AccordionHeader>
            <AccordionPanel>
              {(["errors", "warnings"] as const).map((kind) =>
                g[kind].length === 0 ? null : (
                  <ul key={kind} className={styles.list} aria-label={text(kind === "errors" ? "validate.errorsOf" : "validate.warningsOf", { unit: name })}>
                    {g[kind].map((f, i) => (
                      <FindingItem key={i} finding={f} units={units} names={names} busy={busy} onSelect={onSelect} onFix={onFix} />
                    ))}
                  </ul>
                ),
              )}
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
}
