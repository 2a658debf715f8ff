import { Body1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { formatNumber, stageName, type FindingNames } from "../../../i18n";
import type { Lang } from "../../../i18n/types";
import type { MergeChange } from "../../../services/mergeCopies";
import type { CellScalar } from "../../../workbook/plan";
import { useLang, useText } from "../../useText";

const useStyles = makeStyles({
  units: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  unit: { margin: 0, overflowWrap: "anywhere" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

function shown(v: CellScalar, lang: Lang, empty: string): string {
  if (v === null || v === "") return empty;
  return typeof v === "number" ? formatNumber(v, lang) : `"${String(v)}"`;
}

/** Every change a merge would make, unit by unit: the item by name, old → new, and the evidence beside it. */
export function ChangeList({ changes, names }: { changes: readonly MergeChange[]; names: FindingNames }) {
  const styles = useStyles();
  const text = useText();
  const lang = useLang();
  const byCopy = new Map<string, MergeChange[]>();
  for (const c of changes) byCopy.set(c.copy, [...(byCopy.get(c.copy) ?? []), c]);
  const empty = text("merge.empty");
  return (
    <ul className={styles.units}>
      {[...byCopy].map(([file, list]) => (
        <li key={file}>
          <Subtitle2 as="h4" className={styles.unit}>
            {text("merge.unitFrom", { unit: names.units.get(list[0].unit) ?? list[0].unit, file })}
          </Subtitle2>
          <ul className={styles.list}>
            {list.map((c) => {
              const item = names.items.get(c.item)?.name ?? c.item;
              const params = { item, before: shown(c.before, lang, empty), after: shown(c.after, lang, empty) };
              return (
                <li key={`${c.sheet}!${c.cell}`}>
                  <Body1>{c.stage ? text("merge.change", { ...params, stage: stageName(c.stage, lang) }) : text("merge.note", params)}</Body1>
                </li>
              );
            })}
          </ul>
        </li>
      ))}
    </ul>
  );
}
