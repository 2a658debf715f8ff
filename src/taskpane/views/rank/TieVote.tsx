import { Body1, Button, Card, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Unit, VoteOrder } from "../../../domain/types";
import { useText } from "../../useText";

const useStyles = makeStyles({
  card: { gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  moves: { display: "flex", gap: tokens.spacingHorizontalXS, flexShrink: 0 },
});

function moved(order: readonly string[], i: number, by: -1 | 1): string[] {
  const next = [...order];
  [next[i], next[i + by]] = [next[i + by], next[i]];
  return next;
}

/**
 * One tie the rubric's chain left: the meeting's vote order, put in place with Up/Down buttons, is written into
 * the "Biểu quyết" column (1, 2, …), and the ranking follows it.
 */
export function TieVote({ group, units, rank, total, disabled, onRecord }: { group: readonly string[]; units: readonly Unit[]; rank: number | null; total: string; disabled: boolean; onRecord: (order: VoteOrder) => void }) {
  const styles = useStyles();
  const text = useText();
  const [order, setOrder] = useState<readonly string[]>(group);
  const name = (id: string) => units.find((u) => u.id === id)?.name ?? id;
  const title = text("vote.title", { rank: rank ?? "—", total });
  return (
    <Card className={styles.card} role="group" aria-label={title}>
      <Subtitle2 as="h4" className={styles.heading}>
        {title}
      </Subtitle2>
      <Body1>{text("vote.explain")}</Body1>
      <ol className={styles.list} aria-label={text("vote.order")}>
        {order.map((id, i) => (
          <li key={id}>
            <span className={styles.item}>
              <span>{name(id)}</span>
              <span className={styles.moves}>
                <Button size="small" appearance="subtle" disabled={disabled || i === 0} aria-label={text("vote.up", { unit: name(id) })} onClick={() => setOrder(moved(order, i, -1))}>
                  {text("vote.upShort")}
                </Button>
                <Button size="small" appearance="subtle" disabled={disabled || i === order.length - 1} aria-label={text("vote.down", { unit: name(id) })} onClick={() => setOrder(moved(order, i, 1))}>
                  {text("vote.downShort")}
                </Button>
              </span>
            </span>
          </li>
        ))}
      </ol>
      <div>
        <Button appearance="primary" disabled={disabled} onClick={() => onRecord(order)}>
          {text("vote.record")}
        </Button>
      </div>
    </Card>
  );
}
