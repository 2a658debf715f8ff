import { parseBloc } from "../../domain/blocRules";
import { finding, type Finding } from "../../domain/findings";
import { parseRubric } from "../../domain/rubricRules";
import type { Bloc, Rubric } from "../../domain/types";
import type { Lang } from "../../i18n/types";
import { workbookLabels } from "../../i18n/workbook";
import { fingerprint } from "../fingerprint";
import { FORMAT_VERSION, META_SHEET } from "../layout";
import { readMeta, type SheetNames } from "../metaSheet";
import type { WorkbookSnapshot } from "../snapshot";

/** What the very hidden sheet says about a workbook: enough to rebuild its plan and check everything else against. */
export interface StoredWorkbook {
  readonly rubric: Rubric;
  readonly bloc: Bloc;
  readonly sheets: SheetNames;
  /** the labels' language the workbook was made in, told by its fixed sheet names */
  readonly lang: Lang;
  readonly fingerprint: { readonly stored: string; readonly actual: string };
  /** the stored rubric's own warnings (a section cap that binds) */
  readonly findings: readonly Finding[];
  /** the workbook's format (FORMAT_VERSION when made by this version) */
  readonly version: number;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function workbookLang(sheets: SheetNames): Lang {
  return (["vi", "en"] as const).find((l) => workbookLabels[l].sheets.summary === sheets.summary) ?? "vi";
}

/**
 * The stored rubric, bloc and sheet names, without reading any other sheet (readWorkbook stops at the first layout
 * error; validate goes on and reports them all). Not a Thi đua workbook, or its hidden data unreadable: ERR_NOT_WORKBOOK.
 */
export function readStoredWorkbook(snapshot: WorkbookSnapshot, options: { readonly legacy?: boolean } = {}): { ok: true; value: StoredWorkbook } | { ok: false; findings: Finding[] } {
  const meta = snapshot.sheets.find((s) => s.name === META_SHEET);
  if (!meta) return { ok: false, findings: [finding("ERR_NOT_WORKBOOK", { reason: "meta", key: META_SHEET })] };
  const read = readMeta(meta.values);
  if (!read.ok) return { ok: false, findings: [finding("ERR_NOT_WORKBOOK", { reason: read.problem, key: read.key ?? null })] };
  // made by an earlier version: its layout differs, so only moving its inputs into the new layout reads it
  if (read.meta.version < FORMAT_VERSION && !options.legacy) return { ok: false, findings: [finding("ERR_WORKBOOK_OLD", { version: read.meta.version, current: FORMAT_VERSION })] };
  const rubric = parseRubric(parseJson(read.meta.rubricJson));
  const bloc = parseBloc(parseJson(read.meta.blocJson));
  if (!rubric.ok) return { ok: false, findings: [finding("ERR_NOT_WORKBOOK", { reason: "rubric" })] };
  if (!bloc.ok) return { ok: false, findings: [finding("ERR_NOT_WORKBOOK", { reason: "bloc" })] };
  const sheets = read.meta.sheets;
  if (sheets.units.length !== bloc.value.units.length) return { ok: false, findings: [finding("ERR_NOT_WORKBOOK", { reason: "sheets" })] };
  return {
    ok: true,
    value: {
      rubric: rubric.value,
      bloc: bloc.value,
      sheets,
      lang: workbookLang(sheets),
      fingerprint: {
        stored: read.meta.rubricSha256,
        // hashed when asked (validate asks; rank, fill and the others never do): SHA-256 in JavaScript costs tens of ms
        get actual() {
          return fingerprint(rubric.value);
        },
      },
      findings: [...rubric.findings, ...bloc.findings],
      version: read.meta.version,
    },
  };
}

/**
 * The sheets validate reads, from the meta sheet alone: the rubric, summary and unit sheets and the meta sheet.
 * Anything else (a regenerate's hidden backup copies) is left unread. Null when the meta sheet can't say.
 */
export function sheetsToRead(meta: WorkbookSnapshot): string[] | null {
  const sheet = meta.sheets.find((s) => s.name === META_SHEET);
  const read = sheet ? readMeta(sheet.values) : null;
  if (!read?.ok) return null;
  const { rubric, summary, units } = read.meta.sheets;
  return [summary, rubric, ...units, META_SHEET];
}
