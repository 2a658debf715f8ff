import { useState } from "react";
import type { UiKey } from "../../../i18n/ui";
import { useWorkbookSource } from "../../workbookSource/context";

/** The selected cells as unit lines: "code<TAB>name" for two columns, the name alone for one. Empty rows go. */
export function selectionToUnitLines(rows: readonly (readonly string[])[]): string {
  return rows
    .map((row) => row.map((c) => c.trim()).filter((c) => c !== "").slice(0, 2).join("\t"))
    .filter((line) => line !== "")
    .join("\n");
}

export function useSelectionUnits(onUnits: (text: string) => void) {
  const { live } = useWorkbookSource();
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<UiKey | null>(null);
  const read = async () => {
    if (!live) return;
    setBusy(true);
    try {
      const lines = selectionToUnitLines(await live.readSelection());
      if (lines === "") setNote("generate.selectionEmpty");
      else {
        setNote(null);
        onUnits(lines);
      }
    } catch {
      setNote("generate.selectionFailed");
    } finally {
      setBusy(false);
    }
  };
  return { available: live !== null, busy, note, read };
}
