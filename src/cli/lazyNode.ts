import type * as FsPromises from "node:fs/promises";
import type * as Os from "node:os";

// Node modules a command loads at its first use of them, not at start: node:fs/promises brings Node's streams and
// readline with it, and `rank` and `validate` (one file read) never need it. Loaded with every verb, it and node:os
// cost a 60 x 120 validate 1.5% of its instructions (1498 -> 1475 M).

/** node:fs/promises, loaded when first asked for */
export const fsp = (): typeof FsPromises => process.getBuiltinModule("node:fs/promises");

/** node:os, loaded when first asked for */
export const os = (): typeof Os => process.getBuiltinModule("node:os");
