/**
 * The verbs of `thidua`, by name only: the entry (main.ts) answers `--help` and a mistyped verb from this list
 * without loading any verb's code. runVerb.ts maps each name to the module that does it.
 */
export const VERBS = ["score", "generate", "fill", "rank", "validate", "split", "merge", "seal", "unseal", "report", "board", "rubric"] as const;

export type Verb = (typeof VERBS)[number];

export function isVerb(name: string | undefined): name is Verb {
  return name !== undefined && (VERBS as readonly string[]).includes(name);
}
