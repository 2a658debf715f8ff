import { unzipSync, zipSync } from "fflate";
import { nodeZipCodec } from "../../src/cli/zipCodec";
import { openXlsx } from "../../src/hosts/xlsx/xlsxHost";
import { openBytes } from "../../src/services/openWorkbook";
import { validateWorkbook, type ValidateOutcome } from "../../src/services/validateWorkbook";
import { blocJson, csvOf, rubricJson } from "../support/builders";
import { fillBytes, generateBytes } from "../support/workbooks";
// mulberry32: the same cases on every run, so a failure can be replayed by its number
import { prng } from "../../bench/makeBloc";

/**
 * What the CLI (Node's zlib) and the pane (the portable JavaScript inflater) do with a file's bytes: sniff, open,
 * validate; every failure must come back as findings.
 */
async function validateAnyBytes(bytes: Uint8Array, native: boolean): Promise<ValidateOutcome> {
  const host = await openBytes(bytes, (b) => openXlsx(b, native ? { codec: nodeZipCodec } : {}), "fuzz.xlsx");
  if (!host.ok) return { ok: false, exit: 2, findings: host.findings };
  return validateWorkbook(host.value, "fuzz.xlsx");
}

const CASES = 400;
/** far above a sound run of this small workbook (~20 ms): a case this slow is stuck in a loop */
const SLOW_MS = 5_000;

describe("validate on damaged workbooks (fuzz)", () => {
  it(`never throws, never hangs, always exits 0, 1 or 2 on ${CASES} byte flips, overwrites and truncations of a real workbook`, async () => {
    const values = { U1: { C1: 8, C2: 7.5, C3: 9, B1: 1 }, U2: { C1: 6, C2: 9.25, C3: 7 }, U3: { C1: 10, C2: 10, C3: 10, D2: 1 } };
    const sound = await fillBytes(await generateBytes(JSON.stringify(rubricJson()), JSON.stringify(blocJson(["U1", "U2", "U3"]))), csvOf(values));
    expect([(await validateAnyBytes(sound, true)).exit, (await validateAnyBytes(sound, false)).exit]).toEqual([0, 0]);

    const rnd = prng(20260401);
    const exits = new Map<number, number>();
    const codes = new Set<string>();
    for (let n = 0; n < CASES; n++) {
      const bytes = sound.slice();
      let damaged: Uint8Array = bytes;
      const kind = n % 4;
      if (kind === 3) {
        // damage inside one XML part, zipped again: the zip is sound, the workbook is not (the deepest layer)
        const parts = unzipSync(sound);
        const names = Object.keys(parts).sort();
        const name = names[Math.floor(rnd() * names.length)];
        const part = parts[name].slice();
        for (let k = 1 + Math.floor(rnd() * 8); k > 0; k--) part[Math.floor(rnd() * part.length)] = Math.floor(rnd() * 256);
        parts[name] = rnd() < 0.3 ? part.slice(0, Math.floor(rnd() * part.length)) : part;
        damaged = zipSync(parts);
      } else if (kind === 0) {
        // a few bytes flipped anywhere: zip headers, compressed XML, the central directory
        for (let k = 1 + Math.floor(rnd() * 8); k > 0; k--) bytes[Math.floor(rnd() * bytes.length)] ^= 1 + Math.floor(rnd() * 255);
      } else if (kind === 1) {
        damaged = bytes.slice(0, Math.floor(rnd() * bytes.length));
      } else {
        // a run of bytes overwritten, as a bad sector or a torn copy leaves them
        const at = Math.floor(rnd() * bytes.length);
        bytes.fill(Math.floor(rnd() * 256), at, Math.min(bytes.length, at + 1 + Math.floor(rnd() * 512)));
      }
      const t0 = performance.now();
      let out: ValidateOutcome;
      try {
        out = await validateAnyBytes(damaged, (n >> 2) % 2 === 0);
      } catch (e) {
        throw new Error(`case ${n} threw: ${(e as Error).stack}`, { cause: e });
      }
      const ms = performance.now() - t0;
      expect([n, ms < SLOW_MS]).toEqual([n, true]);
      expect([n, [0, 1, 2].includes(out.exit)]).toEqual([n, true]);
      // a verdict always comes with its reasons
      if (out.exit !== 0) expect([n, out.findings.some((f) => f.severity === "error")]).toEqual([n, true]);
      exits.set(out.exit, (exits.get(out.exit) ?? 0) + 1);
      out.findings.forEach((f) => codes.add(f.code));
    }
    // the damage reached every layer: unreadable files, and workbooks read with findings about what changed. Most
    // damage is now caught before validate reads a cell: the CRC of every part, and the XML check of each part read
    expect(exits.get(2)).toBeGreaterThan(CASES / 4);
    expect(exits.get(1)).toBeGreaterThan(0);
    expect(codes.has("ERR_FILE_DAMAGED")).toBe(true);
  }, 240_000);
});
