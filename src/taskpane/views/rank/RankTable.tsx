import {
  Badge,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import { PLACES, type Ranking, type UnitResult } from "../../../domain/scoreBloc";
import type { Rubric } from "../../../domain/types";
import { formatNumber } from "../../../i18n/format";
import { placeName, stageName } from "../../../i18n";
import type { UiKey } from "../../../i18n/ui";
import { useLang, useText } from "../../useText";

// Three columns that fit Excel's narrowest pane (320 px): rank, unit and total always whole. What the meeting
// reads next (place, classification, award) is stacked under the unit's name, and the points of each section
// open on demand, so no number or word is ever cut off or pushed out of sight.
const useStyles = makeStyles({
  table: { tableLayout: "auto", width: "100%" },
  rank: { whiteSpace: "nowrap", verticalAlign: "top", paddingInline: tokens.spacingHorizontalXS, width: "1%" },
  unit: { verticalAlign: "top", overflowWrap: "anywhere", paddingBlock: tokens.spacingVerticalXS },
  total: {
    textAlign: "right",
    verticalAlign: "top",
    fontVariantNumeric: "tabular-nums",
    fontWeight: tokens.fontWeightSemibold,
    paddingInline: tokens.spacingHorizontalXS,
    width: "1%",
  },
  number: { whiteSpace: "nowrap" },
  name: { fontWeight: tokens.fontWeightSemibold },
  facts: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, marginTop: tokens.spacingVerticalXXS },
  term: { display: "inline", color: tokens.colorNeutralForeground3, "::after": { content: '": "' } },
  value: { display: "inline", margin: 0 },
  partial: { display: "block", color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
  details: { marginTop: tokens.spacingVerticalXXS },
  summary: { cursor: "pointer", color: tokens.colorBrandForeground1, width: "fit-content" },
  points: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, paddingTop: tokens.spacingVerticalXXS },
  point: { display: "flex", justifyContent: "space-between", alignItems: "baseline", gap: tokens.spacingHorizontalS },
  pointName: { minWidth: 0, color: tokens.colorNeutralForeground2 },
  pointValue: { margin: 0, whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
});

function Fact({ term, children }: { term: UiKey; children: ReactNode }) {
  const styles = useStyles();
  const text = useText();
  return (
    <div>
      <dt className={styles.term}>{text(term)}</dt>
      <dd className={styles.value}>{children}</dd>
    </div>
  );
}

function Points({ u, rubric }: { u: UnitResult; rubric: Rubric }) {
  const styles = useStyles();
  const text = useText();
  const lang = useLang();
  const n = (v: number) => formatNumber(v, lang, rubric.scale.decimals);
  const lines: [string, number][] = [
    ...rubric.sections.map((s): [string, number] => [text("rank.sectionName", { id: s.id, name: s.name }), u.sections[s.id]]),
    [text("rank.col.bonus"), u.bonus],
    [text("rank.col.deductions"), u.deductions],
  ];
  return (
    <details className={styles.details}>
      <summary className={styles.summary}>{text("rank.sections")}</summary>
      <dl className={styles.points}>
        {lines.map(([label, value]) => (
          <div key={label} className={styles.point}>
            <dt className={styles.pointName}>{label}</dt>
            <dd className={styles.pointValue}>{n(value)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

/** Every unit of the ranking in rank order: the table an official reads out at the bloc's meeting. */
export function RankTable({ ranking, rubric }: { ranking: Ranking; rubric: Rubric }) {
  const styles = useStyles();
  const text = useText();
  const lang = useLang();
  const n = (v: number) => formatNumber(v, lang, rubric.scale.decimals);
  const award = (u: UnitResult) => {
    if (u.award) return rubric.awards.find((a) => a.id === u.award)?.label ?? u.award;
    return u.vetoed ? text("rank.vetoed") : "—";
  };
  // the engine names places as the bloc's rules do (Nhất, Nhì, Ba); the reader sees them in their language
  const place = (p: string) => placeName(PLACES.indexOf(p as (typeof PLACES)[number]) + 1 || null, lang) ?? p;
  const caption = text("rank.caption", { stage: stageName(ranking.stage, lang) });
  return (
    <Table className={styles.table} size="small" aria-label={caption}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.rank}>{text("rank.col.rank")}</TableHeaderCell>
          <TableHeaderCell>{text("rank.col.unit")}</TableHeaderCell>
          <TableHeaderCell className={styles.total}>{text("rank.col.total")}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {ranking.units.map((u) => (
          <TableRow key={u.id}>
            <TableCell className={styles.rank}>{u.rank ?? "—"}</TableCell>
            <TableCell className={styles.unit}>
              <div className={styles.name}>{u.name}</div>
              <dl className={styles.facts}>
                {u.place && (
                  <Fact term="rank.col.place">
                    <Badge appearance={u.rank === 1 ? "filled" : "tint"} color="brand">
                      {place(u.place)}
                    </Badge>
                  </Fact>
                )}
                <Fact term="rank.col.classification">{u.classification ?? "—"}</Fact>
                <Fact term="rank.col.award">{award(u)}</Fact>
              </dl>
              <Points u={u} rubric={rubric} />
            </TableCell>
            <TableCell className={styles.total}>
              <span className={styles.number}>{n(u.total)}</span>
              {!u.complete && <span className={styles.partial}>{text("rank.partial")}</span>}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
