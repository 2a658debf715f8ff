import { Badge, Body1, makeStyles, tokens } from "@fluentui/react-components";
import type { PreviewSheetKind } from "../../../services/previewGeneration";
import { FindingLines } from "../../components/FindingLines";
import type { UiKey } from "../../../i18n/ui";
import { useText } from "../../useText";
import type { GenerateState } from "./useGenerate";
import { findingNames } from "../../../i18n";

const useStyles = makeStyles({
  list: {
    margin: 0,
    padding: tokens.spacingVerticalXS,
    listStyle: "none",
    maxHeight: "180px",
    overflowY: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  item: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS, padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}` },
  problems: { color: tokens.colorPaletteRedForeground1 },
  gaps: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorPaletteRedForeground1 },
});

const KIND: Record<PreviewSheetKind, UiKey> = { summary: "generate.kind.summary", rubric: "generate.kind.rubric", unit: "generate.kind.unit" };

/** Step 3: what the workbook will hold, before anything is written — or what stops it. */
export function SheetPreview({ state }: { state: GenerateState }) {
  const styles = useStyles();
  const text = useText();
  const p = state.preview;
  if (!p) return null;
  if (state.stages.length === 0) return <Body1 className={styles.problems}>{text("generate.noStage")}</Body1>;
  const gaps = state.formGaps;
  if (!p.ok || gaps.length > 0) {
    const shown = gaps.length > 0 ? p.findings.filter((f) => f.source?.file !== state.unitsFile) : p.findings;
    return (
      <>
        <Body1 className={styles.problems}>{text("generate.cannot")}</Body1>
        {gaps.length > 0 && (
          <ul className={styles.gaps} aria-label={text("generate.gaps")}>
            {gaps.map((g) => (
              <li key={g}>{text(g)}</li>
            ))}
          </ul>
        )}
        <FindingLines findings={shown} label={text("generate.problems")} names={findingNames(p.rubric, p.bloc?.units)} />
      </>
    );
  }
  const c = p.counts;
  return (
    <>
      <Body1>{text("generate.summary", { sheets: p.sheets.length, units: c.units, sections: c.sections, criteria: c.criteria, bonus: c.bonus, deductions: c.deductions, stages: c.stages })}</Body1>
      {/* focusable: a list that scrolls must be reachable with the keyboard to be read (WCAG 2.1.1) */}
      <ul className={styles.list} aria-label={text("generate.sheetList")} tabIndex={0}>
        {p.sheets.map((s) => (
          <li key={s.name} className={styles.item}>
            <span>{s.name}</span>
            <Badge appearance="tint" color={s.kind === "unit" ? "informative" : "brand"}>
              {text(KIND[s.kind])}
            </Badge>
          </li>
        ))}
      </ul>
      <FindingLines findings={p.findings} label={text("generate.notes")} names={findingNames(p.rubric, p.bloc?.units)} />
    </>
  );
}
