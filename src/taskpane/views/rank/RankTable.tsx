import {
  Badge,
  makeStyles,
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import type { Ranking, UnitResult } from "../../../domain/scoreBloc";
import type { Rubric } from "../../../domain/types";
import { formatNumber } from "../../../i18n/format";
import { stageName } from "../../../i18n";
import { useLang, useText } from "../../useText";

const useStyles = makeStyles({
  scroll: {
    overflowX: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  // auto layout over the pane's width: unit names wrap, and the wide columns beyond it scroll sideways
  table: { tableLayout: "auto", width: "100%" },
  num: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  unit: { minWidth: "110px" },
  narrow: { whiteSpace: "nowrap", paddingInline: tokens.spacingHorizontalXS },
  wide: { minWidth: "170px" },
  total: { fontWeight: tokens.fontWeightSemibold },
  partial: { color: tokens.colorNeutralForeground3 },
});



/** Every unit of the ranking in rank order: the table an official reads out at the bloc's meeting. */
export function RankTable({ ranking, rubric }: { ranking: Ranking; rubric: Rubric }) {
  const styles = useStyles();
  const text = useText();
  const lang = useLang();
  const d = rubric.scale.decimals;
  const n = (v: number) => formatNumber(v, lang, d);
  const award = (u: UnitResult) => {
    if (u.award) return rubric.awards.find((a) => a.id === u.award)?.label ?? u.award;
    return u.vetoed ? text("rank.vetoed") : "—";
  };
  const caption = text("rank.caption", { stage: stageName(ranking.stage, lang) });
  return (
    <div className={styles.scroll} tabIndex={0} role="region" aria-label={caption}>
      <Table className={styles.table} size="small" aria-label={caption}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.narrow}>{text("rank.col.rank")}</TableHeaderCell>
            <TableHeaderCell className={styles.narrow}>{text("rank.col.place")}</TableHeaderCell>
            <TableHeaderCell className={styles.unit}>{text("rank.col.unit")}</TableHeaderCell>
            <TableHeaderCell className={styles.num}>{text("rank.col.total")}</TableHeaderCell>
            <TableHeaderCell className={styles.wide}>{text("rank.col.classification")}</TableHeaderCell>
            <TableHeaderCell className={styles.wide}>{text("rank.col.award")}</TableHeaderCell>
            {rubric.sections.map((s) => (
              <TableHeaderCell key={s.id} className={styles.num} title={s.name}>
                {text("rank.col.section", { id: s.id })}
              </TableHeaderCell>
            ))}
            <TableHeaderCell className={styles.num}>{text("rank.col.bonus")}</TableHeaderCell>
            <TableHeaderCell className={styles.num}>{text("rank.col.deductions")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {ranking.units.map((u) => (
            <TableRow key={u.id}>
              <TableCell className={styles.narrow}>{u.rank ?? "—"}</TableCell>
              <TableCell className={styles.narrow}>
                {u.place ? (
                  <Badge appearance={u.rank === 1 ? "filled" : "tint"} color="brand">
                    {u.place}
                  </Badge>
                ) : (
                  "—"
                )}
              </TableCell>
              <TableCell className={styles.unit}>{u.name}</TableCell>
              <TableCell className={mergeClasses(styles.num, styles.total)}>
                {n(u.total)}
                {!u.complete && <span className={styles.partial}> {text("rank.partial")}</span>}
              </TableCell>
              <TableCell className={styles.wide}>{u.classification ?? "—"}</TableCell>
              <TableCell className={styles.wide}>{award(u)}</TableCell>
              {rubric.sections.map((s) => (
                <TableCell key={s.id} className={styles.num}>
                  {n(u.sections[s.id])}
                </TableCell>
              ))}
              <TableCell className={styles.num}>{n(u.bonus)}</TableCell>
              <TableCell className={styles.num}>{n(u.deductions)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
