import { nodeZipCodec } from "../src/cli/zipCodec";
import { createXlsx, openXlsx } from "../src/hosts/xlsx/xlsxHost";
import { fillWorkbook } from "../src/services/fillWorkbook";
import { generateWorkbook } from "../src/services/generateWorkbook";
import { rankWorkbook } from "../src/services/rankWorkbook";
import type { SyntheticBloc } from "./makeBloc";
import { cpuMs, medianMs } from "./timing";

/** One service's wall time (median) and CPU time (one run), and the bytes it left. */
export interface ServiceTime {
  readonly ms: number;
  readonly cpuMs: number;
}

export interface ServiceTimes {
  readonly generate: ServiceTime;
  readonly fill: ServiceTime;
  readonly rank: ServiceTime;
  readonly generated: Uint8Array;
  readonly filled: Uint8Array;
}

/** generate, fill and rank (final) of a synthetic bloc, in process on the CLI's zip codec. @throws when one fails */
export async function serviceTimes({ rubric, bloc, scoresCsv }: SyntheticBloc): Promise<ServiceTimes> {
  const rubricText = JSON.stringify(rubric);
  const blocText = JSON.stringify(bloc);
  let generated: Uint8Array = new Uint8Array();
  const generateOnce = async () => {
    const host = createXlsx({ codec: nodeZipCodec });
    const out = await generateWorkbook({ rubric: { text: rubricText, file: "rubric.json" }, bloc: { text: blocText, file: "bloc.json" } }, host);
    if (out.exit !== 0) throw new Error("generate failed");
    generated = await host.save();
  };
  const generate = { ms: await medianMs(generateOnce, 5, 1), cpuMs: await cpuMs(generateOnce) };
  let filled: Uint8Array = new Uint8Array();
  const fillOnce = async () => {
    const host = await openXlsx(generated, { codec: nodeZipCodec });
    const out = await fillWorkbook(host, "bench.xlsx", { text: scoresCsv, file: "scores.csv" });
    if (out.exit !== 0) throw new Error("fill failed");
    filled = await host.save();
  };
  const fill = { ms: await medianMs(fillOnce, 5, 1), cpuMs: await cpuMs(fillOnce) };
  const rankOnce = async () => {
    const out = await rankWorkbook(await openXlsx(filled, { codec: nodeZipCodec }), "bench.xlsx", "final");
    if (out.exit !== 0) throw new Error("rank failed");
  };
  const rank = { ms: await medianMs(rankOnce, 5, 1), cpuMs: await cpuMs(rankOnce) };
  return { generate, fill, rank, generated, filled };
}

export const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
