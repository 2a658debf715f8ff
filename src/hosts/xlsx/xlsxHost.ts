import type { WorkbookPlan } from "../../workbook/plan";
import type { CellWrite, SnapshotOptions, WorkbookSnapshot } from "../../workbook/snapshot";
import { checkPlan, checkWrites } from "../fileProblem";
import type { WorkbookHost } from "../host";
import { applyPlanToPackage, removePackageSheets } from "./packagePlan";
import { invalidateResults, readPackage, savePackage, snapshotPackage, writePackageCells, type XlsxPackage } from "./xlsxPackage";
import type { ZipCodec } from "./zip";
import { BASE_FONT, HIGHLIGHTS, STYLES } from "../../workbook/formats";
import { writePlanXlsx } from "./writePlan";

/** A second plan on a new workbook: its sheets replace those of the same names, the rest are added after. */
function mergePlans(a: WorkbookPlan, b: WorkbookPlan): WorkbookPlan {
  // a replaced sheet keeps its place, as in an opened workbook and in Excel; only new sheets go last
  const incoming = new Map(b.sheets.map((s) => [s.name.toLowerCase(), s]));
  const kept = a.sheets.map((s) => incoming.get(s.name.toLowerCase()) ?? s);
  const added = b.sheets.filter((s) => !a.sheets.some((old) => old.name.toLowerCase() === s.name.toLowerCase()));
  return { ...b, sheets: [...kept, ...added], names: [...a.names.filter((n) => !b.names.some((m) => m.name === n.name)), ...b.names] };
}

export interface XlsxOptions {
  /** how parts are (de)compressed: portable JavaScript by default; the CLI passes Node's zlib */
  readonly codec?: ZipCodec;
}

/**
 * The codec given, else the portable one, loaded only then: the command line, which passes Node's zlib, never
 * loads fflate (whose tables cost ~10 ms to build). In the pane's bundle it stays in this chunk ("eager").
 */
async function codecOf(options: XlsxOptions): Promise<ZipCodec> {
  return options.codec ?? (await import(/* webpackMode: "eager" */ "./portableCodec")).portableCodec;
}

/** The xlsx host: a workbook held in memory, read from and saved to bytes (no file system: it runs in a browser too). */
export interface XlsxHost extends WorkbookHost {
  save(): Promise<Uint8Array>;
}

/**
 * Two representations, each used where it is good: a new workbook stays its plan until it is read or saved,
 * then is written straight from it as XML; an opened file stays a zip of XML parts that is read with a fast
 * scan and edited in place — rows patched by `fill`, sheets, styles and names added, replaced or removed by a
 * plan. Everything a verb does not own (other sheets, charts, comments, a user's names and styles) is never
 * rewritten, so it survives byte for byte.
 */
type State =
  | { kind: "new" }
  | { kind: "plan"; plan: WorkbookPlan }
  | { kind: "package"; pkg: XlsxPackage; changed: Set<string> };

/** A new, empty workbook. */
export function createXlsx(options: XlsxOptions = {}): XlsxHost {
  return host({ kind: "new" }, () => codecOf(options));
}

/**
 * Opens .xlsx bytes.
 * @throws when the bytes are not a zip holding a workbook (the service turns this into a finding)
 */
export async function openXlsx(bytes: Uint8Array | ArrayBuffer, options: XlsxOptions = {}): Promise<XlsxHost> {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const codec = await codecOf(options);
  return host({ kind: "package", pkg: readPackage(data, codec), changed: new Set() }, async () => codec);
}

function host(initial: State, codecAtHand: () => Promise<ZipCodec>): XlsxHost {
  let state = initial;
  const asPackage = async (): Promise<Extract<State, { kind: "package" }>> => {
    if (state.kind !== "package") {
      const bytes = await saveBytes();
      state = { kind: "package", pkg: readPackage(bytes, await codecAtHand()), changed: new Set() };
    }
    return state;
  };
  const saveBytes = async (): Promise<Uint8Array> => {
    const codec = await codecAtHand();
    if (state.kind === "new") state = { kind: "plan", plan: { sheets: [], names: [], styles: STYLES, highlights: HIGHLIGHTS, font: BASE_FONT } };
    if (state.kind === "plan") return writePlanXlsx(state.plan, codec);
    if (state.changed.size > 0) {
      invalidateResults(state.pkg, state.changed);
      state.changed = new Set();
    }
    return savePackage(state.pkg, codec);
  };
  return {
    async applyPlan(plan: WorkbookPlan) {
      checkPlan(plan);
      // a new workbook is written straight from its plan; an opened one is edited part by part
      if (state.kind === "new") state = { kind: "plan", plan };
      else if (state.kind === "plan") state = { kind: "plan", plan: mergePlans(state.plan, plan) };
      else {
        state.pkg = applyPlanToPackage(state.pkg, plan);
        for (const s of plan.sheets) state.changed.add(s.name);
      }
    },
    async snapshot(sheetNames?: readonly string[], options?: SnapshotOptions): Promise<WorkbookSnapshot> {
      return { sheets: snapshotPackage((await asPackage()).pkg, sheetNames, options) };
    },
    async writeValues(writes: readonly CellWrite[]) {
      checkWrites(writes);
      const p = await asPackage();
      writePackageCells(p.pkg, writes);
      for (const w of writes) p.changed.add(w.sheet);
    },
    async removeSheets(names: readonly string[]) {
      if (state.kind === "new" || !names.length) return;
      const p = await asPackage();
      const present = names.filter((n) => p.pkg.sheets.some((s) => s.name === n));
      p.pkg = removePackageSheets(p.pkg, present);
      for (const n of present) p.changed.add(n);
    },
    save: saveBytes,
  };
}
