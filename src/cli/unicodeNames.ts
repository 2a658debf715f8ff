import { open, readdir, rm } from "node:fs/promises";
import * as path from "node:path";

/** A name with the letters Vietnamese names need: precomposed vowels with tone marks and đ. */
const PROBE = ".thidua-Điểm-thưởng-ỹ.probe";

/**
 * Whether files in `dir` keep a Vietnamese name as given: some file systems (old FAT shares, some network drives)
 * refuse such names or store something else. Tries once with a small file and removes it.
 */
export async function keepsVietnameseNames(dir: string): Promise<boolean> {
  const probe = path.join(dir, `${PROBE}.${process.pid}`);
  try {
    const handle = await open(probe, "wx");
    await handle.close();
  } catch {
    return false;
  }
  try {
    const names = await readdir(dir);
    return names.some((n) => n.normalize("NFC") === path.basename(probe));
  } finally {
    await rm(probe, { force: true });
  }
}
