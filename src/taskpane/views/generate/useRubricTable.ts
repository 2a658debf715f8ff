import { useCallback, useState } from "react";
import type { Finding } from "../../../domain/findings";
import type { Rubric } from "../../../domain/types";
import type { TreeLine } from "../../../i18n/rubricTree";
import { RUBRIC_TABLE_LABELS } from "../../../i18n/rubricTable";
import { loadEngine } from "../../lazy/loadEngine";
import { useLang } from "../../useText";
import { useWorkbookSource } from "../../workbookSource/context";
import type { Problem } from "../../workbookSource/types";
import type { RubricChoice } from "./generateInputs";

/** The authoring sheets are the bloc's document: their words stay Vietnamese whatever the pane's language. */
const SHEET_LANG = "vi";
const AUTHORING_FILE = "bang-tieu-chi.xlsx";

export type TablePhase =
  | { readonly kind: "idle" }
  | { readonly kind: "working"; readonly label: "table.authoring" | "table.reading" }
  | { readonly kind: "authored"; readonly file: string | null }
  | { readonly kind: "exists"; readonly sheet: string }
  /** the table read: its tree when it has no error, and every finding with its cell */
  | { readonly kind: "read"; readonly rubric: Rubric | null; readonly lines: readonly TreeLine[]; readonly findings: readonly Finding[]; readonly notATable: boolean }
  | { readonly kind: "failed"; readonly problem: Problem };

const detail = (e: unknown) => (e instanceof Error ? e.message : String(e)).slice(0, 200);

/**
 * "Soạn bảng tiêu chí" adds the two authoring sheets (the example's rows) to the workbook, or makes a file of them;
 * "Đọc bảng tiêu chí" reads them — or a table pasted into any sheet — shows the tree and the findings, and hands a
 * table without errors to generation as its rubric.
 */
export function useRubricTable(choose: (choice: RubricChoice) => void) {
  const source = useWorkbookSource();
  const lang = useLang();
  const [phase, setPhase] = useState<TablePhase>({ kind: "idle" });

  const author = useCallback(async () => {
    setPhase({ kind: "working", label: "table.authoring" });
    try {
      const engine = await loadEngine();
      const sample = engine.rubricFromText(engine.SAMPLE_RUBRIC_TEXT, "rubric.json");
      if (!sample.ok) throw new Error("sample rubric");
      const labels = RUBRIC_TABLE_LABELS[SHEET_LANG];
      if (source.host) {
        const names = (await source.host.snapshot([labels.criteriaSheet, labels.rulesSheet])).sheets.map((s) => s.name);
        // an official's table is never overwritten by the example
        if (names.length > 0) return setPhase({ kind: "exists", sheet: names[0] });
      }
      const target = await source.generationTarget();
      await engine.exportRubricTable(sample.value, target.host, SHEET_LANG);
      target.keep(AUTHORING_FILE);
      setPhase({ kind: "authored", file: target.fresh ? AUTHORING_FILE : null });
    } catch (e) {
      setPhase({ kind: "failed", problem: { key: "table.failed", params: { detail: detail(e) } } });
    }
  }, [source]);

  const read = useCallback(async () => {
    const host = source.host;
    if (!host) return;
    setPhase({ kind: "working", label: "table.reading" });
    try {
      const engine = await loadEngine();
      // inside Excel there is no file to name: the findings say the sheet and the cell
      const out = await engine.importRubricTable(host, { file: source.fileName ?? "", year: new Date().getFullYear() });
      const rubric = out.exit === 0 && out.rubric ? out.rubric : null;
      setPhase({ kind: "read", rubric, lines: rubric ? engine.treeLines(rubric, lang) : [], findings: out.findings, notATable: out.exit === 2 });
      if (rubric) choose({ text: JSON.stringify(rubric), file: source.fileName ?? "", origin: "table" });
    } catch (e) {
      setPhase({ kind: "failed", problem: { key: "table.failed", params: { detail: detail(e) } } });
    }
  }, [source.host, source.fileName, lang, choose]);

  /** In Excel, a finding's cell is a link that selects it. */
  const select = source.live ? (sheet: string, cell: string) => void source.live?.selectCell(sheet, cell) : undefined;

  return { phase, author, read, canRead: source.host !== null, select };
}

export type RubricTableState = ReturnType<typeof useRubricTable>;
