import { rangeRef } from "../../workbook/a1";
import type { ExcelCapabilities } from "./capabilities";
import { PAYLOAD_LIMIT } from "./run";

/** A rectangle of one sheet, 0-based. */
export interface Block {
  readonly ws: Excel.Worksheet;
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly cols: number;
}

/** Bytes a cell adds to a response per loaded property, as a first guess; a refused response halves the reads. */
const CELL_BYTES = 12;

/** The used range of a sheet as a block (null when empty): getUsedRangeOrNullObject from ExcelApi 1.4, getUsedRange before. */
export function usedRange(ws: Excel.Worksheet, caps: ExcelCapabilities): Excel.Range {
  const used = caps.names ? ws.getUsedRangeOrNullObject(true) : caps.protection ? ws.getUsedRange(true) : ws.getUsedRange();
  return used.load("rowIndex,columnIndex,rowCount,columnCount");
}

export function blockOf(ws: Excel.Worksheet, used: Excel.Range): Block | null {
  if (used.isNullObject) return null;
  return { ws, top: used.rowIndex, left: used.columnIndex, rows: used.rowCount, cols: used.columnCount };
}

interface Band {
  readonly block: Block;
  readonly top: number;
  readonly rows: number;
}

/**
 * Loads `props` of every block, cut into row bands so each response stays under the limit: a sync per ~4 MB.
 * If Excel still refuses a response as too large, the bands of that sync are halved and read again (reads change
 * nothing, so a refused read is safe to repeat). Returns each block's bands in row order.
 */
export async function readBlocks<K extends "values" | "formulas" | "text">(
  context: Excel.RequestContext,
  blocks: readonly Block[],
  props: readonly K[],
): Promise<Map<Block, Pick<Excel.Range, K>[]>> {
  const bands: Band[] = [];
  for (const block of blocks) {
    const step = Math.max(1, Math.floor(PAYLOAD_LIMIT / rowBytes(block, props.length)));
    for (let top = block.top; top < block.top + block.rows; top += step) bands.push({ block, top, rows: Math.min(step, block.top + block.rows - top) });
  }
  const results: { band: Band; range: Pick<Excel.Range, K> }[] = [];
  await readBands(context, bands, props, false, results);
  const out = new Map<Block, Pick<Excel.Range, K>[]>(blocks.map((b) => [b, []]));
  for (const r of results.sort((a, b) => a.band.top - b.band.top)) out.get(r.band.block)?.push(r.range);
  return out;
}

function rowBytes(b: Block, props: number): number {
  return Math.max(1, b.cols * CELL_BYTES * props);
}

async function readBands<K extends "values" | "formulas" | "text">(
  context: Excel.RequestContext,
  bands: readonly Band[],
  props: readonly K[],
  alone: boolean,
  results: { band: Band; range: Pick<Excel.Range, K> }[],
): Promise<void> {
  let batch: { band: Band; range: Excel.Range }[] = [];
  let size = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const current = batch;
    batch = [];
    size = 0;
    try {
      await context.sync();
    } catch (e) {
      if (!/ResponsePayloadSizeLimitExceeded/.test(`${(e as { code?: string }).code ?? ""} ${String(e)}`)) throw e;
      const halves = current.flatMap(({ band }) => {
        if (band.rows === 1) throw e;
        const first = Math.ceil(band.rows / 2);
        return [
          { block: band.block, top: band.top, rows: first },
          { block: band.block, top: band.top + first, rows: band.rows - first },
        ];
      });
      await readBands(context, halves, props, true, results);
      return;
    }
    results.push(...current);
  };
  for (const band of bands) {
    const bytes = rowBytes(band.block, props.length) * band.rows;
    if (batch.length > 0 && (alone || size + bytes > PAYLOAD_LIMIT)) await flush();
    const b = band.block;
    const range = b.ws.getRange(rangeRef(band.top, b.left, band.top + band.rows - 1, b.left + b.cols - 1)).load(props.join(","));
    batch.push({ band, range });
    size += bytes;
  }
  await flush();
}
