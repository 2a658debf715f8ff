import { Body1, Button, Card, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import type { Unit, VoteOrder } from "../../../domain/types";
import { useText } from "../../useText";

const useStyles = makeStyles({
  card: { gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  moves: { display: "flex", gap: tokens.spacingHorizontalXS, flexShrink: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

type Move = "up" | "down";

function moved(order: readonly string[], i: number, by: -1 | 1): string[] {
  const next = [...order];
  [next[i], next[i + by]] = [next[i + by], next[i]];
  return next;
}

/**
 * One tie the rubric's chain left: the meeting's vote order, put in place with Up/Down buttons, is written into
 * the "Biểu quyết" column (1, 2, …), and the ranking follows it. Reopened to change a recorded vote, it starts
 * from the order recorded and can be closed unchanged.
 */
export function TieVote({ group, units, title, disabled, onRecord, onKeep, focusOnOpen = false }: { group: readonly string[]; units: readonly Unit[]; title: string; disabled: boolean; onRecord: (order: VoteOrder) => void; onKeep?: () => void; focusOnOpen?: boolean }) {
  const styles = useStyles();
  const text = useText();
  const [order, setOrder] = useState<readonly string[]>(group);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const card = useRef<HTMLDivElement>(null);
  // moving an item re-inserts its row, which drops the focus: it goes back to the moved item's button (or, at
  // the end of the list where that button is off, to its other one)
  const [refocus, setRefocus] = useState<{ id: string; move: Move } | null>(null);
  const name = (id: string) => units.find((u) => u.id === id)?.name ?? id;

  useLayoutEffect(() => {
    if (!refocus) return;
    const want = buttons.current.get(`${refocus.id}:${refocus.move}`);
    const other = buttons.current.get(`${refocus.id}:${refocus.move === "up" ? "down" : "up"}`);
    (want && !want.disabled ? want : other)?.focus();
    setRefocus(null);
  }, [refocus]);

  useEffect(() => {
    if (focusOnOpen) card.current?.focus();
  }, [focusOnOpen]);

  const move = (id: string, i: number, m: Move) => {
    setOrder(moved(order, i, m === "up" ? -1 : 1));
    setRefocus({ id, move: m });
  };
  const keep = (id: string, m: Move) => (el: HTMLButtonElement | null) => {
    if (el) buttons.current.set(`${id}:${m}`, el);
    else buttons.current.delete(`${id}:${m}`);
  };
  return (
    <Card ref={card} className={styles.card} role="group" aria-label={title} tabIndex={-1}>
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
                <Button ref={keep(id, "up")} size="small" appearance="subtle" disabled={disabled || i === 0} aria-label={text("vote.up", { unit: name(id) })} onClick={() => move(id, i, "up")}>
                  {text("vote.upShort")}
                </Button>
                <Button ref={keep(id, "down")} size="small" appearance="subtle" disabled={disabled || i === order.length - 1} aria-label={text("vote.down", { unit: name(id) })} onClick={() => move(id, i, "down")}>
                  {text("vote.downShort")}
                </Button>
              </span>
            </span>
          </li>
        ))}
      </ol>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={disabled} onClick={() => onRecord(order)}>
          {text("vote.record")}
        </Button>
        {onKeep && (
          <Button disabled={disabled} onClick={onKeep}>
            {text("vote.keep")}
          </Button>
        )}
      </div>
    </Card>
  );
}
