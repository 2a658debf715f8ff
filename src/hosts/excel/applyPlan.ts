import type { PlanSheet, WorkbookPlan } from "../../workbook/plan";
import type { ExcelCapabilities } from "./capabilities";
import { queueSheetLayout, writeCells } from "./layout";
import { RequestMeter, type ExcelRun } from "./run";
import { applyNames, deleteSheet, quietEvents, recalcIfManual, TEMP_PREFIX, type LoadedSheet } from "./sheets";

/** A plan sheet while it is built: its temporary name, and its proxy (valid across syncs of this context). */
interface Building {
  readonly plan: PlanSheet;
  readonly temp: string;
  ws?: Excel.Worksheet;
}

/**
 * Applies a plan to the open workbook in three syncs (plus one per 4 MB of request):
 * 1. read the sheets, names and calculation mode;
 * 2. add every plan sheet under a temporary name, then write cells and formats; formulas name the other plan
 *    sheets by their temporary names, so they bind to the new sheets and follow them when renamed (Excel binds
 *    a reference when the formula is written);
 * 3. the swap: the sheets being replaced are renamed aside (very hidden ones made hidden: Excel refuses to delete
 *    a very hidden sheet), the new ones take their names, then the old ones are deleted and each new sheet moves
 *    into its predecessor's place (Worksheet.position); sheets that replace nothing stay last, in plan order.
 * Office.js has no transactions. If step 2 fails, the temporary sheets are removed; if step 3 fails before every
 * new sheet carries its name, the new sheets are removed and the old ones put back; after that, the rest of the
 * swap is finished. The user ends with the old workbook or the new one, never a mix.
 */
export async function applyPlanExcel(run: ExcelRun, plan: WorkbookPlan, caps: ExcelCapabilities): Promise<void> {
  await run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name,items/id,items/visibility");
    const app = context.workbook.application.load("calculationMode");
    const names = caps.names ? context.workbook.names.load("items/name") : null;
    await context.sync();
    const existingNames = new Set(names?.items.map((n) => n.name.toLowerCase()) ?? []);
    const before: LoadedSheet[] = sheets.items.map((ws) => ({ ws, name: ws.name, id: ws.id, visibility: ws.visibility }));
    const wanted = new Set(plan.sheets.map((s) => s.name.toLowerCase()));
    const taken = new Set(before.map((s) => s.name.toLowerCase()));
    const freeName = uniqueNames(taken);
    // left by an apply that never finished: unnamed new sheets go; sheets put aside hold the user's data and stay
    for (const s of before) if (/^~thidua~\d+$/.test(s.name)) deleteSheet(s, caps);
    const replaced = before.filter((s) => wanted.has(s.name.toLowerCase())).map((s) => ({ ...s, aside: freeName(`${TEMP_PREFIX}o`) }));
    // a replaced sheet's place, among the sheets that stay (unnamed leftovers go): its successor takes it
    const places = new Map(
      before
        .filter((s) => !/^~thidua~\d+$/.test(s.name))
        .flatMap((s, i): [string, number][] => (wanted.has(s.name.toLowerCase()) ? [[s.name.toLowerCase(), i]] : [])),
    );
    const building: Building[] = plan.sheets.map((p, i) => ({ plan: p, temp: `${TEMP_PREFIX}${i}` }));
    const rename = renamer(new Map(building.map((b) => [b.plan.name, b.temp])));

    const meter = new RequestMeter(context);
    quietEvents(context, caps, false);
    try {
      if (caps.conditionalFormats) context.application.suspendApiCalculationUntilNextSync();
      if (caps.pageLayout) context.application.suspendScreenUpdatingUntilNextSync();
      // every sheet exists before any formula is written, so references between them bind
      // ids let a failed swap tell the new sheets from the old whatever they are called by then
      for (const b of building) b.ws = sheets.add(b.temp).load("id");
      for (const b of building) {
        const ws = b.ws as Excel.Worksheet;
        await writeCells(meter, ws, b.plan, rename);
        await queueSheetLayout(meter, ws, b.plan, plan, caps, rename);
      }
      await context.sync();
    } catch (e) {
      await removeBuilt(context, building.map((b) => b.temp), caps);
      throw e;
    }

    const added = building.map((b) => ({ plan: b.plan, ws: b.ws as Excel.Worksheet }));
    try {
      for (const r of replaced) {
        if (r.visibility === "VeryHidden") r.ws.visibility = "Hidden";
        r.ws.name = r.aside;
      }
      for (const a of added) a.ws.name = a.plan.name;
      const hidden = replaced.map((r) => ({ ...r, visibility: r.visibility === "VeryHidden" ? "Hidden" : r.visibility }));
      finishSwap(context, plan, added, hidden, places, existingNames, caps, app.calculationMode);
      await context.sync();
    } catch (e) {
      const forward = await recoverSwap(context, plan, added, replaced, places, caps, app.calculationMode);
      if (!forward) throw e;
    }
  });
}

/**
 * Everything after the new sheets carry their names: their visibility and protection, old sheets deleted, each
 * new sheet moved into the place of the sheet it replaced (as the .xlsx host replaces a sheet in place), names.
 */
function finishSwap(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  added: readonly { plan: PlanSheet; ws: Excel.Worksheet }[],
  oldSheets: readonly LoadedSheet[],
  places: ReadonlyMap<string, number>,
  existingNames: ReadonlySet<string>,
  caps: ExcelCapabilities,
  calculationMode: string,
  protectedAlready: ReadonlySet<string> = new Set(),
): void {
  for (const a of added) {
    if (a.plan.visibility !== "visible" && caps.protection) a.ws.visibility = a.plan.visibility === "veryHidden" ? "VeryHidden" : "Hidden";
  }
  for (const a of added) {
    if (a.plan.protect && caps.protection && !protectedAlready.has(a.plan.name)) a.ws.protection.protect({ allowFormatColumns: true, allowFormatRows: true });
  }
  for (const s of oldSheets) deleteSheet(s, caps);
  // the new sheets were added last, in plan order; moved in ascending order, each lands exactly in its place
  const moves = added.filter((a) => places.has(a.plan.name.toLowerCase())).map((a) => ({ ws: a.ws, at: places.get(a.plan.name.toLowerCase()) as number }));
  for (const m of moves.sort((x, y) => x.at - y.at)) m.ws.position = m.at;
  applyNames(context, plan, new Map(added.map((a) => [a.plan.name, a.ws])), existingNames, caps);
  const first = plan.sheets.find((s) => s.visibility === "visible");
  if (first) added.find((a) => a.plan === first)?.ws.activate();
  recalcIfManual(context, calculationMode);
  quietEvents(context, caps, true);
}

/**
 * After a failed swap: if every new sheet already carries its name, finish the swap (delete what is left of the
 * old sheets, names, visibility, protection); otherwise remove the new sheets and give the old ones back their
 * names and visibility. Returns whether the new workbook is in place.
 */
async function recoverSwap(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  added: readonly { plan: PlanSheet; ws: Excel.Worksheet }[],
  replaced: readonly (LoadedSheet & { aside: string })[],
  places: ReadonlyMap<string, number>,
  caps: ExcelCapabilities,
  calculationMode: string,
): Promise<boolean> {
  const sheets = context.workbook.worksheets.load("items/name,items/id,items/visibility");
  const protections = caps.protection ? added.map((a) => a.ws.protection.load("protected")) : [];
  const names = caps.names ? context.workbook.names.load("items/name") : null;
  await context.sync();
  const existingNames = new Set(names?.items.map((n) => n.name.toLowerCase()) ?? []);
  const now = new Map(sheets.items.map((ws) => [ws.id, { ws, name: ws.name, id: ws.id, visibility: ws.visibility }]));
  const addedIds = new Set(added.map((a) => a.ws.id));
  const forward = added.every((a) => now.get(a.ws.id)?.name === a.plan.name);
  if (forward) {
    const left = replaced.map((r) => now.get(r.id)).filter((s): s is LoadedSheet => s !== undefined);
    const done = new Set(added.filter((_, i) => protections[i]?.protected).map((a) => a.plan.name));
    finishSwap(context, plan, added, left, places, existingNames, caps, calculationMode, done);
    await context.sync();
    return true;
  }
  for (const s of now.values()) if (addedIds.has(s.id)) deleteSheet(s, caps);
  for (const r of replaced) {
    const s = now.get(r.id);
    if (!s) continue;
    s.ws.name = r.name;
    if (s.visibility !== r.visibility && caps.protection) s.ws.visibility = r.visibility;
  }
  quietEvents(context, caps, true);
  await context.sync();
  return false;
}

async function removeBuilt(context: Excel.RequestContext, temps: readonly string[], caps: ExcelCapabilities): Promise<void> {
  try {
    const sheets = context.workbook.worksheets.load("items/name,items/visibility");
    await context.sync();
    for (const ws of sheets.items) if (temps.includes(ws.name)) deleteSheet({ ws, name: ws.name, id: "", visibility: ws.visibility }, caps);
    quietEvents(context, caps, true);
    await context.sync();
  } catch {
    // the original error is what the user must see; a leftover temporary sheet is removed by the next apply
  }
}

/** Names that no sheet carries, compared as Excel compares them (ignoring case). */
function uniqueNames(taken: Set<string>): (prefix: string) => string {
  let n = 0;
  return (prefix) => {
    let name = `${prefix}${n++}`;
    while (taken.has(name.toLowerCase())) name = `${prefix}${n++}`;
    taken.add(name.toLowerCase());
    return name;
  };
}

/** Rewrites the quoted sheet references ('Name'!) of a formula through `names`; other references stay. */
function renamer(names: ReadonlyMap<string, string>): (formula: string) => string {
  const lower = new Map([...names].map(([k, v]) => [k.toLowerCase(), v]));
  return (formula) =>
    formula.includes("'!")
      ? formula.replace(/'((?:[^']|'')+)'!/g, (whole, quoted: string) => {
          const to = lower.get(quoted.replace(/''/g, "'").toLowerCase());
          return to === undefined ? whole : `'${to.replace(/'/g, "''")}'!`;
        })
      : formula;
}
