import type { Lang } from "../i18n/types";
import { isFileProblem } from "../hosts/fileProblem";
import { systemError, text } from "../i18n";
import { printFindings } from "./render";
import { releaseLocks } from "./fileLock";
import { removeOnExit } from "./tempFiles";
import { UsageError, type CliContext } from "./context";
import type { Verb } from "./verbs";
import { useNativeSha256 } from "../workbook/sha256";

export type Command = (argv: readonly string[], ctx: CliContext) => Promise<number>;

/**
 * Each verb's module, loaded only when that verb runs: the build splits every `import()` here into its own
 * chunk, so `thidua rank` never parses the code of `generate` or `report` (nor `--help` any of it).
 */
const commands: Record<Verb, () => Promise<Command>> = {
  score: async () => (await import("./commands/score")).scoreCommand,
  generate: async () => (await import("./commands/generate")).generateCommand,
  fill: async () => (await import("./commands/fill")).fillCommand,
  rank: async () => (await import("./commands/rank")).rankCommand,
  validate: async () => (await import("./commands/validate")).validateCommand,
  split: async () => (await import("./commands/split")).splitCommand,
  merge: async () => (await import("./commands/merge")).mergeCommand,
  seal: async () => (await import("./commands/seal")).sealCommand,
  unseal: async () => (await import("./commands/seal")).unsealCommand,
  report: async () => (await import("./commands/report")).reportCommand,
  board: async () => (await import("./commands/board")).boardCommand,
  rubric: async () => (await import("./commands/rubric")).rubricCommand,
};

/** Runs one verb: temporary files and locks go however it ends, and every failure is worded for the user. */
export async function runVerb(verb: Verb, rest: readonly string[], ctx: CliContext, lang: Lang): Promise<number> {
  removeOnExit();
  // fingerprints (validate, seal, merge, generate) with Node's SHA-256: the same digest, no cold JavaScript loop.
  // node:crypto is loaded at the first digest (it brings ~30 internal modules, ~4 ms): rank never pays for it
  useNativeSha256((text) => process.getBuiltinModule("node:crypto").createHash("sha256").update(text, "utf8").digest("hex"));
  try {
    return await run(await commands[verb](), rest, ctx, lang);
  } finally {
    await releaseLocks();
  }
}

async function run(command: Command, rest: readonly string[], full: CliContext, lang: Lang): Promise<number> {
  try {
    return await command(rest, full);
  } catch (e) {
    if (e instanceof UsageError) {
      full.err(e.message);
      return 2;
    }
    // a file over a bound, damaged, or a cell too long for Excel, found while a service ran: the input, in our words
    if (isFileProblem(e)) {
      printFindings([e.finding], lang, full.err);
      full.err(text(lang, "cli.inputErrors"));
      return 2;
    }
    // the file system refused (a folder that is not there, no permission…): in words, naming the path
    const sys = e as NodeJS.ErrnoException;
    if (typeof sys?.code === "string" && /^E[A-Z]+$/.test(sys.code) && typeof sys.path === "string") {
      const words = systemError(sys.code, lang);
      full.err(text(lang, "cli.systemFailed", sys.path, words.what, words.todo));
      return 2;
    }
    // A bug, not an input problem: say so in words, without a stack trace, and exit as "input not usable".
    full.err(text(lang, "cli.unexpected", (e as Error).message));
    if (process.env.THIDUA_DEBUG) full.err(String((e as Error).stack));
    return 2;
  }
}
